/**
 * The preview's watch by path: a save is seen in the folder the path holds now, also after the folder
 * was moved away and a copy put in its place (`mv minutes m && cp -r m minutes`), and in a subfolder
 * made after the watch began.
 */
import { cp, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FolderWatch, watchFolders } from '../../src/dev/watch-folders.ts';
import { tempDir } from '../support/helpers.ts';

let watching: FolderWatch | undefined;
afterEach(() => watching?.close());

/** Saves `file` again and again until `seen` has it (events can take a moment), or fails after 10 s. */
async function saveUntilSeen(file: string, seen: readonly string[]): Promise<void> {
  const until = Date.now() + 10_000;
  while (!seen.includes(file)) {
    if (Date.now() > until) throw new Error(`No event for ${file}; seen: ${seen.slice(-5).join(', ')}`);
    await writeFile(file, `sparad ${Date.now()}\n`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('watching the minutes folder by path', () => {
  it('sees a save after the folder was moved away and a copy put in its place, and reports the folder once', async () => {
    const dir = await tempDir();
    const minutes = path.join(dir, 'minutes');
    await mkdir(minutes);
    await writeFile(path.join(minutes, 'a.md'), 'ett\n');
    const seen: string[] = [];
    watching = await watchFolders([minutes], (file) => seen.push(file));
    await saveUntilSeen(path.join(minutes, 'a.md'), seen);

    await rename(minutes, path.join(dir, 'm'));
    await cp(path.join(dir, 'm'), minutes, { recursive: true });
    const until = Date.now() + 10_000;
    while (watching.renewals === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watching.renewals).toBe(1);
    expect(seen).toContain(minutes);

    seen.length = 0;
    await saveUntilSeen(path.join(minutes, 'a.md'), seen);
    // The folder moved away is not watched any more.
    seen.length = 0;
    await writeFile(path.join(dir, 'm', 'a.md'), 'i den gamla\n');
    await saveUntilSeen(path.join(minutes, 'b.md'), seen);
    expect(seen.filter((file) => file.endsWith('a.md'))).toEqual([]);
  });

  it('sees a save in a subfolder made after the watch began', async () => {
    const dir = await tempDir();
    const templates = path.join(dir, 'templates');
    await mkdir(templates);
    const seen: string[] = [];
    watching = await watchFolders([templates], (file) => seen.push(file));
    await mkdir(path.join(templates, 'assets'));
    await saveUntilSeen(path.join(templates, 'assets', 'style.css'), seen);
  });
});
