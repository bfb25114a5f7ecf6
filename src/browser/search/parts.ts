/**
 * Which parts of a split index a query is asked of: those a single index
 * would find it in. Pagefind looks each term's stem up among the keys of the
 * part it searches: the keys that begin with the stem, or, when the part has
 * none, the longest key that begins the stem ("besok" for "besoksforbud"), or
 * else it ignores the term. Asked of every part, a part without the word
 * would fall back to a shorter one and find meetings a single index does not.
 * So, for each term, the parts asked are those with a key that begins with its
 * stem; when no part has one, those with the longest key that begins the stem
 * (all of them fall back to it, as a single index does); when no part has
 * that either, the term does not choose. A quoted query (an exact phrase)
 * is asked of the parts that hold each of its keys. The parts are read from the
 * key files the build writes (`search/pagefind-keys.ts`), a small file per first
 * two letters, fetched when a term needs it.
 */
import { EXACT_QUERY, queryStems } from '../../core/pagefind-terms.ts';
import { KEY_CHARS_FILE, type KeyChars, keyGroup } from '../../core/search-contract.ts';

/** Reads a key file of the folder (its name, `be.json`); undefined when the folder has none of that name. */
export type KeyFileReader = (file: string) => Promise<unknown>;

/** Chooses the parts (their ids, in the parts' order) that a query is asked of; null asks every part. */
export type PartChooser = (query: string | null) => Promise<string[]>;

/** Which parts hold a key, by key: Pagefind's keys of two or more characters that share their group. */
type KeyGroup = Record<string, string>;

/**
 * The chooser over `parts` (ids in the order of the key files' bit masks) whose key files `read` reads. Each file
 * is read once; a group without a file holds no key.
 */
export function partChooser(parts: readonly string[], read: KeyFileReader): PartChooser {
  const all = (1n << BigInt(parts.length)) - 1n;
  const files = new Map<string, Promise<unknown>>();
  const file = (name: string) => {
    let found = files.get(name);
    if (!found) {
      found = read(name);
      files.set(name, found);
    }
    return found;
  };
  const chars = async () => ((await file(KEY_CHARS_FILE)) ?? { single: {}, first: {} }) as KeyChars;
  const group = async (stem: string) => ((await file(`${keyGroup(stem)}.json`)) ?? {}) as KeyGroup;
  const bits = (hex: string | undefined) => (hex === undefined ? 0n : BigInt(`0x${hex}`));

  /** The parts with the key `stem` itself. */
  const holding = async (stem: string) => ([...stem].length < 2 ? bits((await chars()).single[stem]) : bits((await group(stem))[stem]));

  /** The parts a term with `stem` finds anything in, as Pagefind looks it up; undefined when it finds nothing anywhere (it is ignored). */
  const finding = async (stem: string): Promise<bigint | undefined> => {
    const first = [...stem][0] ?? '';
    if ([...stem].length < 2) {
      const extended = bits((await chars()).first[stem]);
      return extended === 0n ? undefined : extended;
    }
    const keys = await group(stem);
    let extended = 0n;
    let longest: string | undefined;
    for (const [key, hex] of Object.entries(keys)) {
      if (key.startsWith(stem)) extended |= bits(hex);
      else if (stem.startsWith(key) && (longest === undefined || key.length > longest.length)) longest = key;
    }
    if (extended !== 0n) return extended;
    if (longest !== undefined) return bits(keys[longest]);
    const single = bits((await chars()).single[first]);
    return single === 0n ? undefined : single;
  };

  return async (query) => {
    if (query === null || parts.length < 2) return [...parts];
    const exact = EXACT_QUERY.test(query);
    let chosen = all;
    for (const stem of new Set(queryStems(query))) {
      const found = exact ? await holding(stem) : await finding(stem);
      if (found !== undefined) chosen &= found;
    }
    return parts.filter((_, i) => (chosen >> BigInt(i)) & 1n);
  };
}
