/**
 * The files a build makes from the code and packages alone (the page's
 * compiled code, the Swedish word list), kept beside the check's results:
 * made once, copied into every later build folder.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../src/build/cache.ts';

const temp = () => mkdtemp(path.join(tmpdir(), 'filcache-'));

/** A `make` that writes two files and counts its calls. */
function maker(text: string) {
  const made = { calls: 0 };
  const make = async (dir: string) => {
    made.calls++;
    await mkdir(path.join(dir, 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'assets', 'kod.js'), text);
    await writeFile(path.join(dir, 'ord.txt'), 'besök\n');
  };
  return { made, make };
}

const listed = async (dir: string) => ((await readdir(dir, { recursive: true })) as string[]).sort();

describe('FileCache.files', () => {
  it('makes the files once and copies them into each later build folder, without its own marker', async () => {
    const cache = new FileCache(await temp());
    const { made, make } = maker('export {};');
    const first = await temp();
    const second = await temp();
    await cache.files('sidans-kod', first, make);
    await new FileCache((cache as unknown as { dir: string }).dir).files('sidans-kod', second, make);
    expect(made.calls).toBe(1);
    for (const dir of [first, second]) {
      expect(await listed(dir)).toEqual(['assets', path.join('assets', 'kod.js'), 'ord.txt']);
      expect(await readFile(path.join(dir, 'assets', 'kod.js'), 'utf8')).toBe('export {};');
    }
  });

  it('keeps each kind apart by its name', async () => {
    const cache = new FileCache(await temp());
    const code = maker('kod');
    const words = maker('ord');
    const target = await temp();
    await cache.files('sidans-kod', target, code.make);
    await cache.files('svenska', await temp(), words.make);
    expect([code.made.calls, words.made.calls]).toEqual([1, 1]);
    expect(await readFile(path.join(target, 'assets', 'kod.js'), 'utf8')).toBe('kod');
  });

  it('writes straight into the build folder when there is no cache on disk or it cannot be written', async () => {
    const memoryOnly = maker('x');
    const target = await temp();
    await new FileCache(null).files('svenska', target, memoryOnly.make);
    expect(await listed(target)).toContain('ord.txt');

    // A cache folder that refuses writes (a read-only node_modules): make fails there, and writes into the build instead.
    const cacheDir = await temp();
    const tried: string[] = [];
    const refused = async (dir: string) => {
      tried.push(dir);
      if (dir.startsWith(cacheDir)) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      await maker('z').make(dir);
    };
    const other = await temp();
    await new FileCache(cacheDir).files('sidans-kod', other, refused);
    expect(tried.map((dir) => dir.startsWith(cacheDir))).toEqual([true, false]);
    expect(await readFile(path.join(other, 'assets', 'kod.js'), 'utf8')).toBe('z');
  });

  it('fails as make fails', async () => {
    const cache = new FileCache(await temp());
    await expect(
      cache.files('sidans-kod', await temp(), () => Promise.reject(new Error('esbuild: Expected ";" but found "}"'))),
    ).rejects.toThrow('esbuild: Expected');
  });
});
