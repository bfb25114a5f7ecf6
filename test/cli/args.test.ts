/** Reading a command's arguments: the help, a mistake said in Swedish with the help, or the values. */
import { describe, expect, it } from 'vitest';
import { helpText, readArgs } from '../../src/cli/args.ts';

const help = { usage: 'npm run x -- fil [--mapp mapp]', summary: 'Gör x.', options: [['--mapp mapp', 'mappen']] as [string, string][] };
const options = { mapp: { type: 'string' }, full: { type: 'boolean' } } as const;
const read = (...args: string[]) => readArgs(help, options, args, { allowPositionals: true, maxPositionals: 1 });

describe('readArgs', () => {
  it('returns the values and positionals', () => {
    expect(read('fil.docx', '--mapp', 'minutes', '--full')).toEqual({
      kind: 'values',
      values: { mapp: 'minutes', full: true },
      positionals: ['fil.docx'],
    });
  });

  it('returns the help for --help and -h, whatever else is given', () => {
    expect(read('--help')).toEqual({ kind: 'help', text: helpText(help) });
    expect(read('--finns-inte', '-h')).toEqual({ kind: 'help', text: helpText(help) });
    expect(helpText(help)).toBe(
      'Användning: npm run x -- fil [--mapp mapp]\n\nGör x.\n\nVal:\n  --mapp mapp  mappen\n  --help       visar den här texten',
    );
  });

  it('says each kind of mistake in Swedish, followed by the help', () => {
    const mistakes = [
      [['--finns-inte'], 'Okänt val --finns-inte.'],
      [['--mapp'], 'Valet --mapp <value> behöver ett värde.'],
      [['a', 'b'], 'Oväntat argument b.'],
      [['--full=ja'], 'Valet --full tar inget värde.'],
    ] as const;
    for (const [args, said] of mistakes) expect(read(...args)).toEqual({ kind: 'error', text: `${said}\n\n${helpText(help)}` });
    expect(readArgs(help, {}, ['fil'])).toEqual({ kind: 'error', text: `Oväntat argument fil.\n\n${helpText(help)}` });
  });
});
