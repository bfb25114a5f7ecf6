/**
 * `npm run check` in this process: the command's `run` with its output
 * captured. `check.e2e.test.ts` runs the same command as a process.
 */
import { chmod, copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/check.ts';
import { runCaptured } from '../support/command.ts';
import { codeQualityValidator, readGithubCommand } from '../support/forge-formats.ts';
import { copyToTemp, FIXTURES, ROOT, tempDir } from '../support/helpers.ts';

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
    // The registries first (their problems are the cause of others), then the files in order.
    const files = starts.map((line) => line.slice(0, line.indexOf(':')));
    const registries = files.filter((f) => f.endsWith('.yml'));
    expect(files).toEqual([...registries, ...files.filter((f) => !f.endsWith('.yml')).sort()]);
    expect(registries).toEqual(['test/fixtures/bad/agencies.yml']);
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
    expect(help.stdout).toMatch(
      /^Användning: npm run check \[-- \[--fix\] \[--format text\|github\|gitlab\] \[--output fil\] \[mapp\]\]\n/,
    );
    const mistake = await runCaptured(checkCommand, ['minutes', 'mer']);
    expect(mistake).toMatchObject({ code: 2, stdout: '' });
    expect(mistake.stderr).toMatch(/^Oväntat argument mer\.\n\nAnvändning: npm run check/);
  });

  it('writes GitHub workflow commands with --format github: an annotation at each file and line, the summary as a notice', async () => {
    const { code, lines } = await check('--format', 'github', `${FIXTURES}/bad`);
    expect(code).toBe(1);
    const commands = lines.slice(0, -1).map(readGithubCommand);
    expect(commands.length).toBeGreaterThan(25);
    expect(commands.every((c) => c !== undefined)).toBe(true);
    expect(commands).toContainEqual({
      command: 'error',
      properties: expect.objectContaining({ file: 'test/fixtures/bad/2020-01-28-okant-falt.md', line: '4', col: '1' }),
      data: expect.stringContaining('Okänt fält "tpoics". Menade du "topics"?'),
    });
    // The summary is the log's last line, as text, not an annotation.
    expect(lines.at(-1)).toMatch(/^\d+ fel och \d+ varningar i 30 filer/);
  });

  it('writes a GitLab Code Quality report with --format gitlab --output, valid against its schema, and the lines to the terminal', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'gl-code-quality-report.json');
    const { code, lines } = await check('--format', 'gitlab', '--output', file, `${FIXTURES}/bad`);
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/^\d+ fel och \d+ varningar i 30 filer/);
    const report: unknown = JSON.parse(await readFile(file, 'utf8'));
    const validate = codeQualityValidator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toContainEqual(
      expect.objectContaining({
        check_name: 'front-matter-unknown-field',
        severity: 'major',
        location: { path: 'test/fixtures/bad/2020-01-28-okant-falt.md', lines: { begin: 4 } },
      }),
    );
  });

  it('refuses an unknown format and an --output it cannot write, in Swedish', async () => {
    const unknown = await runCaptured(checkCommand, ['--format', 'xml']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^Okänt format "xml"\. Välj text, github, gitlab\./);
    const missing = await runCaptured(checkCommand, ['--format', 'gitlab', '--output', '/finns/inte/rapport.json', `${FIXTURES}/good`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Rapporten kunde inte skrivas till /finns/inte/rapport.json: mappen finns inte.');
  });

  it('with --fix rights what cannot change meaning, says each fix at its file and line, writes nothing else, then checks', async () => {
    const dir = await copyToTemp(`${FIXTURES}/good`);
    const file = path.join(dir, '2020-06-09-klockslag.md');
    const text = await readFile(path.join(ROOT, FIXTURES, 'good/2020-06-09-klockslag.md'), 'utf8');
    const broken = `${text.trimEnd()}\n\n## Lägesrapport\u00a0\n\n\u0084- Läget är stabilt.\n`;
    await writeFile(file, broken);
    await chmod(file, 0o640);
    const before = await check(dir);
    expect(before.code).toBe(1);
    const fixed = await check('--fix', dir);
    const lines = text.trimEnd().split('\n').length;
    const crlf = path.join(dir, '2020-06-02-bom-crlf.md');
    expect(fixed.lines).toEqual([
      `${crlf}:1:1: rättat: Tog bort ett osynligt byte order mark (BOM) först i filen.`,
      `${crlf}:1:1: rättat: Gjorde om radsluten till vanliga radbrytningar (LF).`,
      `${file}:${lines + 2}:1: rättat: Gjorde hårda mellanslag i rubriken till vanliga.`,
      `${file}:${lines + 2}:1: rättat: Tog bort mellanslag sist i rubriken.`,
      `${file}:${lines + 4}:1: rättat: Tog bort 1 osynligt styrtecken.`,
      'Rättade 5 saker i 2 filer; kontrollen nedan gäller de rättade filerna.',
      '',
      'Inga problem (5 filer kontrollerade).',
    ]);
    expect(fixed.code).toBe(0);
    // Every other byte as it was, the permissions kept, and no temporary file left beside it.
    expect(await readFile(file, 'utf8')).toBe(`${text.trimEnd()}\n\n## Lägesrapport\n\n- Läget är stabilt.\n`);
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    const original = await readFile(path.join(ROOT, FIXTURES, 'good/2020-06-02-bom-crlf.md'), 'utf8');
    expect(await readFile(crlf, 'utf8')).toBe(original.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Fixed once, nothing left to fix.
    expect((await check('--fix', dir)).lines).toEqual(['Inga problem (5 filer kontrollerade).']);
  });

  // The block was indented by four spaces, and the rule id ended its last line: pasted under speakers: it broke the front matter.
  it('prints the lines for a missing speaker so that, pasted as printed under speakers:, the check passes', async () => {
    const dir = await copyToTemp('minutes');
    const file = path.join(dir, '2021-03-02-socialchefsnatverket.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\n## Övrigt (Karin Lund, SKR)\n\nSKR tar upp frågan igen.\n`);
    const before = await check(dir);
    expect(before.code).toBe(1);
    const start = before.lines.findIndex((line) => line.endsWith('Lägg till personen:'));
    expect(start, before.lines.join('\n')).toBeGreaterThan(-1);
    const end = before.lines.findIndex((line, index) => index > start && line.startsWith('Raderna hör hemma sist under speakers:'));
    const block = before.lines.slice(start + 1, end);
    expect(block).toEqual(['  - name: Karin Lund', '    agency: SKR']);
    expect(before.lines[end]).toMatch(/\[speaker-undeclared\]$/);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('\nagencies:', `\n${block.join('\n')}\nagencies:`));
    const after = await check(dir);
    expect(after.lines.join('\n')).not.toContain('speaker-');
    expect(after.code).toBe(0);
  });

  it('says in Swedish that a folder does not exist, with exit code 1 and no stack trace', async () => {
    const run = await runCaptured(checkCommand, ['finns-inte']);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Mappen "finns-inte" finns inte. Ange mappen med minnesanteckningarna, till exempel minutes.\n',
    });
  });
});
