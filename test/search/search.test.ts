/**
 * The search records of an index built in memory, and the search index in
 * parts: how a large archive's records are split, and the word list each part
 * gets (pure functions of src/search/search.ts; the browser test searches a
 * site built in parts).
 */
import { describe, expect, it } from 'vitest';
import { PART_FILTER } from '../../src/core/search-contract.ts';
import { buildIndex } from '../../src/index/build-index.ts';
import {
  questionStarts,
  type SearchRecord,
  searchRecords,
  searchShardDirs,
  searchShards,
  vocabularyRecords,
} from '../../src/search/search.ts';
import type { ArchiveIndex } from '../../src/core/index-schema.ts';
import { MEETINGS, REGISTRIES } from '../index/records.ts';

function record(n: number, date: string, content: string): SearchRecord {
  return {
    url: `/moten/${date}/#punkt-${n}`,
    content,
    language: 'sv',
    meta: { title: `Punkt ${n}` },
    filters: { ar: [date.slice(0, 4)] },
    sort: { datum: date },
  };
}

describe('searchRecords', () => {
  const records = searchRecords(buildIndex(MEETINGS, REGISTRIES), '/arkiv/');
  const byUrl = (url: string) => records.find((r) => r.url === url)!;

  it('makes one record per item, its URL under the path prefix', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/arkiv/moten/2020-03-10/#besoksforbud',
      '/arkiv/moten/2021-01-19/#lagesrapport',
      '/arkiv/moten/2021-01-19/#besoksforbud',
      '/arkiv/moten/2021-01-19/#ur-presentationen-lagesrapport',
      '/arkiv/moten/2021-01-19/#diskussion',
      '/arkiv/moten/2021-03-02/#vaccination',
      '/arkiv/moten/2021-03-02/#ovriga-fragor',
    ]);
  });

  it('gives the text first, then after the separator the title, who presented and every name of the agencies', () => {
    const record = byUrl('/arkiv/moten/2021-01-19/#besoksforbud');
    expect(record.content).toBe(
      'Besöksförbud: texten om besoksforbud.\n⁂ Besöksförbud\n⁂ Olle Ek, FoHM\n⁂ Folkhälsomyndigheten\n⁂ FoHM\n⁂ Folkhälsan',
    );
    expect(record.meta).toEqual({
      title: 'Besöksförbud',
      meeting: 'Socialchefsnätverket 2021-01-19',
      date: '2021-01-19',
      presenters: 'Olle Ek, FoHM',
      kind: 'agenda',
      excerpt: 'Besöksförbud: texten om besoksforbud.',
    });
    expect(byUrl('/arkiv/moten/2021-01-19/#diskussion').meta.presenters).toBe('nätverket');
  });

  it('filters by the URL parameters’ names and sorts by date', () => {
    expect(byUrl('/arkiv/moten/2021-03-02/#vaccination')).toMatchObject({
      language: 'sv',
      filters: { amne: ['vaccination'], aktor: ['fohm', 'skr'], person: ['olle-ek', 'anna-berg'], ar: ['2021'] },
      sort: { datum: '2021-03-02' },
    });
  });
});

describe('searchShardDirs', () => {
  it('keeps a small archive in one index at pagefind/', () => {
    expect(searchShardDirs(0)).toEqual(['pagefind/']);
    expect(searchShardDirs(10_000)).toEqual(['pagefind/']);
  });

  it('adds a part for every further shard size of records', () => {
    expect(searchShardDirs(10_001)).toEqual(['pagefind/', 'pagefind/del-2/']);
    expect(searchShardDirs(9, 4)).toEqual(['pagefind/', 'pagefind/del-2/', 'pagefind/del-3/']);
  });
});

