/** The paging the listings share: pages of 50 at the listing's URL and `sida-N/`, and their navigation. */
import { describe, expect, it } from 'vitest';
import { LISTING_PAGE_SIZE, pageSlice, paging } from '../../../src/site/views/paging.ts';

describe('the pages of a listing', () => {
  it('are as many as 50 entries a page need, the first at the listing’s URL and the others at sida-2/, sida-3/', () => {
    expect(paging('/amnen/vaccin/', 2 * LISTING_PAGE_SIZE + 1).map((p) => [p.number, p.url, p.pageCount])).toEqual([
      [1, '/amnen/vaccin/', 3],
      [2, '/amnen/vaccin/sida-2/', 3],
      [3, '/amnen/vaccin/sida-3/', 3],
    ]);
    expect(paging('/amnen/vaccin/', LISTING_PAGE_SIZE).map((p) => p.url)).toEqual(['/amnen/vaccin/']);
  });

  it('are none for an empty listing, or one when the listing must exist', () => {
    expect(paging('/fragor/', 0)).toEqual([]);
    expect(paging('/fragor/', 0, true).map((p) => [p.url, p.pageCount, p.previous, p.next])).toEqual([['/fragor/', 1, null, null]]);
  });

  it('link each page to the previous and the next, and its navigation to the first, the last and those near it', () => {
    const pages = paging('/fragor/', 10 * LISTING_PAGE_SIZE);
    const sixth = pages[5]!;
    expect([sixth.previous?.url, sixth.next?.url]).toEqual(['/fragor/sida-5/', '/fragor/sida-7/']);
    expect(sixth.nav.map((p) => p?.number ?? null)).toEqual([1, null, 4, 5, 6, 7, 8, null, 10]);
    expect(sixth.pages).toHaveLength(10);
  });
});

describe('a page’s entries', () => {
  it('are the 50 of its place in the list, and the rest on the last page', () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    expect(pageSlice(list, 1)).toEqual(list.slice(0, 50));
    expect(pageSlice(list, 3)).toEqual(list.slice(100));
    expect(pageSlice(list, 4)).toEqual([]);
  });
});
