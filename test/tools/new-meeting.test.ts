import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newMinutes } from '../../src/tools/new-meeting.ts';
import { checkArchive } from '../../src/build/pipeline.ts';
import { newCommand } from '../../src/cli/new.ts';
import { runCaptured } from '../support/command.ts';
import { copyToTemp } from '../support/helpers.ts';

const npmNew = (dir: string, ...args: string[]) =>
  runCaptured(newCommand, [...args, '--mapp', dir]).then(({ code, stdout, stderr }) => ({ code, out: code === 0 ? stdout : stderr }));

describe('a new meeting from the template', () => {
  it('has the date and a Swedish default title filled in, with comments on every field', () => {
    const created = newMinutes('2021-03-02');
    expect('text' in created && created.text).toContain('title: Socialchefsnätverket 2 mars 2021\n# Mötesdatum');
    expect('text' in created && created.text).toContain('date: 2021-03-02\n');
    expect('text' in created && created.text).toMatch(
      /# Alla som föredrog[\s\S]*speakers: \[\]\n# Aktörerna[\s\S]*agencies: \[\]\n# Mötets ämnen[\s\S]*topics: \[\]/,
    );
  });

  it('refuses dates that are malformed or do not exist', () => {
    expect(newMinutes('2 mars 2021')).toEqual({ error: 'Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-03-02, men är "2 mars 2021".' });
    expect(newMinutes('2021-02-30')).toEqual({ error: 'Datumet 2021-02-30 finns inte i kalendern.' });
  });

  it('is written by npm run new, fails the check until it is filled in, and is never overwritten', async () => {
    const dir = await copyToTemp('minutes');
    const first = await npmNew(dir, '2021-04-13');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Skapade');
    const file = path.join(dir, '2021-04-13-socialchefsnatverket.md');
    const text = await readFile(file, 'utf8');
    const unfilled = await checkArchive(dir);
    expect(unfilled.diagnostics.filter((d) => d.file === file).map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '1:1 meeting-empty',
    ]);
    expect(unfilled.index).toBeUndefined();

    await writeFile(file, `${text}\n## Övriga frågor\n\nInga.\n`);
    const filled = await checkArchive(dir);
    expect(filled.diagnostics.filter((d) => d.file === file)).toEqual([]);
    expect(filled.index?.meetings.find((m) => m.id === '2021-04-13')?.title).toBe('Socialchefsnätverket 13 april 2021');
    const written = await readFile(file, 'utf8');

    const again = await npmNew(dir, '2021-04-13');
    expect(again.code).toBe(1);
    expect(again.out).toContain('Det finns redan minnesanteckningar för 2021-04-13');
    expect(await readFile(file, 'utf8')).toBe(written);

    const bad = await npmNew(dir, '2021-13-01');
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('Datumet 2021-13-01 finns inte i kalendern.');
    expect((await readdir(dir)).filter((f) => f.startsWith('2021-13'))).toEqual([]);
  });
});
