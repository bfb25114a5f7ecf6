/**
 * `npm run new` and `npm run import` when the minutes folder is missing, not a folder, not writable, or
 * something already stands at the new file's path (issue 20 §3.12): one Swedish message naming the path
 * and what to do, exit code 1, no stack trace, nothing written. The machine may run as root, so a folder
 * that refuses writing is a `writeFile` that fails as the system would (EACCES, EROFS).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
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
