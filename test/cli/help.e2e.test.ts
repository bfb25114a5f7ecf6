/**
 * Every command answers --help in Swedish, and a mistake in its arguments
 * with what was wrong and the help: exit code 2, never a stack trace.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';

const run = promisify(execFile);
const cli = (name: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(ROOT, `src/cli/bin/${name}.ts`), ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe.each(['check', 'new', 'import', 'bench', 'build', 'start'])('npm run %s', (name) => {
  it('explains itself in Swedish with --help', async () => {
    const { code, out } = await cli(name, '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Användning: npm (run )?\w+/);
    expect(out).toMatch(/\n  --help +visar den här texten/);
  });

  it('says what is wrong with an unknown option, with the help and no stack trace', async () => {
    const { code, out } = await cli(name, '--finns-inte');
    expect(code).toBe(2);
    expect(out).toMatch(/^Okänt val --finns-inte\.\n\nAnvändning:/);
    expect(out).not.toMatch(/\n\s+at /);
  });
});
