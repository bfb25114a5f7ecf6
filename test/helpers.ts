/** Shared helpers for the tests. */
import { mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/diagnostics.ts';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The fixtures folder, as a path relative to the root (as the check prints it). */
export const FIXTURES = 'test/fixtures';

/** A fresh temporary folder. */
export function tempDir(prefix = 'minnesarkiv-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
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
