/**
 * "Did you mean": finds the closest known name to a misspelled one.
 */
import { fold } from './slug.ts';

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

/** ` Menade du "X"?` when there is a likely candidate, else `''`. */
export function meantHint(input: string, candidates: Iterable<string>): string {
  const guess = didYouMean(input, candidates);
  return guess === undefined ? '' : ` Menade du "${guess}"?`;
}
