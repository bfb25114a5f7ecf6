/**
 * `npm run check -- --fix` on disk: the check's mechanical fixes (`check/fixes.ts`, nothing that could
 * change meaning) applied to the minutes files of a folder, each file written atomically: the fixed text
 * goes to a new file beside it, which is then renamed over it (one `rename`: a reader, the preview or a
 * crash sees the old file or the new one, never half of it), with the old file's permissions.
 * A file that is not UTF-8 is left alone (the check says why); so is a file that changes while it is
 * being fixed (an editor saving it): it is reported, not overwritten.
 */
import { chmod, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type AppliedFix, fixText } from '../check/fixes.ts';

/** What was done to one file. */
export interface FixedFile {
  /** The file's path as given. */
  file: string;
  /** Each fix, with the line it was made on. */
  fixes: AppliedFix[];
  /** Set when the file was not written: why, in Swedish. */
  skipped?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Writes `text` to `file` through a new file beside it and one rename, keeping the file's mode. */
export async function writeFileAtomically(file: string, text: string, mode: number): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx', mode });
    await chmod(temporary, mode);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Applies the mechanical fixes to each of `files` and writes the ones that change. Resolves with a
 * result per file that had something to fix, in the order given; a file that cannot be read or written
 * rejects with the file system's error (the command says it in Swedish).
 */
export async function fixFiles(files: readonly string[]): Promise<FixedFile[]> {
  const results: FixedFile[] = [];
  for (const file of files) {
    const before = await stat(file);
    const bytes = await readFile(file);
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      continue;
    }
    const fixed = fixText(text);
    if (fixed.fixes.length === 0) continue;
    const now = await stat(file);
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) {
      results.push({ file, fixes: fixed.fixes, skipped: 'filen ändrades medan den rättades; kör igen' });
      continue;
    }
    await writeFileAtomically(file, fixed.text, before.mode & 0o7777);
    results.push({ file, fixes: fixed.fixes });
  }
  return results;
}
