/**
 * What Pagefind (1.6, `--force-language sv`) makes of a query before it looks
 * it up, done the same way here so that the search page knows, before it asks,
 * which parts of a split index hold a word: the query's characters lower-cased
 * and its punctuation dropped, split at spaces, each term's diacritics folded
 * ("besöksförbud" → "besoksforbud"), and each term stemmed by Snowball's
 * Swedish stemmer (3.0) over the folded word. Pagefind's index keys are the
 * same stems of the same folded words ("mötet" → "mot"), so a term finds the
 * keys that begin with its stem, and only when a part has none of them does
 * Pagefind fall back, in that part, to the longest key that begins the stem.
 *
 * Read from Pagefind's own code (its `search` and `normalizeDiacritics` in
 * `pagefind.js`, its `stems_from_term` and `find_word_extensions` in
 * `pagefind_web`), and checked against the keys Pagefind writes
 * (`test/core/pagefind-terms.test.ts`). Pure.
 */

/** Pagefind's folding of a word's diacritics: decomposed, its combining marks dropped (but the kana voicing marks). */
export function pagefindFold(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** A character Pagefind drops from a query (its own test, kept as it is written: a dash that begins it, or any other punctuation). */
const DROPPED = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** A query Pagefind searches as an exact phrase. */
export const EXACT_QUERY = /^\s*".+"\s*$/;

/** The terms of a query as Pagefind looks them up: each the folded stem of a word of the query, in order. */
export function queryStems(query: string): string[] {
  const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });
  let kept = '';
  for (const { segment } of segmenter.segment(query)) if (!DROPPED.test(segment)) kept += segment.toLocaleLowerCase();
  const term = kept.replace(/\s{2,}/g, ' ').trim();
  return term
    .split(' ')
    .map(pagefindFold)
    .filter((word) => word.length > 0)
    .map(swedishStem);
}

const VOWELS = new Set([...'aeiouyäåö']);
/** The letters before which a final "s" is an ending. */
const S_ENDING = new Set([...'bcdfghjklmnoprtvy']);
/** The letters before which "öst" becomes "ös". */
const OST_ENDING = new Set([...'iklnprtuv']);
/** Words that keep their "et": the letters before it. */
const ET_KEPT = [
  'fab',
  'h',
  'pak',
  'rak',
  'stak',
  'kom',
  'iet',
  'cit',
  'dit',
  'alit',
  'ilit',
  'mit',
  'nit',
  'pit',
  'rit',
  'sit',
  'tit',
  'uit',
  'ivit',
  'kvit',
  'xit',
];
/** The main endings, each with what is done: 1 removed, 2 the "s" rule, 3 the "et" rule. */
const MAIN_ENDINGS = new Map<string, 1 | 2 | 3>([
  ...['a', 'arna', 'erna', 'heterna', 'orna', 'ad', 'e', 'ade', 'ande', 'arne', 'are', 'aste', 'en', 'anden', 'aren', 'heten'].map(
    (e) => [e, 1] as const,
  ),
  ...['ern', 'ar', 'er', 'heter', 'or', 'as', 'arnas', 'ernas', 'ornas', 'es', 'ades', 'andes', 'ens', 'arens', 'hetens', 'erns'].map(
    (e) => [e, 1] as const,
  ),
  ...['at', 'andet', 'het', 'ast'].map((e) => [e, 1] as const),
  ['s', 2],
  ['et', 3],
]);
const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];
const OTHER_ENDINGS = ['ig', 'lig', 'els', 'fullt', 'öst'];

/** The longest of `endings` that `word` (code points) ends with, starting at or after `from`. */
function longestEnding(word: readonly string[], from: number, endings: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const ending of endings) {
    const letters = [...ending];
    const start = word.length - letters.length;
    if (start < from || (found !== undefined && letters.length <= [...found].length)) continue;
    if (letters.every((letter, i) => word[start + i] === letter)) found = ending;
  }
  return found;
}

/** Whether `word` (code points) ends, at `end`, with one of `endings`. */
function endsWith(word: readonly string[], end: number, endings: readonly string[]): boolean {
  return endings.some((ending) => {
    const letters = [...ending];
    const start = end - letters.length;
    return start >= 0 && letters.every((letter, i) => word[start + i] === letter);
  });
}

/** Snowball's condition for removing "et" ending at `end`: a consonant after a vowel before it, not first, and no listed exception. */
function etRemovable(word: readonly string[], end: number): boolean {
  const consonant = word[end - 1];
  const vowel = word[end - 2];
  if (consonant === undefined || VOWELS.has(consonant) || vowel === undefined || !VOWELS.has(vowel) || end - 2 <= 0) return false;
  return !endsWith(word, end, ET_KEPT);
}

/** Where Snowball's region R1 begins: after the first consonant that follows a vowel, and at least at the fourth letter. */
function regionStart(word: readonly string[]): number {
  if (word.length < 3) return word.length;
  let i = 0;
  while (i < word.length && !VOWELS.has(word[i]!)) i++;
  if (i >= word.length) return word.length;
  i++;
  while (i < word.length && VOWELS.has(word[i]!)) i++;
  if (i >= word.length) return word.length;
  return Math.max(i + 1, 3);
}

/** Snowball's Swedish stemmer (3.0) over a lower-cased word. */
export function swedishStem(input: string): string {
  let word = [...input];
  const p1 = regionStart(word);
  // Step 1: the main endings in R1.
  const main = longestEnding(word, p1, MAIN_ENDINGS.keys());
  if (main !== undefined) {
    const rule = MAIN_ENDINGS.get(main)!;
    const start = word.length - [...main].length;
    if (rule === 1) word = word.slice(0, start);
    else if (rule === 3) {
      if (etRemovable(word, start)) word = word.slice(0, start);
    } else if (endsWith(word, start, ['et']) && etRemovable(word, start - 2)) word = word.slice(0, start - 2);
    else if (S_ENDING.has(word[start - 1] ?? '')) word = word.slice(0, start);
  }
  // Step 2: a double consonant in R1 loses its last letter.
  if (word.length >= p1 && word.length - 2 >= p1 && endsWith(word, word.length, CONSONANT_PAIRS)) word = word.slice(0, -1);
  // Step 3: the other endings in R1.
  const other = word.length >= p1 ? longestEnding(word, p1, OTHER_ENDINGS) : undefined;
  if (other !== undefined) {
    const start = word.length - [...other].length;
    if (other === 'fullt') word = [...word.slice(0, start), ...'full'];
    else if (other === 'öst') {
      if (OST_ENDING.has(word[start - 1] ?? '')) word = [...word.slice(0, start), ...'ös'];
    } else word = word.slice(0, start);
  }
  return word.join('');
}
