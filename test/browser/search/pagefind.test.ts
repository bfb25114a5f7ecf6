import { describe, expect, it } from 'vitest';
import {
  addCounts,
  diacriticsEngine,
  exactDiacriticsFor,
  type PagefindInstance,
  pagefindEngine,
  NO_PART,
  type SearchEngine,
} from '../../../src/browser/search/pagefind.ts';
import { PART_FILTER, SORT_KEY } from '../../../src/core/search-contract.ts';

/** A Pagefind that records its searches and answers each part with one result and counts. */
function fakePagefind(answer: (part: string) => boolean = () => true) {
  const searches: unknown[] = [];
  const pagefind: PagefindInstance = {
    options: async () => undefined,
    mergeIndex: async () => undefined,
    filters: async () => ({}),
    async search(query, options) {
      searches.push({ query, ...options });
      const part = options.filters[PART_FILTER];
      const name = typeof part === 'string' ? part : 'alla';
      if (!answer(name)) return null;
      return { results: [{ id: name, data: async () => ({}) as never }], filters: { aktor: { fohm: 1, [name]: 2 } } };
    },
  };
  return { pagefind, searches };
}

describe('the search engine', () => {
  it('searches every part at once for the best match first', async () => {
    const { pagefind, searches } = fakePagefind();
    const found = await pagefindEngine(pagefind, ['1', '2']).search('vaccin', { filters: { aktor: 'fohm' }, newestFirst: false });
    expect(searches).toEqual([{ query: 'vaccin', filters: { aktor: 'fohm', [PART_FILTER]: { any: ['1', '2'] } } }]);
    expect(found?.results.map((r) => r.id)).toEqual(['alla']);
  });

  it('asks one part at a time, newest first, for "nyast först", and adds up the counts', async () => {
    const { pagefind, searches } = fakePagefind();
    const found = await pagefindEngine(pagefind, ['1', '2']).search(null, { filters: {}, newestFirst: true });
    expect(searches).toEqual([
      { query: null, filters: { [PART_FILTER]: '1' }, sort: { [SORT_KEY]: 'desc' } },
      { query: null, filters: { [PART_FILTER]: '2' }, sort: { [SORT_KEY]: 'desc' } },
    ]);
    expect(found?.results.map((r) => r.id)).toEqual(['1', '2']);
    expect(found?.filters).toEqual({ aktor: { fohm: 2, 1: 2, 2: 2 } });
  });

  it('gives up when Pagefind gives up on any part', async () => {
    const { pagefind } = fakePagefind((part) => part !== '2');
    expect(await pagefindEngine(pagefind, ['1', '2']).search('x', { filters: {}, newestFirst: true })).toBeNull();
  });

  it('asks only the parts the chooser names, and a part no record has when it names none', async () => {
    const { pagefind, searches } = fakePagefind();
    const engine = pagefindEngine(pagefind, ['1', '2', '3'], async (query) => (query === 'inget' ? [] : ['3']));
    await engine.search('vaccin', { filters: {}, newestFirst: false });
    await engine.search('vaccin', { filters: {}, newestFirst: true });
    await engine.search('inget', { filters: {}, newestFirst: true });
    expect(searches).toEqual([
      { query: 'vaccin', filters: { [PART_FILTER]: { any: ['3'] } } },
      { query: 'vaccin', filters: { [PART_FILTER]: '3' }, sort: { [SORT_KEY]: 'desc' } },
      { query: 'inget', filters: { [PART_FILTER]: { any: [NO_PART] } } },
    ]);
  });

  it('has the chosen parts merged before it asks Pagefind', async () => {
    const { pagefind, searches } = fakePagefind();
    const steps: unknown[] = [];
    const engine = pagefindEngine(
      pagefind,
      ['1', '2', '3'],
      async () => ['2', '3'],
      async (chosen) => void steps.push({ merged: chosen, searchesBefore: searches.length }),
    );
    await engine.search('vaccin', { filters: {}, newestFirst: false });
    expect(steps).toEqual([{ merged: ['2', '3'], searchesBefore: 0 }]);
    expect(searches).toHaveLength(1);
  });

  it('adds up counts of several parts, also where a part has none', () => {
    expect(addCounts([{ amne: { a: 1 } }, undefined, { amne: { a: 2, b: 1 }, ar: { 2021: 3 } }])).toEqual({
      amne: { a: 3, b: 1 },
      ar: { 2021: 3 },
    });
  });
});

describe('å, ä and ö, decided on purpose', () => {
  it('searches exact when the query has a letter with a diacritic, written either way (NFC or NFD)', () => {
    expect(['här', 'för', 'besöksförbud', 'Besöksförbud', 'ha\u0308r', 'idé'].map(exactDiacriticsFor)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['har', 'for', 'besoksforbud', 'FoHM:s', '', null].map(exactDiacriticsFor)).toEqual([false, false, false, false, false, false]);
  });

  it('sends a query with diacritics to the exact engine, made once on the first such query, and others to the folded one', async () => {
    const engine = (name: string): SearchEngine => ({
      search: async (query) => ({ results: [{ id: `${name}:${query}`, data: async () => ({}) as never }], filters: {} }),
    });
    let made = 0;
    const both = diacriticsEngine(engine('folded'), async () => {
      made += 1;
      return engine('exact');
    });
    const ids = async (query: string | null) => (await both.search(query, { filters: {}, newestFirst: false }))?.results.map((r) => r.id);
    expect(await ids('har')).toEqual(['folded:har']);
    expect(await ids(null)).toEqual(['folded:null']);
    expect(made).toBe(0);
    expect(await ids('här')).toEqual(['exact:här']);
    expect(await ids('för')).toEqual(['exact:för']);
    expect(made).toBe(1);
  });
});
