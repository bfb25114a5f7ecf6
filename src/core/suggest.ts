/**
 * "Did you mean": finds the closest known name to a misspelled one.
 */
import { fold } from './fold.ts';

/**
 * Edit distance between two strings, counting an insertion, a deletion, a
 * substitution or a swap of two neighbouring characters as one edit
 * ("tpoics" → "topics" is 1).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const above = d[i - 1]!;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * True when `a` and `b` are at most `limit` edits apart (as {@link editDistance}),
 * computed in three reused rows and stopped as soon as the limit is passed:
 * cheap enough to compare every pair of names in a large archive.
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (a === b) return true;
  let before = new Array<number>(b.length + 1);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return false;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]! <= limit;
}

/** How many edits still count as "close" for a word of this length. */
export function closeEnough(length: number): number {
  return length <= 3 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The candidate closest to `input` (ignoring case and diacritics), if it is
 * close enough to be a likely typo; otherwise `undefined`.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = fold(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const distance = folded.startsWith(wanted) && wanted.length >= 3 ? 0.5 : editDistance(wanted, folded);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= closeEnough(wanted.length) ? best : undefined;
}

/**
 * The did-you-mean question as every message of the check asks it: `Menade du "X"?`, or, inside a list in
 * parentheses (`midSentence`), `menade du "X"?`.
 */
export function meantQuestion(guess: string, midSentence = false): string {
  return `${midSentence ? 'menade' : 'Menade'} du "${guess}"?`;
}

/** A character as messages name it: `"о" (U+043E)`. */
const named = (char: string) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * When `written` and `guess` look alike but are not the same (a Cyrillic "о" for a Latin "o", a Greek
 * letter, a character of another script at the same place), which characters differ, in Swedish; else
 * `undefined`. Ordinary typos (a Latin letter for another) are left to the question itself.
 */
export function lookAlikeDifference(written: string, guess: string): string | undefined {
  const a = [...written];
  const b = [...guess];
  if (a.length !== b.length || written === guess) return undefined;
  const differing = a.flatMap((char, i) => (char === b[i] ? [] : [[char, b[i]!] as const]));
  const foreign = (char: string) => /\p{L}/u.test(char) && !/\p{Script=Latin}/u.test(char);
  if (differing.length === 0 || differing.length > 3 || !differing.some(([x, y]) => foreign(x) || foreign(y))) return undefined;
  const parts = differing.map(([x, y]) => `${named(x)} där det ska vara ${named(y)}`);
  return `De ser lika ut, men "${written}" har ${parts.join(' och ')}: skriv om namnet med vanliga bokstäver.`;
}

/**
 * ` Menade du "X"?` (with its space, to follow a sentence) for a guess, else `''`; when `written` is given
 * and looks like the guess but is not it, also which characters differ ({@link lookAlikeDifference}).
 */
export function meant(guess: string | undefined, written?: string): string {
  if (guess === undefined) return '';
  const difference = written === undefined ? undefined : lookAlikeDifference(written, guess);
  return ` ${meantQuestion(guess)}${difference ? ` ${difference}` : ''}`;
}

/** ` Menade du "X"?` when one of `candidates` is a likely typo for `input` ({@link didYouMean}), else `''`. */
export function meantHint(input: string, candidates: Iterable<string>): string {
  return meant(didYouMean(input, candidates));
}
