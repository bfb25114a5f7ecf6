/**
 * `npm run new` and `npm run import` when the minutes folder is missing, not a folder, not writable, or
 * something already stands at the new file's path (issue 20 §3.12): one Swedish message naming the path
 * and what to do, exit code 1, no stack trace, nothing written. The machine may run as root, so a folder
 * that refuses writing is a `writeFile` that fails as the system would (EACCES, EROFS). And `npm run new`
 * then `npm run import` for the same date (issue 19 §8): the untouched template is replaced, an edited
 * file only with --ersatt, its old text kept beside it.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArgOptions } from '../../src/cli/args.ts';
import type { Command } from '../../src/cli/command.ts';
import { importCommand } from '../../src/cli/import.ts';
import { newCommand } from '../../src/cli/new.ts';
import { runCaptured } from '../support/command.ts';
import { copyToTemp, tempDir } from '../support/helpers.ts';

/** The error code `writeFile` fails with for paths in `folder`, as a read-only folder or disk would. */
const refusal = vi.hoisted(() => ({ folder: undefined as string | undefined, code: 'EACCES' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const refusingWrite: typeof actual.writeFile = (file, ...rest) => {
    if (refusal.folder && typeof file === 'string' && path.dirname(file) === refusal.folder) {
      return Promise.reject(Object.assign(new Error(`${refusal.code}: open '${file}'`), { code: refusal.code, path: file }));
    }
    return actual.writeFile(file, ...rest);
  };
  return { ...actual, writeFile: refusingWrite, default: { ...actual, writeFile: refusingWrite } };
});

beforeEach(() => {
  refusal.folder = undefined;
});

/** What a command said and its exit code; a failure other than a Swedish one (a stack trace) rejects. */
async function said<T extends ArgOptions>(command: Command<T>, args: string[]) {
  const { code, stdout, stderr } = await runCaptured(command, args);
  return { code, out: stderr + stdout };
}

async function meetingText(): Promise<string> {
  const file = path.join(await tempDir('dokument-'), 'anteckningar.txt');
  await writeFile(
    file,
    'Minnesanteckningar Socialchefsnätverket 1 september 2021\nLägesrapport (Michaela Prochazka, Socialstyrelsen)\nText.\n',
  );
  return file;
}

const DRAFT = '2021-09-01-socialchefsnatverket.md';

describe('npm run new', () => {
  it('names a minutes folder that does not exist', async () => {
    const missing = path.join(await tempDir(), 'finns-inte');
    expect(await said(newCommand, ['2021-09-01', '--mapp', missing])).toEqual({
      code: 1,
      out: `Mappen "${missing}" finns inte. Ange mappen med minnesanteckningarna med --mapp, till exempel --mapp minutes. Ingenting skrevs.\n`,
    });
  });

  it('names a --mapp that is a file', async () => {
    const file = path.join(await tempDir(), 'minutes');
    await writeFile(file, '');
    const run = await said(newCommand, ['2021-09-01', '--mapp', file]);
    expect(run).toEqual({
      code: 1,
      out: `"${file}" är en fil, inte en mapp. Ange mappen med minnesanteckningarna med --mapp, till exempel --mapp minutes. Ingenting skrevs.\n`,
    });
  });

  it('names a folder standing at the new file’s path', async () => {
    const dir = await copyToTemp('minutes');
    await mkdir(path.join(dir, DRAFT));
    expect(await said(newCommand, ['2021-09-01', '--mapp', dir])).toEqual({
      code: 1,
      out: `Det finns redan en fil eller mapp som heter "${path.join(dir, DRAFT)}". Ingenting skrevs över; flytta den eller byt namn på den och försök igen.\n`,
    });
  });

  it('says a minutes folder it may not write in, or on a read-only disk', async () => {
    const dir = await copyToTemp('minutes');
    refusal.folder = dir;
    const file = path.join(dir, DRAFT);
    expect(await said(newCommand, ['2021-09-01', '--mapp', dir])).toEqual({
      code: 1,
      out: `"${file}" kunde inte skapas: du har inte behörighet att skriva i mappen "${dir}". Be om skrivbehörighet till mappen, eller ange en annan mapp med --mapp. Ingenting skrevs.\n`,
    });
    refusal.code = 'EROFS';
    expect((await said(newCommand, ['2021-09-01', '--mapp', dir])).out).toBe(
      `"${file}" kunde inte skapas: disken med mappen "${dir}" är skrivskyddad. Arbeta i en kopia av arkivet på en disk som går att skriva på. Ingenting skrevs.\n`,
    );
    refusal.code = 'EACCES';
    expect(await readdir(dir)).not.toContain(DRAFT);
  });
});

describe('npm run import', () => {
  it('names a minutes folder that does not exist', async () => {
    const missing = path.join(await tempDir(), 'finns-inte');
    const run = await said(importCommand, [await meetingText(), '--mapp', missing]);
    expect(run.code).toBe(1);
    expect(run.out).toBe(`Mappen "${missing}" finns inte. Ange mappen med minnesanteckningarna, till exempel minutes.\n`);
  });

  it('names a folder standing at the draft’s path', async () => {
    const dir = await copyToTemp('minutes');
    await mkdir(path.join(dir, DRAFT));
    expect(await said(importCommand, [await meetingText(), '--mapp', dir])).toEqual({
      code: 1,
      out: `Det finns redan en fil eller mapp som heter "${path.join(dir, DRAFT)}". Ingenting skrevs över; flytta den eller byt namn på den och försök igen.\n`,
    });
  });

  it('says a minutes folder it may not write in', async () => {
    const dir = await copyToTemp('minutes');
    refusal.folder = dir;
    expect(await said(importCommand, [await meetingText(), '--mapp', dir])).toEqual({
      code: 1,
      out: `"${path.join(dir, DRAFT)}" kunde inte skapas: du har inte behörighet att skriva i mappen "${dir}". Be om skrivbehörighet till mappen, eller ange en annan mapp med --mapp. Ingenting skrevs.\n`,
    });
    expect(await readdir(dir)).not.toContain(DRAFT);
  });
});

describe('npm run new, then npm run import for the same date', () => {
  it('replaces the untouched template with the import, and says so', async () => {
    const dir = await copyToTemp('minutes');
    const file = path.join(dir, DRAFT);
    expect((await said(newCommand, ['2021-09-01', '--mapp', dir])).code).toBe(0);
    const run = await said(importCommand, [await meetingText(), '--mapp', dir]);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain(
      `Ersatte den tomma mallen ${file} (från npm run new) med importen.\nUtkastet skrevs till ${file}: 1 dagordningspunkt`,
    );
    expect(await readFile(file, 'utf8')).toContain('\n## Lägesrapport (Michaela Prochazka, Socialstyrelsen)\n\nText.\n');
    expect((await readdir(dir)).filter((name) => name.startsWith('2021-09-01'))).toEqual([DRAFT]);
  });

  it('knows the template saved with Windows line endings, and one made for another network, at its own name', async () => {
    const dir = await copyToTemp('minutes');
    expect((await said(newCommand, ['2021-09-01', '--natverk', 'Äldrenätverket', '--mapp', dir])).code).toBe(0);
    const file = path.join(dir, '2021-09-01-aldrenatverket.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'));
    const run = await said(importCommand, [await meetingText(), '--mapp', dir]);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain(`Ersatte den tomma mallen ${file} (från npm run new) med importen.`);
    expect(await readFile(file, 'utf8')).toContain('title: Socialchefsnätverket 1 september 2021\n');
    expect((await readdir(dir)).filter((name) => name.startsWith('2021-09-01'))).toEqual(['2021-09-01-aldrenatverket.md']);
  });

  it('refuses a file that was edited and says how to go on; with --ersatt replaces it and keeps the old text in .bak', async () => {
    const dir = await copyToTemp('minutes');
    const file = path.join(dir, DRAFT);
    expect((await said(newCommand, ['2021-09-01', '--mapp', dir])).code).toBe(0);
    const edited = (await readFile(file, 'utf8')).replace('speakers: []', 'speakers:\n  - name: Anna Berg\n    agency: SKR');
    await writeFile(file, edited);
    const document = await meetingText();

    expect(await said(importCommand, [document, '--mapp', dir])).toEqual({
      code: 1,
      out: `Det finns redan minnesanteckningar för 2021-09-01: ${file}, och filen är inte längre den tomma mallen från npm run new. Ingenting skrevs över. Vill du ersätta den med importen, kör samma kommando med --ersatt (den gamla texten sparas då i ${file}.bak); annars flytta eller ta bort filen först, eller ange ett annat datum med --datum.\n`,
    });
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(await readdir(dir)).not.toContain(`${DRAFT}.bak`);

    const replaced = await said(importCommand, [document, '--mapp', dir, '--ersatt']);
    expect(replaced.code, replaced.out).toBe(0);
    expect(replaced.out).toContain(
      `Ersatte ${file} med importen. Den gamla texten sparades i ${file}.bak; flytta den ur ${dir} eller ta bort den när du inte behöver den (kontrollen varnar för den så länge den ligger där).\nUtkastet skrevs till ${file}:`,
    );
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(edited);
    const draft = await readFile(file, 'utf8');
    expect(draft).toContain('## Lägesrapport (Michaela Prochazka, Socialstyrelsen)');

    // A copy already there is never written over: nothing changes.
    expect(await said(importCommand, [document, '--mapp', dir, '--ersatt'])).toEqual({
      code: 1,
      out: `Det finns redan en fil eller mapp som heter "${file}.bak". Ingenting skrevs över; flytta den eller byt namn på den och försök igen.\n`,
    });
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(edited);
    expect(await readFile(file, 'utf8')).toBe(draft);
  });
});
