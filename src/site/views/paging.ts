/**
 * Paging of the listings (a topic's, agency's or person's items, the
 * questions, the outcomes): {@link LISTING_PAGE_SIZE} entries a page, the
 * first page at the listing's URL and the others at `sida-2/`, `sida-3/` …,
 * and the page navigation's links. Pure.
 */
import { urls } from '../../core/urls.ts';

/** How many items a topic, agency or person page shows; as many questions or outcomes a listing page. */
export const LISTING_PAGE_SIZE = 50;

/** How many pages on each side of the current one the page navigation links to. */
export const PAGER_REACH = 2;

/** Where a listing is and its other pages, for the page navigation. */
export interface Paging {
  /** 1, 2, … */
  number: number;
  pageCount: number;
  /** This page's path: the listing's URL, then `sida-2/`, `sida-3/` … */
  url: string;
  /** Every page of the listing. */
  pages: { number: number; url: string }[];
  /** The pages the page navigation links to: the first, the last and those near this one; null where pages are left out ("…"). */
  nav: ({ number: number; url: string } | null)[];
  /** The previous and the next page, if any. */
  previous: { number: number; url: string } | null;
  next: { number: number; url: string } | null;
}

/** The pages a listing's navigation shows on page `number` of `pageCount`: 1, …, n-2 … n+2, …, last. */
export function pagerNumbers(number: number, pageCount: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - number) <= PAGER_REACH) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/**
 * The pages of a listing of `total` entries whose first page is `firstUrl`; with `atLeastOne`, one
 * page also when it is empty (a listing linked from every page must exist).
 */
export function paging(firstUrl: string, total: number, atLeastOne = false): Paging[] {
  const pageCount = Math.max(atLeastOne ? 1 : 0, Math.ceil(total / LISTING_PAGE_SIZE));
  const pages = Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, url: urls.listingPage(firstUrl, i + 1) }));
  return pages.map(({ number, url }) => ({
    number,
    url,
    pageCount,
    pages,
    nav: pagerNumbers(number, pageCount).map((n) => (n === null ? null : pages[n - 1]!)),
    previous: pages[number - 2] ?? null,
    next: pages[number] ?? null,
  }));
}

/** The entries of `list` on page `number` (1, 2, …). */
export function pageSlice<T>(list: readonly T[], number: number): T[] {
  return list.slice((number - 1) * LISTING_PAGE_SIZE, number * LISTING_PAGE_SIZE);
}
