import { execFile } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyToTemp, FIXTURES, ROOT } from '../support/helpers.ts';

const run = promisify(execFile);

/** Runs `npm run check -- dir` the way the secretary does (without npm's banner). */
async function check(dir?: string): Promise<{ code: number; lines: string[] }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/bin/check.ts', ...(dir ? [dir] : [])], { cwd: ROOT });
    return { code: 0, lines: stdout.trimEnd().split('\n') };
  } catch (failure) {
    const { code, stdout } = failure as { code: number; stdout: string };
    return { code, lines: stdout.trimEnd().split('\n') };
  }
}

describe('npm run check', () => {
  it('passes on the bundled minutes with exit code 0 (one warning, explained in the README)', async () => {
    const { code, lines } = await check();
    expect(code).toBe(0);
    expect(lines.at(-1)).toBe('0 fel och 1 varning i 1 fil (5 filer kontrollerade).');
  });

  it('prints every problem as path:line:col: message [rule-id], then a summary, and exits 1', async () => {
    const { code, lines } = await check(`${FIXTURES}/bad`);
    expect(code).toBe(1);
    const summary = lines.at(-1);
    expect(summary).toMatch(/^\d+ fel och \d+ varningar i 30 filer \(32 filer kontrollerade\)\.$/);
    const starts = lines.filter((l) => l.startsWith(`${FIXTURES}/bad/`));
    expect(starts.length).toBeGreaterThan(25);
    for (const line of starts) expect(line).toMatch(/^test\/fixtures\/bad\/[^:]+:\d+:\d+: .+/);
    expect(lines).toContain(
      'test/fixtures/bad/2020-01-28-okant-falt.md:4:1: Okänt fält "tpoics". Menade du "topics"? Tillåtna fält här: title, date, speakers, agencies, topics, items. [front-matter-unknown-field]',
    );
    expect(lines.some((l) => l.startsWith('test/fixtures/bad/2020-05-12-namn-b.md:5:11: varning: Personnamnet'))).toBe(true);
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = await copyToTemp(`${FIXTURES}/good`);
    await copyFile(path.join(ROOT, FIXTURES, 'bad/2020-04-14-html.md'), path.join(dir, '2020-04-14-html.md'));
    const { code, lines } = await check(dir);
    expect(code).toBe(0);
    expect(lines.at(-1)).toBe('0 fel och 5 varningar i 1 fil (6 filer kontrollerade).');
  });
});
