/**
 * A command as a value, in the manner of citty's `defineCommand`: its help,
 * its options and a `run` that returns the exit code. Nothing runs when a
 * command's module is imported; {@link runCommand} runs one in this process
 * with the arguments, environment and output it is given (a test captures
 * the output), and `runMain` (`run.ts`) runs one as the process, the one
 * place that ends it.
 */
import { UserFacingError } from '../core/failure.ts';
import type { StopReason } from '../runtime/stopping.ts';
import { type ArgOptions, type ArgValues, type CommandHelp, readArgs } from './args.ts';

/** Where a command prints: `console.log`'s and `console.error`'s ways, and text without a line break (progress). */
export interface Output {
  /** Prints a line to standard output, as `console.log` does. */
  log(...data: unknown[]): void;
  /** Prints a line to standard error, as `console.error` does. */
  error(...data: unknown[]): void;
  /** Writes `text` to standard output as it is. */
  write(text: string): void;
}

/** What a command is run with: the process's side of it, which a test gives itself. */
export interface Invocation {
  /** The arguments after the command's name (`process.argv.slice(2)`). */
  args: readonly string[];
  /** The environment (`PORT`, `SITE_URL`, …). */
  env: NodeJS.ProcessEnv;
  output: Output;
  /**
   * Calls `listener` once when the command is asked to stop (Ctrl+C, SIGTERM, SIGHUP, or its parent
   * process gone). A command that listens ends as soon as its `run` returns, work still running or not.
   */
  onStop(listener: (reason: StopReason) => void): void;
}

/** What a command's `run` is given: the invocation, with its arguments read. */
export interface CommandContext<T extends ArgOptions> extends Invocation {
  /** The options given, by name. */
  values: ArgValues<T>;
  /** The arguments without a name, in order. */
  positionals: string[];
}

/** A command: what `--help` says, the options it takes, and what it does. */
export interface Command<T extends ArgOptions = ArgOptions> {
  help: CommandHelp;
  options: T;
  /** How many arguments without a name it takes at most. Default: none. */
  positionals?: number;
  /** Does the command's work; resolves with the exit code. */
  run(context: CommandContext<T>): Promise<number>;
}

/** Defines a command; the identity, there for the types (the options' values in `run`). */
export function defineCommand<T extends ArgOptions>(command: Command<T>): Command<T> {
  return command;
}

/** A failure the secretary is told about in Swedish (on standard error) with `exitCode`, never with a stack trace. */
export class CommandError extends UserFacingError {
  override name = 'CommandError';
}

/**
 * Runs `command` in this process: reads its arguments (the help is printed with exit code 0, a mistake
 * with the help on standard error with exit code 2), runs it, and prints the message of a
 * {@link UserFacingError} (a {@link CommandError} or one a stage threw) with its exit code. Resolves with the exit code; any other failure rejects.
 */
export async function runCommand<T extends ArgOptions>(command: Command<T>, invocation: Invocation): Promise<number> {
  const positionals = command.positionals ?? 0;
  const read = readArgs(command.help, command.options, invocation.args, {
    allowPositionals: positionals > 0,
    maxPositionals: positionals,
  });
  if (read.kind === 'help') {
    invocation.output.log(read.text);
    return 0;
  }
  if (read.kind === 'error') {
    invocation.output.error(read.text);
    return 2;
  }
  try {
    return await command.run({ ...invocation, values: read.values, positionals: read.positionals });
  } catch (failure) {
    if (!(failure instanceof UserFacingError)) throw failure;
    invocation.output.error(failure.message);
    return failure.exitCode;
  }
}
