/** An agency's pages: what it presented or answered counts, what it answered is kept apart, and its other names once each. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import {
  AGENCY_ANSWERS,
  agencyAliases,
  agencyAnswers,
  agencyCounts,
  agencyMatchers,
  agencyPages,
  aliasList,
} from '../../../src/site/views/agency.ts';
import { byId, itemResolver } from '../../../src/site/views/items.ts';
import { listQuestions, questionListings } from '../../../src/site/views/questions.ts';
import { item, meeting, MEETINGS, REGISTRIES } from '../../index/records.ts';

const PLACE = { line: 1, column: 1 };
const index = buildIndex(
  [
    ...MEETINGS,
    meeting('2021-05-04', [
      item('fragor', 'Frågor', [], ['vaccination'], {
        text: 'Räcker vaccinet? #\n\nIVO: Det vet vi inte. Folkhälsan svarar i maj.',
        questions: [{ anchor: 'racker-vaccinet', text: 'Räcker vaccinet?', answeringAgencyIds: ['ivo'], answerText: 'IVO: Det vet vi inte.', topicIds: [], place: PLACE }],
        answeringAgencyIds: ['ivo', 'fohm'],
      }),
    ]),
  ],
  REGISTRIES,
);
const resolve = itemResolver(byId(index.items), byId(index.meetings));
const matchers = agencyMatchers(index.agencies);
const questions = questionListings(
  listQuestions([...index.meetings].reverse(), byId(index.items), byId(index.topics), byId(index.agencies)),
  index.topics,
  index.agencies,
);
const marked = (parts: readonly { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('the agencies counted', () => {
  it('are those that presented or answered in an item, each item once', () => {
    expect(agencyCounts(index.agencies).map((c) => [c.entry.id, c.count])).toEqual([
      ['fohm', 4],
      ['ivo', 1],
      ['skr', 3],
    ]);
  });
});

describe('an agency’s pages', () => {
  it('list what it presented with the passage naming it marked, and exist when it only answered', () => {
    const pages = agencyPages(agencyCounts(index.agencies), resolve, matchers);
    expect(pages.map((p) => [p.url, p.total])).toEqual([
      ['/aktorer/fohm/', 3],
      ['/aktorer/ivo/', 0],
      ['/aktorer/skr/', 3],
    ]);
    expect(pages[2]!.byMeeting.map((g) => g.meeting.id)).toEqual(['2021-03-02', '2021-01-19']);
  });
});

describe('an agency page’s passage under a question (issue 21 item 7)', () => {
  const OLLE = { name: 'Olle Ek', personId: 'olle-ek', agencyId: 'fohm' };
  const asked = buildIndex(
    [
      meeting('2021-06-01', [
        item('lagesbild', 'Lägesbild', [OLLE], [], {
          text: 'Läget i kommunerna. Hur länge gäller förbudet? #\n\nFoHM: Till maj.',
          questions: [{ anchor: 'hur-lange', text: 'Hur länge gäller förbudet?', answeringAgencyIds: ['fohm'], answerText: 'FoHM: Till maj.', topicIds: [], place: PLACE }],
        }),
        item('oversikt', 'Översikt', [OLLE], [], { text: 'FoHM redovisar läget. Finns det frågor? #\n\nInga.' }),
      ]),
    ],
    REGISTRIES,
  );
  const [fohm] = agencyPages(agencyCounts(asked.agencies), itemResolver(byId(asked.items), byId(asked.meetings)), agencyMatchers(asked.agencies));

  it('is the question whose answer names the agency, so the listing links the question’s anchor', () => {
    const listed = fohm!.byMeeting[0]!.items.find((e) => e.item.anchor === 'lagesbild')!;
    expect(listed.question).toEqual({ url: '/moten/2021-06-01/#hur-lange', text: 'Hur länge gäller förbudet?' });
    expect(marked(listed.excerpt)).toEqual(['FoHM']);
  });

  it('is none when the name stands in the item’s own text', () => {
    expect(fohm!.byMeeting[0]!.items.find((e) => e.item.anchor === 'oversikt')!.question).toBeUndefined();
  });

  it('is given for the items it answered in beside its questions, too', () => {
    const answers = agencyAnswers(index.agencies, questions.byAgency, resolve, matchers);
    // "Folkhälsan svarar i maj" stands in the answer to "Räcker vaccinet?" (which IVO answered).
    expect(answers.fohm!.items[0]!.question).toEqual({ url: '/moten/2021-05-04/#racker-vaccinet', text: 'Räcker vaccinet?' });
  });
});

describe('what an agency answered', () => {
  it('is the questions it answered and, apart, the items it answered in beside those, with the passage naming it', () => {
    const answers = agencyAnswers(index.agencies, questions.byAgency, resolve, matchers);
    expect(Object.keys(answers)).toEqual(['fohm', 'ivo', 'skr']);
    expect(answers.ivo).toMatchObject({ questionTotal: 1, questionsUrl: '/fragor/aktorer/ivo/', itemTotal: 0, items: [] });
    expect(marked(answers.ivo!.questions[0]!.answer)).toEqual(['IVO']);
    // FoHM answered in the item but not its question: the item is listed, its alias marked.
    expect(answers.fohm).toMatchObject({ questions: [], questionTotal: 0, questionsUrl: null, itemTotal: 1 });
    expect(answers.fohm!.items.map((e) => [e.item.id, marked(e.excerpt)])).toEqual([['2021-05-04#fragor', ['Folkhälsan']]]);
    expect(AGENCY_ANSWERS).toBe(10);
  });

  it('is at most the newest ten of each', () => {
    const many = buildIndex(
      [
        meeting(
          '2021-06-01',
          Array.from({ length: 12 }, (_, i) =>
            item(`p${i}`, `Punkt ${i}`, [], [], {
              questions: [{ anchor: `q${i}`, text: `Fråga ${i}?`, answeringAgencyIds: ['ivo'], answerText: 'IVO: Ja.', topicIds: [], place: PLACE }],
              answeringAgencyIds: ['ivo'],
            }),
          ),
        ),
      ],
      REGISTRIES,
    );
    const listed = questionListings(listQuestions(many.meetings, byId(many.items), byId(many.topics), byId(many.agencies)), many.topics, many.agencies);
    const ivo = agencyAnswers(many.agencies, listed.byAgency, itemResolver(byId(many.items), byId(many.meetings)), agencyMatchers(many.agencies)).ivo!;
    expect([ivo.questions.length, ivo.questionTotal]).toEqual([AGENCY_ANSWERS, 12]);
  });
});

describe('an agency’s other names', () => {
  it('are each listed once, ignoring case and punctuation, without its name and short name', () => {
    expect(aliasList({ name: 'Igalia', shortName: null, aliases: ['Igalia S.L.', 'Igalia', 'S.L', 'Igalia, S.L.', 'igalia sl'] })).toEqual(['Igalia S.L.', 'S.L']);
    expect(aliasList({ name: 'Folkhälsomyndigheten', shortName: 'FoHM', aliases: ['FHM', 'fohm', 'F.H.M.', '  Folkhälsan  '] })).toEqual(['FHM', 'Folkhälsan']);
  });

  it('are given for every agency by id', () => {
    expect(agencyAliases(index.agencies)).toEqual({ fohm: ['Folkhälsan'], ivo: [], skr: [] });
  });
});
