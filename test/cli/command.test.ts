/** Commands as values: run in this process, the help and mistakes answered before `run`, a CommandError said with its code. */
import { describe, expect, it } from 'vitest';
import { CommandError, defineCommand } from '../../src/cli/command.ts';
import type { StopReason } from '../../src/runtime/stopping.ts';
import { runCaptured } from '../support/command.ts';

const echo = defineCommand({
  help: { usage: 'npm run eko -- text', summary: 'Skriver texten.' },
  options: { fel: { type: 'string' } },
  positionals: 1,
  async run({ values, positionals, env, output }) {
    if (values.fel) throw new CommandError(`Fel: ${values.fel}.`, 3);
    if (positionals[0] === 'krasch') throw new TypeError('oväntat');
    output.write('utan radbrytning;');
    output.log(positionals[0] ?? env.EKO ?? 'inget');
    return 0;
  },
});

describe('runCommand', () => {
  it('runs the command with its values, environment and output, and resolves with its exit code', async () => {
    expect(await runCaptured(echo, ['hej'])).toEqual({ code: 0, stdout: 'utan radbrytning;hej\n', stderr: '' });
    expect(await runCaptured(echo, [], { env: { EKO: 'från miljön' } })).toMatchObject({ stdout: 'utan radbrytning;från miljön\n' });
  });

  it('prints the help with 0, and a mistake with the help on standard error with 2, without running the command', async () => {
    expect(await runCaptured(echo, ['--help', '--fel', 'x'])).toEqual({
      code: 0,
      stdout: 'Användning: npm run eko -- text\n\nSkriver texten.\n\nVal:\n  --help  visar den här texten\n',
      stderr: '',
    });
    const mistake = await runCaptured(echo, ['a', 'b']);
    expect(mistake).toMatchObject({ code: 2, stdout: '' });
    expect(mistake.stderr).toMatch(/^Oväntat argument b\.\n\nAnvändning: npm run eko/);
  });

  it('says a CommandError on standard error with its exit code, and lets any other failure through', async () => {
    expect(await runCaptured(echo, ['--fel', 'trasigt'])).toEqual({ code: 3, stdout: '', stderr: 'Fel: trasigt.\n' });
    await expect(runCaptured(echo, ['krasch'])).rejects.toThrow(TypeError);
  });

  it('hands the command the stop listener it was given', async () => {
    let stop: ((reason: StopReason) => void) | undefined;
    const waits = defineCommand({
      help: { usage: 'npm run vänta', summary: 'Väntar.' },
      options: {},
      run: ({ onStop }) => new Promise<number>((resolve) => onStop((reason) => resolve(reason === 'SIGTERM' ? 143 : 1))),
    });
    const running = runCaptured(waits, [], { onStop: (listener) => (stop = listener) });
    await new Promise((resolve) => setImmediate(resolve));
    stop!('SIGTERM');
    expect((await running).code).toBe(143);
  });
});
