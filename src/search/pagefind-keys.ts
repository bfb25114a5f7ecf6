/**
 * The words (keys) of a part of the search index, read from the files
 * Pagefind wrote: each `index/*.pf_index` is gzip of `pagefind_dcd` and a CBOR
 * array whose first element lists the chunk's words, each `[key, pages,
 * variants]` (Pagefind 1.6, `pagefind_web/src/index.rs`). The keys are the
 * folded stems Pagefind looks a query's terms up among
 * (`core/pagefind-terms.ts`); read from its own files, they are exactly its.
 *
 * A split index's keys are written, for the search page, into key files
 * ({@link keyFiles}): which parts hold each key, so that the page asks only the
 * parts a single index would find the query in (`browser/search/parts.ts`).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { codeUnitOrder } from '../core/text.ts';
import { KEY_CHARS_FILE, type KeyChars, keyGroup } from '../core/search-contract.ts';

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
  return [...keys].sort(codeUnitOrder);
}

/** The bit mask of `parts` (indexes into the parts' order) in hexadecimal, as the key files write it. */
function mask(parts: Iterable<number>): string {
  let bits = 0n;
  for (const part of parts) bits |= 1n << BigInt(part);
  return bits.toString(16);
}

/**
 * The key files of a split index ({@link KEY_CHARS_FILE}, `<group>.json`), by file name, for the keys of each part
 * in the parts' order (newest first, as the search form lists them). Pure.
 */
export function keyFiles(parts: readonly (readonly string[])[]): Map<string, string> {
  const holders = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, part: number) => {
    const set = map.get(key);
    if (set) set.add(part);
    else map.set(key, new Set([part]));
  };
  const first = new Map<string, Set<number>>();
  for (const [part, keys] of parts.entries())
    for (const key of keys) {
      add(holders, key, part);
      add(first, [...key][0] ?? '', part);
    }
  const chars: KeyChars = { single: {}, first: {} };
  const groups = new Map<string, Record<string, string>>();
  for (const key of [...holders.keys()].sort(codeUnitOrder)) {
    const bits = mask(holders.get(key)!);
    if ([...key].length < 2) chars.single[key] = bits;
    else {
      const group = keyGroup(key);
      const words = groups.get(group) ?? {};
      words[key] = bits;
      groups.set(group, words);
    }
  }
  for (const [char, set] of [...first].sort(([a], [b]) => codeUnitOrder(a, b))) chars.first[char] = mask(set);
  const files = new Map([[KEY_CHARS_FILE, JSON.stringify(chars)]]);
  for (const [group, words] of [...groups].sort(([a], [b]) => codeUnitOrder(a, b))) files.set(`${group}.json`, JSON.stringify(words));
  return files;
}

/** The folder of the key files of parts with the record keys `partKeys`: named by them, so that a browser never mixes two builds' files. */
export function keyFolder(partKeys: readonly string[]): string {
  return `pagefind/nycklar-${createHash('sha256').update(partKeys.join('\n')).digest('hex').slice(0, 12)}/`;
}

/** Writes the key files of the parts in `dirs` (folders of the build `root`, in the form's order) into `root/folder`. */
export async function writeKeyFiles(root: string, dirs: readonly string[], folder: string): Promise<void> {
  const parts: string[][] = [];
  for (const dir of dirs) parts.push(await partKeys(path.join(root, dir)));
  const out = path.join(root, folder);
  await mkdir(out, { recursive: true });
  for (const [file, text] of keyFiles(parts)) await writeFile(path.join(out, file), text);
}
