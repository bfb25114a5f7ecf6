/**
 * Helpers for the tests that run `npm start` as a child process: a project
 * folder of its own, the preview started in it, waiting for what it prints,
 * and the processes it started (from /proc).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, tempDir } from '../support/helpers.ts';

/** What a child process printed so far (standard output and error). */
export interface Output {
  text: string;
}

/** A project folder with the bundled minutes and templates, and the project's node_modules linked in. */
export async function previewProject(): Promise<string> {
  const project = await tempDir();
  await cp(path.join(ROOT, 'minutes'), path.join(project, 'minutes'), { recursive: true });
  await cp(path.join(ROOT, 'templates'), path.join(project, 'templates'), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  return project;
}

/** Collects what `child` prints into `output`. */
export function collect(child: ChildProcess, output: Output = { text: '' }): Output {
  child.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  return output;
}

/** Starts `npm start`'s script (`src/cli/bin/start.ts`) in `project` with `env` added. */
export function startPreviewProcess(project: string, env: Record<string, string> = {}): { child: ChildProcess; output: Output } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/bin/start.ts')], {
    cwd: project,
    env: { ...process.env, PORT: '0', ...env },
  });
  return { child, output: collect(child) };
}

/** Waits until the process has printed text matching `pattern`. */
export function waitFor(output: Output, pattern: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = output.text.match(pattern);
      if (match) {
        clearInterval(poll);
        resolve(match);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`Timed out waiting for ${pattern}; output:\n${output.text}`));
      }
    }, 25);
  });
}

/** Waits until `test` holds, polling every 50 ms. */
export async function waitUntil(test: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A running process as /proc shows it. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Its command line, arguments separated by spaces. */
  command: string;
}

/** Every running process (not zombies) of this machine. */
async function processes(): Promise<ProcessInfo[]> {
  const found: ProcessInfo[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue;
      const command = (await readFile(`/proc/${name}/cmdline`, 'utf8')).split('\0').join(' ').trim();
      found.push({ pid: Number(name), ppid: Number(fields[1]), command });
    } catch {
      // Ended meanwhile.
    }
  }
  return found;
}

/** The running processes started by `pid`, and by them, and so on. */
export async function descendants(pid: number): Promise<ProcessInfo[]> {
  const all = await processes();
  const found: ProcessInfo[] = [];
  const parents = [pid];
  while (parents.length > 0) {
    const parent = parents.pop()!;
    for (const info of all.filter((p) => p.ppid === parent)) {
      found.push(info);
      parents.push(info.pid);
    }
  }
  return found;
}

/** Which of `pids` still run (not zombies). */
export async function stillRunning(pids: readonly number[]): Promise<ProcessInfo[]> {
  const all = await processes();
  return all.filter((p) => pids.includes(p.pid));
}
