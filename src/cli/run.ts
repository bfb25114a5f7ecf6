/**
 * A command as this process, in the manner of citty's `runMain`: the one
 * place in `src/cli/` that sets the exit code or ends the process. Each entry
 * in `bin/` is `await runMain(command)`.
 */
import { onStop } from '../runtime/stopping.ts';
import { type Command, type Output, runCommand } from './command.ts';
import type { ArgOptions } from './args.ts';

/** The process's terminal, as `console` prints to it. */
const TERMINAL: Output = {
  log: (...data) => console.log(...data),
  error: (...data) => console.error(...data),
  write: (text) => void process.stdout.write(text),
};

/**
 * Runs `command` with this process's arguments, environment and terminal, and ends the process with its
 * exit code. It ends by itself (its output written, its work done) unless the command was stopped: then
 * at once, whatever work is still running (the build a Ctrl+C interrupted, the preview's server).
 * A failure that is not a `CommandError` is printed with its stack and ends the process with 1, at once,
 * as an uncaught one would.
 */
export async function runMain<T extends ArgOptions>(command: Command<T>): Promise<void> {
  let stopped = false;
  const listening: (() => void)[] = [];
  let code: number;
  try {
    code = await runCommand(command, {
      args: process.argv.slice(2),
      env: process.env,
      output: TERMINAL,
      onStop(listener) {
        listening.push(
          onStop((reason) => {
            stopped = true;
            listener(reason);
          }),
        );
      },
    });
  } catch (failure) {
    console.error(failure);
    process.exit(1);
  }
  for (const stopListening of listening) stopListening();
  if (stopped) process.exit(code);
  process.exitCode = code;
}