describe('searchShards', () => {
  // Out of date order on purpose: the parts must be by date all the same.
  const records = [
    record(1, '2020-05-01', 'a'),
    record(2, '2021-01-19', 'b'),
    record(3, '2019-03-02', 'c'),
    record(4, '2021-03-02', 'd'),
    record(5, '2020-09-09', 'e'),
  ];

  it('splits the records into parts of equal size, newest first, and loses none', () => {
    const shards = searchShards(records, 2);
    expect(shards.map((s) => s.dir)).toEqual(['pagefind/', 'pagefind/del-2/', 'pagefind/del-3/']);
    expect(shards.map((s) => s.records.map((r) => r.sort.datum))).toEqual([
      ['2021-03-02', '2021-01-19'],
      ['2020-09-09', '2020-05-01'],
      ['2019-03-02'],
    ]);
  });

  it('names each record’s part in a filter, keeping its own filters', () => {
    const shards = searchShards(records, 2);
    expect(shards[1]!.records[0]!.filters).toEqual({ ar: ['2020'], [PART_FILTER]: ['2'] });
    expect(records[0]!.filters).toEqual({ ar: ['2020'] });
  });
});

describe('vocabularyRecords', () => {
  it('gives no word list to an index in one part', () => {
    expect(vocabularyRecords(searchShards([record(1, '2021-01-19', 'besöksförbud')]))).toEqual([]);
  });

  it('gives every part every word of the archive, without a part filter, so it is never a result', () => {
    const shards = searchShards([record(1, '2021-01-19', 'besöksförbud på säbo'), record(2, '2020-01-01', 'besök av anhöriga')], 1);
    const lists = vocabularyRecords(shards, '/arkiv/');
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      expect(list.content.split(' ').sort()).toEqual(['anhöriga', 'av', 'besök', 'besöksförbud', 'på', 'säbo']);
      expect(list.filters).toEqual({});
      expect(list.url).toMatch(/^\/arkiv\/sok\/#ordlista-\d$/);
    }
  });
});

describe('a meeting’s introduction', () => {
  it('is searchable: text before the first item, or a whole meeting without headings, gets a record of its own', () => {
    const withIntro = MEETINGS.map((m, i) =>
      i === 0 ? { ...m, introHtml: '<p>Mötet öppnades av ordföranden.</p>', introText: 'Mötet öppnades av ordföranden.' } : m,
    );
    const records = searchRecords(buildIndex(withIntro, REGISTRIES));
    const intro = records.filter((r) => r.meta.kind === 'intro');
    expect(intro.map((r) => [r.url, r.content.split('\n')[0], r.meta.excerpt])).toEqual([
      [`/moten/${withIntro[0]!.date}/`, 'Mötet öppnades av ordföranden.', 'Mötet öppnades av ordföranden.'],
    ]);
    expect(intro[0]?.filters.ar).toEqual([withIntro[0]!.date.slice(0, 4)]);
  });
});

describe('agency names added for search', () => {
  it('leaves out an alias that the minutes also use as an ordinary word, so that the word does not find all the agency’s items', () => {
    const registries = {
      ...REGISTRIES,
      agencies: REGISTRIES.agencies.map((a) => (a.id === 'fohm' ? { ...a, aliases: ['Folkhälsan', 'Texten'] } : a)),
    };
    const records = searchRecords(buildIndex(MEETINGS, registries));
    const fohm = records.filter((r) => r.filters.aktor?.includes('fohm'));
    expect(fohm.length).toBeGreaterThan(0);
    for (const record of fohm) {
      const added = record.content.split('⁂').slice(1).join('⁂');
      expect(added).toContain('Folkhälsomyndigheten');
      expect(added).toContain('Folkhälsan');
      // "texten" is an ordinary word of the items' text ("…: texten om …").
      expect(added).not.toContain('Texten');
    }
  });
});

describe('where questions start in an item’s text', () => {
  it('is given as word positions, as Pagefind counts words, so a match can land on its question', () => {
    const item = {
      text: 'Inledning om vaccin.\n\nFår man kramas?\n\nFoHM: Ja, om man är vaccinerad.\n\nHur går det med munskydden?\n\nBra.',
      questions: [
        { anchor: 'far-man-kramas', text: 'Får man kramas?' },
        { anchor: 'hur-gar-det', text: 'Hur går det med munskydden?' },
      ],
    } as unknown as ArchiveIndex['items'][number];
    expect(questionStarts(item)).toBe('3:far-man-kramas;12:hur-gar-det');
  });
});
