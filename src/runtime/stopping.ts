/**
 * How the long-running commands (`npm start`, `npm run build`) stop: on
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP, and also when the process that started
 * them is gone. The last matters because `npm` passes SIGTERM to the shell
 * that runs the script, and the shell dies without passing it on: the Node
 * process would go on as an orphan. So each command watches its parent and
 * stops as it would on SIGTERM when the parent is gone.
 *
 * A process that starts one of these commands itself (the preview its full
 * build, the build CLI itself again with the build's heap) names itself in
 * {@link PARENT_ENV}: a child that loads slowly may find its parent already
 * gone when it starts watching, and must know whom to look for.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { processAlive } from './processes.ts';

/** The environment variable in which a process that starts a command names itself (its PID). */
export const PARENT_ENV = 'MINNESARKIVET_PARENT_PID';

/** The environment for a child that should stop when this process is gone. */
export function childEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, [PARENT_ENV]: String(process.pid) };
}

/** Why a command stops: a signal's name, or `parent` when its parent process is gone. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'parent';

/** The signals a command stops on. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** How often the parent is looked for, in milliseconds. */
const PARENT_POLL_MS = 250;

/** The exit code for a command stopped for `reason`, as a shell reports it: 128 + the signal's number. */
export function stopExitCode(reason: StopReason): number {
  return 128 + constants.signals[reason === 'parent' ? 'SIGHUP' : reason];
}

/**
 * Calls `stop` once, on the first stop signal or when the parent process is gone. A second Ctrl+C
 * or SIGTERM while `stop` runs ends the process at once. Returns a function that stops listening.
 */
export function onStop(stop: (reason: StopReason) => void): () => void {
  let stopping = false;
  // The parent named by the process that started this one: it is the parent now, or it is gone already
  // (then this process stops at once). A name inherited from further up is not ours.
  const named = Number(process.env[PARENT_ENV]);
  const parent = Number.isInteger(named) && named > 0 && (named === process.ppid || !processAlive(named)) ? named : process.ppid;
  const handle = (reason: StopReason) => {
    if (stopping) {
      if (reason !== 'parent') process.exit(stopExitCode(reason));
      return;
    }
    stopping = true;
    stop(reason);
  };
  const listeners = STOP_SIGNALS.map((signal) => {
    const listener = () => handle(signal);
    process.on(signal, listener);
    return [signal, listener] as const;
  });
  const stopWatching = watchParent(parent, () => handle('parent'));
  return () => {
    stopWatching();
    for (const [signal, listener] of listeners) process.off(signal, listener);
  };
}

/** Calls `gone` once when the process `parent` is no longer this process's parent, or has ended. Returns a function that stops watching. */
function watchParent(parent: number, gone: () => void): () => void {
  let watching = true;
  const check = () => {
    if (!watching || (process.ppid === parent && processAlive(parent))) return;
    watching = false;
    clearInterval(poll);
    gone();
  };
  const poll = setInterval(check, PARENT_POLL_MS);
  poll.unref();
  // At once too: a parent that was gone before this process started watching.
  setImmediate(check);
  return () => {
    watching = false;
    clearInterval(poll);
  };
}

/**
 * Runs `command` with this process's terminal and passes every stop signal on to it (and stops it
 * with SIGTERM when this process's parent is gone). Resolves with its exit code, or 128 + the signal
 * that ended it.
 */
export function runPassingSignals(command: string, args: readonly string[]): Promise<number> {
  const child = spawn(command, args, { stdio: 'inherit', env: childEnv() });
  // Every signal is passed on (a second Ctrl+C too); this process ends when the child has.
  const passOn = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of STOP_SIGNALS) process.on(signal, passOn);
  const stopWatching = watchParent(process.ppid, () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      stopWatching();
      for (const s of STOP_SIGNALS) process.off(s, passOn);
      resolve(code ?? (signal ? 128 + constants.signals[signal] : 1));
    });
  });
}
