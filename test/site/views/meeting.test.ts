/** A meeting's page: its sections, numbers, agenda questions and outcomes, which pages are made, and a title's date. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId, itemResolver } from '../../../src/site/views/items.ts';
import { AGENDA_QUESTION_LENGTH, creditedHtml, hasOwnNumber, meetingPage, meetingPages, meetingTitles, titleDate } from '../../../src/site/views/meeting.ts';
import { item, meeting, MEETINGS, REGISTRIES } from '../../index/records.ts';

const PLACE = { line: 1, column: 1 };
const LONG_QUESTION = `Hur ska kommunerna ${'planera och organisera '.repeat(8)}besöken?`;
const index = buildIndex(
  [
    ...MEETINGS,
    { ...meeting('2021-04-13', [
      item('2-1-lagesrapport', '2.1 Lägesrapport', [], ['vaccination'], {
        questions: [{ anchor: 'lang-fraga', text: LONG_QUESTION, answeringAgencyIds: [], answerText: 'Svar.', topicIds: [], place: PLACE }],
        outcomes: [
          { kind: 'follow-up', text: 'Tas upp i maj.', anchor: 'lang-fraga' },
          { kind: 'decision', text: 'Rapporten godkändes.', anchor: '2-1-lagesrapport' },
        ],
      }),
    ]), title: 'Socialchefsnätverket 13 april 2021' },
  ],
  REGISTRIES,
);
const resolve = itemResolver(byId(index.items), byId(index.meetings));

describe('a meeting page', () => {
  it('says under each question an agency answered who answered it, each agency a link to its page', () => {
    const asked = buildIndex(
      [
        meeting('2021-05-04', [
          item('fragor', 'Frågor', [], [], {
            html: '<h3 id="nar">När? <a href="#nar" class="anchor-link">#</a></h3>\n<p>FoHM och SKR: Snart.</p>\n<h3 id="vem">Vem?</h3>\n<p>Oklart.</p>',
            questions: [
              { anchor: 'nar', text: 'När?', answeringAgencyIds: ['fohm', 'skr'], answerText: 'FoHM och SKR: Snart.', topicIds: [], place: PLACE },
              { anchor: 'vem', text: 'Vem?', answeringAgencyIds: [], answerText: 'Oklart.', topicIds: [], place: PLACE },
            ],
          }),
        ]),
      ],
      REGISTRIES,
    );
    const html = creditedHtml(asked.items[0]!, byId(asked.agencies));
    expect(html).toBe(
      '<h3 id="nar">När? <a href="#nar" class="anchor-link">#</a></h3>\n<p class="answered-by">Svar från <a href="/aktorer/fohm/">FoHM</a>, <a href="/aktorer/skr/">SKR</a></p>\n<p>FoHM och SKR: Snart.</p>\n<h3 id="vem">Vem?</h3>\n<p>Oklart.</p>',
    );
    const pages = meetingPages(asked.meetings, itemResolver(byId(asked.items), byId(asked.meetings)), { listings: true }, byId(asked.agencies));
    expect(pages['2021-05-04']!.sections[0]!.html).toBe(html);
  });

  it('has the agenda items in the order of the minutes, then the slide text under its short label', () => {
    const page = meetingPages(index.meetings, resolve, { listings: true })['2021-01-19']!;
    expect(page.sections.map((s) => [s.tocLabel, s.number])).toEqual([
      ['Lägesrapport', 1],
      ['Besöksförbud', 2],
      ['Diskussion', 3],
      ['Lägesrapport', null],
    ]);
    expect(page.presentations.map((s) => s.item.title)).toEqual(['Ur presentationen: Lägesrapport']);
  });

  it('does not number an item whose title has its own number, and shortens a long question in the agenda', () => {
    const page = meetingPages(index.meetings, resolve, { listings: true })['2021-04-13']!;
    const [section] = page.agenda;
    expect(section!.number).toBeNull();
    expect(section!.questions[0]!.anchor).toBe('lang-fraga');
    const label = section!.questions[0]!.label;
    expect(label).toMatch(/\S …$/);
    expect(label.length).toBeLessThanOrEqual(AGENDA_QUESTION_LENGTH + 2);
    expect(LONG_QUESTION.startsWith(label.slice(0, -2))).toBe(true);
  });

  it('lists its outcomes in the order of the minutes, each with its label, its place and the question it stands under', () => {
    const page = meetingPages(index.meetings, resolve, { listings: true })['2021-04-13']!;
    expect(page.outcomes.map((o) => [o.label, o.text, o.anchor, o.question?.anchor ?? null, o.meeting.id])).toEqual([
      ['Uppföljning', 'Tas upp i maj.', 'lang-fraga', 'lang-fraga', '2021-04-13'],
      ['Beslut', 'Rapporten godkändes.', '2-1-lagesrapport', null, '2021-04-13'],
    ]);
  });

  it('has no outcomes without its meeting', () => {
    const page = meetingPage(resolve(index.meetings.at(-1)!.itemIds).map(({ item }) => item));
    expect([page.agenda.length, page.outcomes]).toEqual([1, []]);
  });
});

describe('the meeting pages made', () => {
  it('are every meeting’s, or with the listings left out only the meetings asked for (a quick rebuild)', () => {
    expect(Object.keys(meetingPages(index.meetings, resolve, { listings: true }))).toEqual(['2020-03-10', '2021-01-19', '2021-03-02', '2021-04-13']);
    expect(Object.keys(meetingPages(index.meetings, resolve, { listings: false, meetingIds: ['2021-03-02'] }))).toEqual(['2021-03-02']);
    // The outcome listing needs every meeting's page.
    expect(Object.keys(meetingPages(index.meetings, resolve, { listings: true, meetingIds: ['2021-03-02'] }))).toHaveLength(4);
  });
});

describe('the titles that give their date', () => {
  it('are split around it, by meeting id; others are left out', () => {
    expect(meetingTitles(index.meetings)).toEqual({ '2021-04-13': { before: 'Socialchefsnätverket ', date: '13 april 2021', after: '' } });
  });
});

describe('a title’s date', () => {
  it('is found as the Swedish date of the meeting, however it is written', () => {
    expect(titleDate('Socialchefsnätverket 2 mars 2021', '2021-03-02')).toEqual({ before: 'Socialchefsnätverket ', date: '2 mars 2021', after: '' });
    expect(titleDate('Extramöte 02 Mars 2021 (digitalt)', '2021-03-02')).toEqual({ before: 'Extramöte ', date: '02 Mars 2021', after: ' (digitalt)' });
    expect(titleDate('Möte den 2. mars 2021', '2021-03-02')?.date).toBe('2. mars 2021');
  });

  it('is not found when the title gives another date, part of it, or none', () => {
    expect(titleDate('Socialchefsnätverket 12 mars 2021', '2021-03-02')).toBeUndefined();
    expect(titleDate('Socialchefsnätverket 2 mars', '2021-03-02')).toBeUndefined();
    expect(titleDate('Socialchefsnätverket 2 mars 20211', '2021-03-02')).toBeUndefined();
    expect(titleDate('Extramöte om vaccin', '2021-03-02')).toBeUndefined();
  });
});

describe('an item’s own number', () => {
  it('is a number of one to three digits followed by a full stop, a parenthesis, a colon or a sub-number', () => {
    for (const title of ['13. Budget', '13.i.e Övrigt', '4) Övrigt', '2.1 Läget', '7: Frågor']) expect(hasOwnNumber(title), title).toBe(true);
    for (const title of ['2021 års budget', '3 frågor om vaccin', 'Besöksförbud', 'Covid-19']) expect(hasOwnNumber(title), title).toBe(false);
  });
});
