/**
 * A count with its noun, as the pages and the search page write it: the
 * templates' `count` filter and the search page's counts are this function.
 */

/** A count with its noun: `count(1, 'punkt', 'punkter')` → `1 punkt`. */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
