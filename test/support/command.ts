/** Runs a command of `src/cli/` in this process with its output captured, as the tests of the commands do. */
import { format } from 'node:util';
import type { ArgOptions } from '../../src/cli/args.ts';
import { type Command, type Invocation, runCommand } from '../../src/cli/command.ts';

/** How a command ended: its exit code and what it printed on each stream. */
export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command` with `args` (in the working folder, with this process's environment unless `invocation`
 * gives another) and resolves with its exit code and output; a failure other than a `CommandError` rejects.
 */
export async function runCaptured<T extends ArgOptions>(
  command: Command<T>,
  args: readonly string[],
  invocation: Partial<Omit<Invocation, 'args' | 'output'>> = {},
): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(command, {
    args,
    env: invocation.env ?? process.env,
    onStop: invocation.onStop ?? (() => undefined),
    output: {
      log: (...data) => (stdout += `${format(...data)}\n`),
      error: (...data) => (stderr += `${format(...data)}\n`),
      write: (text) => (stdout += text),
    },
  });
  return { code, stdout, stderr };
}
