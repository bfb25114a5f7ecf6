/**
 * The view data the templates loop over, from an index built in memory from
 * records made by hand (`test/index/records.ts`): no disk, no Eleventy.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.ts';
import { LISTING_PAGE_SIZE, toSiteData } from '../../src/site/view.ts';
import { longMeeting, MEETINGS, REGISTRIES } from '../index/records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);
const site = toSiteData(index, { searchIndexes: ['pagefind/', 'pagefind/del-2/'] });
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('the view data of a small archive', () => {
  it('has lookups by id, and the year of every meeting', () => {
    expect(Object.keys(site.meetingsById)).toEqual(['2020-03-10', '2021-01-19', '2021-03-02']);
    expect(site.itemsById['2021-01-19#diskussion']?.title).toBe('Diskussion');
    expect(site.agenciesById.fohm?.shortName).toBe('FoHM');
    expect(site.peopleById['olle-ek']?.name).toBe('Olle Ek');
    expect(site.topicsById.arbetsmiljo?.name).toBe('Arbetsmiljö');
    expect(site.yearsById['2020']?.url).toBe('/ar/2020/');
  });

  it('gives each meeting page its agenda, its slide text under its short label, and every section agenda first', () => {
    const page = site.meetingPages['2021-01-19']!;
    expect(page.agenda.map((s) => [s.item.anchor, s.tocLabel])).toEqual([
      ['lagesrapport', 'Lägesrapport'],
      ['besoksforbud', 'Besöksförbud'],
      ['diskussion', 'Diskussion'],
    ]);
    expect(page.presentations.map((s) => [s.item.anchor, s.tocLabel])).toEqual([['ur-presentationen-lagesrapport', 'Lägesrapport']]);
    // The slide text stands third in the minutes and last on the page.
    expect(page.sections.map((s) => s.item.anchor)).toEqual(['lagesrapport', 'besoksforbud', 'diskussion', 'ur-presentationen-lagesrapport']);
    expect(site.meetingPages['2020-03-10']!.presentations).toEqual([]);
  });

  it('counts items for topics, agencies and people, leaving out those without', () => {
    expect(site.topics.map((c) => [c.entry.id, c.count])).toEqual([['besoksforbud', 4], ['vaccination', 3]]);
    expect(site.agencies.map((c) => [c.entry.id, c.count])).toEqual([['fohm', 3], ['skr', 3]]);
    expect(site.people.map((c) => [c.entry.id, c.count])).toEqual([['anna-berg', 3], ['olle-ek', 3]]);
  });

  it('shows an agency’s items meeting by meeting, newest meeting first, each meeting’s in the order of the minutes', () => {
    const skr = site.agencyPages.find((p) => p.entry.id === 'skr')!;
    expect(skr.byMeeting.map((g) => [g.meeting.id, g.items.map((i) => i.anchor)])).toEqual([
      ['2021-03-02', ['vaccination']],
      ['2021-01-19', ['lagesrapport', 'ur-presentationen-lagesrapport']],
    ]);
  });

  it('lists years and meetings newest first, and the newest meetings for the feed', () => {
    expect(site.years.map((y) => [y.year, ids(y.meetings)])).toEqual([[2021, ['2021-03-02', '2021-01-19']], [2020, ['2020-03-10']]]);
    expect(ids(site.meetingsNewestFirst)).toEqual(['2021-03-02', '2021-01-19', '2020-03-10']);
    expect(ids(site.feedMeetings)).toEqual(['2021-03-02', '2021-01-19', '2020-03-10']);
    expect(site.topicFeeds.map((p) => p.entry.feedUrl)).toEqual(['/amnen/besoksforbud/feed.xml', '/amnen/vaccination/feed.xml']);
  });

  it('puts every page in the sitemap but the 404 page', () => {
    expect(site.sitemap).toEqual([
      '/', '/moten/', '/amnen/', '/aktorer/', '/personer/', '/sok/', '/tillganglighetsredogorelse/', '/sa-lagger-du-till-ett-mote/', '/om-arkivet/',
      '/moten/2020-03-10/', '/moten/2021-01-19/', '/moten/2021-03-02/',
      '/ar/2021/', '/ar/2020/',
      '/amnen/besoksforbud/', '/amnen/vaccination/',
      '/aktorer/fohm/', '/aktorer/skr/',
      '/personer/anna-berg/', '/personer/olle-ek/',
    ]);
  });

  it('renders every meeting and passes the search index’s folders through', () => {
    expect(ids(site.renderMeetings)).toEqual(['2020-03-10', '2021-01-19', '2021-03-02']);
    expect(site.searchIndexes).toEqual(['pagefind/', 'pagefind/del-2/']);
  });

  it('leaves out the listings for a quick rebuild', () => {
    const quick = toSiteData(index, { listings: false, searchIndexes: [] });
    expect([quick.topicPages, quick.agencyPages, quick.personPages]).toEqual([[], [], []]);
    expect(quick.sitemap).toHaveLength(9 + 3 + 2);
    expect(quick.topics).toHaveLength(2);
  });
});

describe('the listing pages of a long list', () => {
  // 21 + 50 + 50 items on Vaccination, all by Anna Berg: three pages of 50, 50 and 21.
  const long = toSiteData(buildIndex([longMeeting('2021-01-01', 50), longMeeting('2021-02-01', 50), longMeeting('2021-03-01', 21)], REGISTRIES), { searchIndexes: ['pagefind/'] });
  const pages = long.topicPages.filter((p) => p.entry.id === 'vaccination');

  it('shows 50 items a page, the first page at the entry’s URL and the others at sida-2/, sida-3/', () => {
    expect(LISTING_PAGE_SIZE).toBe(50);
    expect(pages.map((p) => [p.number, p.url, p.items.length, p.total, p.pageCount])).toEqual([
      [1, '/amnen/vaccination/', 50, 121, 3],
      [2, '/amnen/vaccination/sida-2/', 50, 121, 3],
      [3, '/amnen/vaccination/sida-3/', 21, 121, 3],
    ]);
    expect(pages[0]!.pages).toEqual([
      { number: 1, url: '/amnen/vaccination/' },
      { number: 2, url: '/amnen/vaccination/sida-2/' },
      { number: 3, url: '/amnen/vaccination/sida-3/' },
    ]);
    expect(long.personPages.map((p) => p.url)).toEqual(['/personer/anna-berg/', '/personer/anna-berg/sida-2/', '/personer/anna-berg/sida-3/']);
  });

  it('fills the pages newest first, across meetings', () => {
    const first = pages[0]!;
    expect(first.items.slice(19, 23).map(({ item }) => item.id)).toEqual(['2021-03-01#punkt-2', '2021-03-01#punkt-1', '2021-02-01#punkt-50', '2021-02-01#punkt-49']);
    expect(first.byMeeting.map((g) => [g.meeting.id, g.items.length, g.items[0]!.anchor])).toEqual([['2021-03-01', 21, 'punkt-1'], ['2021-02-01', 29, 'punkt-22']]);
    expect(pages[2]!.items.map(({ item }) => item.id).at(-1)).toBe('2021-01-01#punkt-1');
    expect(long.topicFeeds.map((p) => [p.entry.id, p.number, p.items.length])).toEqual([['vaccination', 1, 50]]);
  });
});
