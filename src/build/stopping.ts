/**
 * How the long-running commands (`npm start`, `npm run build`) stop: on
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP, and also when the process that started
 * them is gone. The last matters because `npm` passes SIGTERM to the shell
 * that runs the script, and the shell dies without passing it on: the Node
 * process would go on as an orphan. So each command watches its parent and
 * stops as it would on SIGTERM when the parent changes.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

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
  const parent = process.ppid;
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

/** Calls `gone` once when this process's parent is no longer `parent`. Returns a function that stops watching. */
function watchParent(parent: number, gone: () => void): () => void {
  const poll = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(poll);
    gone();
  }, PARENT_POLL_MS);
  poll.unref();
  return () => clearInterval(poll);
}

/**
 * Runs `command` with this process's terminal and passes every stop signal on to it (and stops it
 * with SIGTERM when this process's parent is gone). Resolves with its exit code, or 128 + the signal
 * that ended it.
 */
export function runPassingSignals(command: string, args: readonly string[]): Promise<number> {
  const child = spawn(command, args, { stdio: 'inherit' });
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
