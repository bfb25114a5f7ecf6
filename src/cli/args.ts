/**
 * The commands' arguments, in Swedish: `--help` (or `-h`) prints what a
 * command does and takes, and a mistake in the arguments prints what was
 * wrong and the same help, with exit code 2 and never a stack trace.
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

/**
 * Reads the command line like `parseArgs`, with `--help`. Prints the help and exits 0 for `--help`;
 * prints the mistake and the help and exits 2 for arguments it cannot read.
 */
export function readArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  help: CommandHelp,
  options: T,
  config: { allowPositionals?: boolean; maxPositionals?: number; args?: string[] } = {},
): { values: { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string }; positionals: string[] } {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(helpText(help));
    process.exit(0);
  }
  try {
    const parsed = parseArgs({ args, options, allowPositionals: config.allowPositionals ?? false, strict: true });
    if (config.maxPositionals !== undefined && parsed.positionals.length > config.maxPositionals) {
      throw new Error(`Unexpected argument '${parsed.positionals[config.maxPositionals]}'`);
    }
    return parsed as never;
  } catch (failure) {
    console.error(`${explain(failure)}\n\n${helpText(help)}`);
    process.exit(2);
  }
}
