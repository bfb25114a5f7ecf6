/**
 * A count with its noun, as the pages and the search page write it: the
 * templates' `count` filter and the search page's counts are this function,
 * and so is every message that says "1 fil" or "2 filer" ({@link swedishCount}
 * for those that set large numbers apart: "1 234 ställen").
 */

/** A count with its noun: `count(1, 'punkt', 'punkter')` → `1 punkt`. */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A count with its noun, the number as {@link swedishNumber} writes it: `swedishCount(1234, 'gång', 'gånger')` → `1 234 gånger`. */
export function swedishCount(n: number, singular: string, plural: string): string {
  return `${swedishNumber(n)} ${n === 1 ? singular : plural}`;
}

/** A number as Swedish writes it, thousands set apart by a no-break space: `7 223`. */
export function swedishNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, '\u00a0');
}
