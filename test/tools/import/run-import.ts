/**
 * Runs `npm run import` in this process on a document written to a fresh folder, beside a copy of
 * minutes/, and gives back what the secretary sees: the exit code, what was printed and the draft.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importCommand } from '../../../src/cli/import.ts';
import { runCaptured } from '../../support/command.ts';
import { copyToTemp, tempDir } from '../../support/helpers.ts';

/** What an import left: its exit code, its output (standard error first), the draft's path and text (or undefined). */
export interface ImportRun {
  code: number;
  out: string;
  dir: string;
  draftPath: string | undefined;
  draft: string | undefined;
}

/** Imports `bytes` as `fileName` (with more arguments, such as `--datum`) into a copy of minutes/. */
export async function runImport(fileName: string, bytes: Uint8Array | string, ...args: string[]): Promise<ImportRun> {
  const dir = await copyToTemp('minutes');
  const before = new Set(await readdir(dir));
  const document = path.join(await tempDir('dokument-'), fileName);
  await writeFile(document, bytes);
  const { code, stdout, stderr } = await runCaptured(importCommand, [document, '--mapp', dir, ...args]);
  const made = (await readdir(dir)).find((name) => !before.has(name));
  const draftPath = made === undefined ? undefined : path.join(dir, made);
  return { code, out: stderr + stdout, dir, draftPath, draft: draftPath === undefined ? undefined : await readFile(draftPath, 'utf8') };
}

/** The body of a draft: everything after its front matter. */
export function draftBody(draft: string | undefined): string {
  return (draft ?? '').replace(/^---\n[\s\S]*?\n---\n+/, '');
}
