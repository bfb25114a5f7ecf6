/**
 * `npm run check` in this process: the command's `run` with its output
 * captured. `check.e2e.test.ts` runs the same command as a process.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/check.ts';
import { runCaptured } from '../support/command.ts';
import { copyToTemp, FIXTURES, ROOT } from '../support/helpers.ts';

/** The check's printed lines and exit code for `args`. */
async function check(...args: string[]): Promise<{ code: number; lines: string[]; stderr: string }> {
  const { code, stdout, stderr } = await runCaptured(checkCommand, args);
  return { code, lines: stdout.trimEnd().split('\n'), stderr };
}

describe('the check command', () => {
  it('prints every problem as path:line:col: message [rule-id], sorted, then the summary, and returns 1 on errors', async () => {
    const { code, lines, stderr } = await check(`${FIXTURES}/bad`);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(lines.at(-1)).toMatch(/^\d+ fel och \d+ varningar i 30 filer \(32 filer kontrollerade\)\.$/);
    expect(lines).toContain(
      'test/fixtures/bad/2020-01-28-okant-falt.md:4:1: Okänt fält "tpoics". Menade du "topics"? Tillåtna fält här: title, date, speakers, agencies, topics, items. [front-matter-unknown-field]',
    );
    // A message whose fix is an example to paste goes on over the lines after its first.
    const starts = lines.filter((line) => line.startsWith(`${FIXTURES}/bad/`));
    expect(starts.length).toBeGreaterThan(25);
    for (const line of starts) expect(line).toMatch(/^test\/fixtures\/bad\/[^:]+:\d+:\d+: .+/);
    const files = starts.map((line) => line.slice(0, line.indexOf(':')));
    expect(files).toEqual([...files].sort());
  });

  it('returns 0 with warnings only, and checks the bundled minutes by default', async () => {
    const dir = await copyToTemp(`${FIXTURES}/good`);
    await copyFile(path.join(ROOT, FIXTURES, 'bad/2020-04-14-html.md'), path.join(dir, '2020-04-14-html.md'));
    const warned = await check(dir);
    expect(warned.code).toBe(0);
    expect(warned.lines.at(-1)).toBe('0 fel och 5 varningar i 1 fil (6 filer kontrollerade).');
    const bundled = await check();
    expect(bundled.code).toBe(0);
    expect(bundled.lines.at(-1)).toBe('0 fel och 1 varning i 1 fil (5 filer kontrollerade).');
  });

  it('prints its help with 0, and a second folder as a mistake with the help on standard error with 2', async () => {
    const help = await runCaptured(checkCommand, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Användning: npm run check \[-- mapp\]\n/);
    const mistake = await runCaptured(checkCommand, ['minutes', 'mer']);
    expect(mistake).toMatchObject({ code: 2, stdout: '' });
    expect(mistake.stderr).toMatch(/^Oväntat argument mer\.\n\nAnvändning: npm run check/);
  });
});
