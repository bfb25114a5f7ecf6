/** The sitemap: the static pages, the meetings, the years, then the listings' pages; never the 404 page. */
import { describe, expect, it } from 'vitest';
import { PAGES, STATIC_PAGES } from '../../../src/core/urls.ts';
import { buildIndex } from '../../../src/index/build-index.ts';
import { sitemap } from '../../../src/site/views/sitemap.ts';
import { MEETINGS, REGISTRIES } from '../../index/records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);

describe('the sitemap', () => {
  it('lists the static pages, the meetings in the order of their dates, the years, then the listing pages given', () => {
    expect(sitemap(index, [{ url: '/amnen/vaccination/' }, { url: '/fragor/' }])).toEqual([
      ...STATIC_PAGES,
      '/moten/2020-03-10/',
      '/moten/2021-01-19/',
      '/moten/2021-03-02/',
      '/ar/2021/',
      '/ar/2020/',
      '/amnen/vaccination/',
      '/fragor/',
    ]);
    expect(sitemap(index, [])).not.toContain(PAGES.notFound);
  });
});
