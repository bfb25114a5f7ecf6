/**
 * The view data the templates loop over, from an index built in memory from
 * records made by hand (`test/index/records.ts`): no disk, no Eleventy.
 */
import { describe, expect, it } from 'vitest';
import type { Presenter } from '../../src/core/model.ts';
import { buildIndex } from '../../src/index/build-index.ts';
import { partsText, type TextPart } from '../../src/site/excerpt.ts';
import { AGENCY_ANSWERS, LISTING_PAGE_SIZE, pagerNumbers, toSiteData } from '../../src/site/view.ts';
import { item, longMeeting, meeting, MEETINGS, REGISTRIES } from '../index/records.ts';

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
    expect(skr.byMeeting.map((g) => [g.meeting.id, g.items.map((i) => i.item.anchor)])).toEqual([
      ['2021-03-02', ['vaccination']],
      ['2021-01-19', ['lagesrapport', 'ur-presentationen-lagesrapport']],
    ]);
  });

  it('lists years and meetings newest first, and the newest meetings for the feed', () => {
    expect(site.years.map((y) => [y.year, ids(y.meetings)])).toEqual([[2021, ['2021-03-02', '2021-01-19']], [2020, ['2020-03-10']]]);
    expect(ids(site.meetingsNewestFirst)).toEqual(['2021-03-02', '2021-01-19', '2020-03-10']);
    expect(ids(site.feedMeetings)).toEqual(['2021-03-02', '2021-01-19', '2020-03-10']);
    expect(site.feeds.map((f) => f.feedUrl)).toEqual([
      '/amnen/besoksforbud/feed.xml',
      '/amnen/vaccination/feed.xml',
      '/aktorer/fohm/feed.xml',
      '/aktorer/skr/feed.xml',
      '/personer/anna-berg/feed.xml',
      '/personer/olle-ek/feed.xml',
    ]);
  });

  it('puts every page in the sitemap but the 404 page', () => {
    expect(site.sitemap).toEqual([
      '/', '/moten/', '/amnen/', '/aktorer/', '/personer/', '/sok/', '/tillganglighetsredogorelse/', '/sa-lagger-du-till-ett-mote/', '/redaktionen-for-it/', '/om-arkivet/',
      '/moten/2020-03-10/', '/moten/2021-01-19/', '/moten/2021-03-02/',
      '/ar/2021/', '/ar/2020/',
      '/amnen/besoksforbud/', '/amnen/vaccination/',
      '/aktorer/fohm/', '/aktorer/skr/',
      '/personer/anna-berg/', '/personer/olle-ek/',
      '/fragor/', '/uppfoljning/',
    ]);
  });

  it('renders every meeting and passes the search index’s folders through', () => {
    expect(ids(site.renderMeetings)).toEqual(['2020-03-10', '2021-01-19', '2021-03-02']);
    expect(site.searchIndexes).toEqual(['pagefind/', 'pagefind/del-2/']);
  });

  it('leaves out the listings for a quick rebuild', () => {
    const quick = toSiteData(index, { listings: false, searchIndexes: [] });
    expect([quick.topicPages, quick.agencyPages, quick.personPages]).toEqual([[], [], []]);
    expect(quick.sitemap).toHaveLength(10 + 3 + 2);
    expect([quick.questionPages, quick.outcomePages]).toEqual([[], []]);
    expect(quick.topics).toHaveLength(2);
    // The menu of a quick rebuild's pages knows whether there are follow-ups, as a full build's does.
    expect(toSiteData(QA.index, { listings: false, searchIndexes: [] }).followUpCount).toBe(1);
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

  it('links each page to the previous and next, and its navigation to the first, the last and the pages near it', () => {
    expect([pages[0]!.previous, pages[0]!.next?.url]).toEqual([null, '/amnen/vaccination/sida-2/']);
    expect([pages[2]!.previous?.url, pages[2]!.next]).toEqual(['/amnen/vaccination/sida-2/', null]);
    expect(pages[1]!.nav.map((p) => p?.number ?? null)).toEqual([1, 2, 3]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 113)).toEqual([1, 2, 3, null, 113]);
    expect(pagerNumbers(50, 113)).toEqual([1, null, 48, 49, 50, 51, 52, null, 113]);
    expect(pagerNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('fills the pages newest first, across meetings', () => {
    const first = pages[0]!;
    expect(first.items.slice(19, 23).map(({ item }) => item.id)).toEqual(['2021-03-01#punkt-2', '2021-03-01#punkt-1', '2021-02-01#punkt-50', '2021-02-01#punkt-49']);
    expect(first.byMeeting.map((g) => [g.meeting.id, g.items.length, g.items[0]!.item.anchor])).toEqual([['2021-03-01', 21, 'punkt-1'], ['2021-02-01', 29, 'punkt-22']]);
    expect(pages[2]!.items.map(({ item }) => item.id).at(-1)).toBe('2021-01-01#punkt-1');
    expect(long.feeds.map((f) => [f.feedUrl, f.entries.length])).toEqual([
      ['/amnen/vaccination/feed.xml', 50],
      ['/aktorer/skr/feed.xml', 50],
      ['/personer/anna-berg/feed.xml', 50],
    ]);
  });
});

/** The parts with marked words in [brackets]. */
const show = (parts: readonly TextPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

const PLACE = { line: 1, column: 1 };
const ANNA: Presenter = { name: 'Anna Berg', personId: 'anna-berg', agencyId: 'skr' };
const OLLE: Presenter = { name: 'Olle Ek', personId: 'olle-ek', agencyId: 'fohm' };

/** The small archive and a meeting with questions, answers and outcomes on 2021-04-13, and one of questions only on 2021-05-04. */
const QA = toSiteData(
  buildIndex(
    [
      ...MEETINGS,
      meeting('2021-04-13', [
        item('13-ovriga-fragor', '13. Övriga frågor', [], ['besoksforbud'], {
          text: 'Hur hantera besök? #\n\nFoHM: Besök på rummet går bra.\n\nBeslut: Vi följer råden.\n\nVem betalar? #\n\nOklart.',
          questions: [
            {
              anchor: 'hur-hantera-besok',
              text: 'Hur hantera besök?',
              answeringAgencyIds: ['fohm'],
              answerText: 'FoHM: Besök på rummet går bra.\n\nBeslut: Vi följer råden.',
              topicIds: ['besoksforbud'],
              place: PLACE,
            },
            { anchor: 'vem-betalar', text: 'Vem betalar?', answeringAgencyIds: [], answerText: 'Oklart.', topicIds: [], place: PLACE },
          ],
          answeringAgencyIds: ['fohm'],
          outcomes: [
            { kind: 'decision', text: 'Vi följer råden.', anchor: 'hur-hantera-besok' },
            { kind: 'follow-up', text: 'Tas upp igen i maj.', anchor: '13-ovriga-fragor' },
          ],
        }),
        item('rapport', 'Rapport', [ANNA], ['vaccination'], {
          text: 'SKR rapporterar. Folkhälsomyndigheten instämmer i bilden av vaccinet.',
          answeringAgencyIds: ['fohm'],
        }),
        item('vaccin', 'Vaccin', [OLLE], ['vaccination'], { text: 'FoHM: Vaccinet fungerar.', answeringAgencyIds: ['fohm'] }),
      ]),
      meeting('2021-05-04', [
        item('fragor', 'Frågor', [], ['vaccination'], {
          text: 'När kommer vaccinet? #\n\nSKR och FoHM vet inte.\n\nIVO: Vi granskar inte vaccinet.',
          questions: [{ anchor: 'nar-kommer-vaccinet', text: 'När kommer vaccinet?', answeringAgencyIds: ['fohm', 'skr'], answerText: 'SKR och FoHM vet inte.', topicIds: ['vaccination'], place: PLACE }],
          answeringAgencyIds: ['fohm', 'skr', 'ivo'],
        }),
      ]),
    ],
    REGISTRIES,
  ),
  { searchIndexes: [] },
);

describe('questions and answers', () => {
  it('lists every question, newest meeting first, each meeting’s in the order of its minutes, with answering agencies and its own topics', () => {
    const [all, ...rest] = QA.questionPages;
    expect(all).toMatchObject({ kind: 'all', url: '/fragor/', number: 1, pageCount: 1, total: 3, topic: null, agency: null });
    expect(all!.questions.map((q) => [q.question.id, q.agencies.map((a) => a.id), q.topics.map((t) => t.id)])).toEqual([
      ['2021-05-04#nar-kommer-vaccinet', ['fohm', 'skr'], ['vaccination']],
      ['2021-04-13#hur-hantera-besok', ['fohm'], ['besoksforbud']],
      ['2021-04-13#vem-betalar', [], []],
    ]);
    expect(rest.map((p) => [p.kind, p.url, p.questions.map((q) => q.question.anchor)])).toEqual([
      ['topic', '/fragor/amnen/besoksforbud/', ['hur-hantera-besok']],
      ['topic', '/fragor/amnen/vaccination/', ['nar-kommer-vaccinet']],
      ['agency', '/fragor/aktorer/fohm/', ['nar-kommer-vaccinet', 'hur-hantera-besok']],
      ['agency', '/fragor/aktorer/skr/', ['nar-kommer-vaccinet']],
    ]);
    expect(QA.questionTopics.map((f) => [f.entry.id, f.count, f.url])).toEqual([
      ['besoksforbud', 1, '/fragor/amnen/besoksforbud/'],
      ['vaccination', 1, '/fragor/amnen/vaccination/'],
    ]);
    expect(QA.questionAgencies.map((f) => [f.entry.id, f.count])).toEqual([
      ['fohm', 2],
      ['skr', 1],
    ]);
    expect(QA.questionCount).toBe(3);
    expect(QA.questionTopicsById.besoksforbud?.url).toBe('/fragor/amnen/besoksforbud/');
  });

  it('shows the answer’s first sentences, the answering agencies’ names marked', () => {
    const answers = QA.questionPages[0]!.questions.map((q) => show(q.answer));
    expect(answers).toEqual(['[SKR] och [FoHM] vet inte.', '[FoHM]: Besök på rummet går bra. Beslut: Vi följer råden.', 'Oklart.']);
  });

  it('has a first page when there are no questions at all, and none for a topic or agency without', () => {
    expect(site.questionPages.map((p) => [p.url, p.total])).toEqual([['/fragor/', 0]]);
    expect([site.questionTopics, site.questionAgencies]).toEqual([[], []]);
  });

  it('pages a long listing 50 at a time', () => {
    const many = meeting('2021-06-01', [
      item('fragor', 'Frågor', [], [], {
        questions: Array.from({ length: 51 }, (_, i) => ({ anchor: `q${i}`, text: `Fråga ${i}?`, answeringAgencyIds: [], answerText: '', topicIds: [], place: PLACE })),
      }),
    ]);
    const long = toSiteData(buildIndex([many], REGISTRIES), { searchIndexes: [] });
    expect(long.questionPages.map((p) => [p.url, p.questions.length, p.number, p.pageCount])).toEqual([
      ['/fragor/', LISTING_PAGE_SIZE, 1, 2],
      ['/fragor/sida-2/', 1, 2, 2],
    ]);
  });
});

describe('an agency’s answers', () => {
  it('are the questions it answered, newest first, the passage naming it marked, apart from what it presented', () => {
    const fohm = QA.agencyAnswers.fohm!;
    expect(fohm.questions.map((q) => [q.question.id, show(q.answer)])).toEqual([
      ['2021-05-04#nar-kommer-vaccinet', 'SKR och [FoHM] vet inte.'],
      ['2021-04-13#hur-hantera-besok', '[FoHM]: Besök på rummet går bra. Beslut: Vi följer råden.'],
    ]);
    expect([fohm.questionTotal, fohm.questionsUrl]).toEqual([2, '/fragor/aktorer/fohm/']);
    expect(AGENCY_ANSWERS).toBe(10);
  });

  it('and the items it answered in that it did not present and whose questions it did not answer, with the passage naming it', () => {
    const fohm = QA.agencyAnswers.fohm!;
    expect(fohm.items.map((entry) => [entry.item.id, show(entry.excerpt)])).toEqual([['2021-04-13#rapport', '[Folkhälsomyndigheten] instämmer i bilden av vaccinet.']]);
    expect(fohm.itemTotal).toBe(1);
    expect(QA.agencyAnswers.skr).toMatchObject({ questionTotal: 1, itemTotal: 0 });
    expect(QA.agencyAnswers.arbetsmiljo).toBeUndefined();
  });
});

describe('an agency that answered', () => {
  it('counts the items it presented or answered in, as the search’s agency filter does', () => {
    expect(QA.agencies.map((c) => [c.entry.id, c.count])).toEqual([
      ['fohm', 7],
      ['ivo', 1],
      ['skr', 5],
    ]);
  });

  it('has a page, with its answers, also when it presented nothing', () => {
    expect(QA.agencyPages.filter((p) => p.entry.id === 'ivo').map((p) => [p.url, p.total, p.items])).toEqual([['/aktorer/ivo/', 0, []]]);
    expect(QA.agencyAnswers.ivo!.items.map((e) => [e.item.id, show(e.excerpt)])).toEqual([['2021-05-04#fragor', '[IVO]: Vi granskar inte vaccinet.']]);
    expect(QA.sitemap).toContain('/aktorer/ivo/');
  });
});

describe('the feeds of “Följ”', () => {
  const feed = (url: string) => QA.feeds.find((f) => f.feedUrl === url)!;

  it('give an agency what it presented and what it answered in, each once, newest meeting first, each meeting’s in the order of the minutes', () => {
    const fohm = feed('/aktorer/fohm/feed.xml');
    expect([fohm.name, fohm.url, fohm.description]).toEqual([
      'Folkhälsomyndigheten (FoHM)',
      '/aktorer/fohm/',
      'Det som Folkhälsomyndigheten (FoHM) har föredragit och svarat på, det senaste först.',
    ]);
    expect(fohm.entries.map((e) => e.item.id)).toEqual([
      '2021-05-04#fragor',
      '2021-04-13#13-ovriga-fragor',
      '2021-04-13#rapport',
      '2021-04-13#vaccin',
      '2021-03-02#vaccination',
      '2021-01-19#besoksforbud',
      '2020-03-10#besoksforbud',
    ]);
    // The passage is the one naming the agency, as on its page.
    expect(show(fohm.entries[2]!.excerpt)).toBe('[Folkhälsomyndigheten] instämmer i bilden av vaccinet.');
  });

  it('name in each entry who presented, for which agency, and who answered besides', () => {
    const rapport = feed('/aktorer/fohm/feed.xml').entries[2]!;
    expect(rapport.meeting.id).toBe('2021-04-13');
    expect(rapport.presenters).toEqual(['Anna Berg, Sveriges Kommuner och Regioner (SKR)']);
    expect(rapport.answeredBy.map((a) => a.name)).toEqual(['Folkhälsomyndigheten (FoHM)']);
    expect(rapport.agencies.map((a) => a.id)).toEqual(['skr', 'fohm']);
    const vaccination = feed('/amnen/vaccination/feed.xml').entries.find((e) => e.item.id === '2021-03-02#vaccination')!;
    expect(vaccination.presenters).toEqual(['Olle Ek, Folkhälsomyndigheten (FoHM)', 'Anna Berg, Sveriges Kommuner och Regioner (SKR)']);
    expect(vaccination.answeredBy).toEqual([]);
  });

  it('give a person the items they presented, newest first, with their openings', () => {
    const olle = feed('/personer/olle-ek/feed.xml');
    expect([olle.name, olle.url]).toEqual(['Olle Ek', '/personer/olle-ek/']);
    expect(olle.entries.map((e) => e.item.id)).toEqual(['2021-04-13#vaccin', '2021-03-02#vaccination', '2021-01-19#besoksforbud', '2020-03-10#besoksforbud']);
    expect(show(olle.entries[0]!.excerpt)).toBe('FoHM: Vaccinet fungerar.');
  });

  it('give an agency that only answered a feed too', () => {
    expect(feed('/aktorer/ivo/feed.xml').entries.map((e) => e.item.id)).toEqual(['2021-05-04#fragor']);
  });
});

describe('decisions and follow-ups', () => {
  it('are listed at the top of their meeting in the order of the minutes, each with its place', () => {
    const outcomes = QA.meetingPages['2021-04-13']!.outcomes;
    expect(outcomes.map((o) => [o.label, o.text, o.anchor, o.url, o.question?.anchor ?? null])).toEqual([
      ['Beslut', 'Vi följer råden.', 'hur-hantera-besok', '/moten/2021-04-13/#hur-hantera-besok', 'hur-hantera-besok'],
      ['Uppföljning', 'Tas upp igen i maj.', '13-ovriga-fragor', '/moten/2021-04-13/#13-ovriga-fragor', null],
    ]);
    expect(QA.meetingPages['2021-01-19']!.outcomes).toEqual([]);
  });

  it('are listed across meetings, newest first, on a page that exists when there are none', () => {
    expect(QA.outcomePages.map((p) => [p.url, p.total, p.outcomes.map((o) => `${o.meeting.id} ${o.label}`)])).toEqual([
      ['/uppfoljning/', 2, ['2021-04-13 Beslut', '2021-04-13 Uppföljning']],
    ]);
    expect(site.outcomePages.map((p) => [p.url, p.total])).toEqual([['/uppfoljning/', 0]]);
    expect(QA.outcomeCount).toBe(2);
    expect([QA.followUpCount, site.followUpCount]).toEqual([1, 0]);
  });
});

describe('a meeting page', () => {
  it('numbers an item only when its title does not start with its own number, and lists its questions for the agenda', () => {
    const page = QA.meetingPages['2021-04-13']!;
    expect(page.agenda.map((s) => [s.tocLabel, s.number, s.questions])).toEqual([
      [
        '13. Övriga frågor',
        null,
        [
          { anchor: 'hur-hantera-besok', label: 'Hur hantera besök?' },
          { anchor: 'vem-betalar', label: 'Vem betalar?' },
        ],
      ],
      ['Rapport', 2, []],
      ['Vaccin', 3, []],
    ]);
    expect(site.meetingPages['2021-01-19']!.presentations.map((s) => s.number)).toEqual([null]);
  });

  it('knows whether the title gives the date, for lists that print it once', () => {
    expect(site.meetingTitles).toEqual({});
    const titled = toSiteData(buildIndex([{ ...meeting('2021-03-02', []), title: 'Socialchefsnätverket 2 mars 2021' }], REGISTRIES), { searchIndexes: [] });
    expect(titled.meetingTitles['2021-03-02']).toEqual({ before: 'Socialchefsnätverket ', date: '2 mars 2021', after: '' });
  });
});

describe('excerpts in listings and a topic’s history', () => {
  it('mark a topic’s signal words on its page, an agency’s names on its page, and show the opening on a person’s', () => {
    const topic = QA.topicPages.find((p) => p.entry.id === 'besoksforbud')!;
    expect(show(topic.items[0]!.excerpt)).toBe('Hur hantera besök? FoHM: Besök på rummet går bra. Beslut: Vi följer råden. Vem betalar? Oklart.');
    expect(show(topic.items.find((e) => e.item.id === '2021-01-19#besoksforbud')!.excerpt)).toBe('[Besöksförbud]: texten om besoksforbud.');
    const fohm = QA.agencyPages.find((p) => p.entry.id === 'fohm')!;
    expect(show(fohm.items.find((e) => e.item.id === '2021-04-13#vaccin')!.excerpt)).toBe('[FoHM]: Vaccinet fungerar.');
    const anna = QA.personPages.find((p) => p.entry.id === 'anna-berg')!;
    expect(anna.items[0]!.excerpt).toEqual([{ text: 'SKR rapporterar. Folkhälsomyndigheten instämmer i bilden av vaccinet.', mark: false }]);
    expect(partsText(QA.feeds[0]!.entries[0]!.excerpt)).toContain('Hur hantera besök?');
  });

  it('give each topic a chart to the archive’s newest meeting and its newest item', () => {
    const history = QA.topicHistories.vaccination!;
    expect(history.latest.item.id).toBe('2021-05-04#fragor');
    expect(history.chart.bars.filter((b) => b.count).map((b) => [b.label, b.count])).toEqual([
      ['januari 2021', 2],
      ['mars 2021', 1],
      ['april 2021', 2],
      ['maj 2021', 1],
    ]);
    expect(QA.topicHistories.besoksforbud!.chart.unit).toBe('månad');
    expect(QA.topicHistories.arbetsmiljo).toBeUndefined();
  });
});
