/**
 * The words (keys) of a part of the search index, read from the files
 * Pagefind wrote: each `index/*.pf_index` is gzip of `pagefind_dcd` and a CBOR
 * array whose first element lists the chunk's words, each `[key, pages,
 * variants]` (Pagefind 1.6, `pagefind_web/src/index.rs`). The keys are the
 * folded stems Pagefind looks a query's terms up among
 * (`core/pagefind-terms.ts`); read from its own files, they are exactly its.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

const SIGNATURE = 'pagefind_dcd';

/** The keys of one index chunk (its file's bytes). */
export function chunkKeys(bytes: Uint8Array, file = 'index'): string[] {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
    throw new Error(`Sökindexet: ${file} börjar inte som Pagefinds indexfiler (${SIGNATURE}); har Pagefinds version bytts?`);
  const chunk = decode(raw.subarray(SIGNATURE.length), { useMaps: true }) as unknown;
  const words = Array.isArray(chunk) ? chunk[0] : undefined;
  if (!Array.isArray(words) || !words.every((word) => Array.isArray(word) && typeof word[0] === 'string'))
    throw new Error(`Sökindexet: ${file} har inte den ordlista Pagefind 1.6 skriver; har Pagefinds version bytts?`);
  return words.map((word: [string]) => word[0]);
}

/** Every key of the part Pagefind wrote into `dir`, sorted. */
export async function partKeys(dir: string): Promise<string[]> {
  const folder = path.join(dir, 'index');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.pf_index')).sort();
  const keys = new Set<string>();
  for (const file of files) for (const key of chunkKeys(await readFile(path.join(folder, file)), path.join(folder, file))) keys.add(key);
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
