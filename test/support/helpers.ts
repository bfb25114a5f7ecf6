/** Shared helpers for the tests. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/core/diagnostics.ts';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The fixtures folder, as a path relative to the root (as the check prints it). */
export const FIXTURES = 'test/fixtures';

const made: string[] = [];

/** A fresh temporary folder, removed when the test file is done (see `cleanup.ts`). */
export async function tempDir(prefix = 'minnesarkiv-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders made by {@link tempDir} so far. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Copies a fixture folder (or `minutes/`) into a fresh temporary folder and returns its path. */
export async function copyToTemp(from: string): Promise<string> {
  const dir = await tempDir();
  await cp(path.join(ROOT, from), dir, { recursive: true });
  return dir;
}

/** The diagnostics for one file, as `line:col rule` strings, for compact assertions. */
export function placesOf(diagnostics: readonly Diagnostic[], fileEnd: string): string[] {
  return diagnostics.filter((d) => d.file.endsWith(fileEnd)).map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}
