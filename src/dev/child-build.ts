/**
 * The preview's full build, `npm run build` in a child process at a lower
 * priority (a quick update of the page being edited goes first). Its output,
 * standard output and error alike, is collected rather than shown: the
 * preview says what matters itself, so nothing of the child (no English
 * line of a tool) reaches the secretary's terminal unless the build failed
 * for a reason the preview's own check cannot tell. It can be stopped, and
 * is killed if it does not stop.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { buildCommandArgs } from '../runtime/command.ts';
import { childEnv } from '../runtime/stopping.ts';
import type { Deployment } from '../core/urls.ts';

/** How a child build ended. */
export interface ChildBuildResult {
  /** Its exit code, or null when a signal ended it. */
  code: number | null;
  /** Everything it printed, standard output and error interleaved. */
  output: string;
}

/** A running child build. */
export interface ChildBuild {
  /** The child's process id. */
  pid: number | undefined;
  /** Resolves when the child has ended. */
  result: Promise<ChildBuildResult>;
  /** Stops the child (SIGTERM, then SIGKILL after `graceMs`); resolves when it has ended. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `npm run build -- --path-prefix … minutesDir siteDir` as a child process with the build's heap. */
export function startChildBuild(minutesDir: string, siteDir: string, deploy: Deployment): ChildBuild {
  const child = spawn(process.execPath, buildCommandArgs(minutesDir, siteDir, '--path-prefix', deploy.pathPrefix), {
    // Names this process, so that the build stops by itself if the preview is killed.
    env: { ...childEnv(), SITE_URL: deploy.siteUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid) {
    try {
      setPriority(child.pid, 10);
    } catch {
      // Not allowed everywhere; the build just runs at normal priority.
    }
  }
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const result = new Promise<ChildBuildResult>((resolve) => {
    child.once('error', (failure) => resolve({ code: 1, output: `${output}${failure.message}\n` }));
    child.once('close', (code) => resolve({ code, output }));
  });
  return {
    pid: child.pid,
    result,
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await result;
      clearTimeout(timer);
    },
  };
}
