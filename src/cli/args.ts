/**
 * The commands' arguments, in Swedish: `--help` (or `-h`) gives what a
 * command does and takes, and a mistake in the arguments gives what was
 * wrong and the same help, never a stack trace. `runCommand` (`command.ts`)
 * prints them, the help with exit code 0 and a mistake with exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command's help: how it is called, what it does, its options. */
export interface CommandHelp {
  /** `npm run check [-- mapp]` */
  usage: string;
  /** One or two sentences. */
  summary: string;
  /** Each option or argument with what it does. */
  options?: readonly [string, string][];
}

/** The help text of a command. */
export function helpText(help: CommandHelp): string {
  const lines = [`Användning: ${help.usage}`, '', help.summary];
  const options: [string, string][] = [...(help.options ?? []), ['--help', 'visar den här texten']];
  const width = Math.max(...options.map(([name]) => name.length));
  lines.push('', 'Val:', ...options.map(([name, what]) => `  ${name.padEnd(width)}  ${what}`));
  return lines.join('\n');
}

/** Swedish for Node's argument errors. */
function explain(failure: unknown): string {
  const message = failure instanceof Error ? failure.message : String(failure);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Okänt val ${unknown[1]}.`;
  const value = /Option '([^']+)' argument missing/.exec(message);
  if (value) return `Valet ${value[1]} behöver ett värde.`;
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `Oväntat argument ${positional[1]}.`;
  const type = /Option '([^']+)' .*does not take an argument/.exec(message);
  if (type) return `Valet ${type[1]} tar inget värde.`;
  return `Argumenten kan inte läsas (${message}).`;
}

/** The options a command takes, as `parseArgs` has them. */
export type ArgOptions = NonNullable<ParseArgsConfig['options']>;

/** The values of `options` read from a command line: a string or a boolean by each option's type, absent when not given. */
export type ArgValues<T extends ArgOptions> = { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string };

/**
 * What {@link readArgs} read: `help` (with the text to print) for `--help` or `-h`, `error` (with what was
 * wrong and the help) for arguments it cannot read, or the values and positionals.
 */
export type ArgsResult<T extends ArgOptions> =
  { kind: 'help'; text: string } | { kind: 'error'; text: string } | { kind: 'values'; values: ArgValues<T>; positionals: string[] };

/**
 * Reads the command line `args` like `parseArgs`, with `--help`. Returns the help for `--help`, and the
 * mistake with the help for arguments it cannot read; never prints and never exits.
 */
export function readArgs<T extends ArgOptions>(
  help: CommandHelp,
  options: T,
  args: readonly string[],
  config: { allowPositionals?: boolean; maxPositionals?: number } = {},
): ArgsResult<T> {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help', text: helpText(help) };
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: config.allowPositionals ?? false, strict: true });
    if (config.maxPositionals !== undefined && parsed.positionals.length > config.maxPositionals) {
      throw new Error(`Unexpected argument '${parsed.positionals[config.maxPositionals]}'`);
    }
    return { kind: 'values', values: parsed.values as ArgValues<T>, positionals: parsed.positionals };
  } catch (failure) {
    return { kind: 'error', text: `${explain(failure)}\n\n${helpText(help)}` };
  }
}
