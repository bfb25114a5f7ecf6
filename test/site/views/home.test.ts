/** The start page's latest meeting: its agenda, its questions with who answered them, and its decisions and follow-ups. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { FRONT_PAGE_QUESTIONS, latestMeeting } from '../../../src/site/views/home.ts';
import { byId, itemResolver } from '../../../src/site/views/items.ts';
import { AGENDA_QUESTION_LENGTH, meetingPages } from '../../../src/site/views/meeting.ts';
import { toSiteData } from '../../../src/site/view.ts';
import { item, meeting, MEETINGS, REGISTRIES } from '../../index/records.ts';

const PLACE = { line: 1, column: 1 };
const LONG_QUESTION = `Hur ska kommunerna ${'planera och organisera '.repeat(8)}besöken?`;
const question = (anchor: string, text: string, answeringAgencyIds: string[] = []) => ({
  anchor,
  text,
  answeringAgencyIds,
  answerText: 'Svar.',
  topicIds: [],
  place: PLACE,
});

const LATEST = meeting('2021-04-13', [
  item('ovriga-fragor', 'Övriga frågor', [], ['besoksforbud'], {
    questions: [question('hur-hantera-besok', 'Hur hantera besök?', ['fohm', 'skr']), question('lang-fraga', LONG_QUESTION)],
    answeringAgencyIds: ['fohm', 'skr'],
    outcomes: [
      { kind: 'decision', text: 'Vi följer råden.', anchor: 'hur-hantera-besok' },
      { kind: 'follow-up', text: 'Tas upp igen i maj.', anchor: 'ovriga-fragor' },
    ],
  }),
  item('ur-presentationen-rapport', 'Ur presentationen: Rapport', [], [], { kind: 'presentation' }),
  item('vaccin', 'Vaccin', [], ['vaccination']),
]);

const index = buildIndex([...MEETINGS, LATEST], REGISTRIES);
const pages = meetingPages(index.meetings, itemResolver(byId(index.items), byId(index.meetings)), { listings: true });
const newestFirst = [...index.meetings].reverse();

describe('the latest meeting on the start page', () => {
  const latest = latestMeeting(newestFirst, pages, byId(index.agencies))!;

  it('is the newest meeting, with its agenda items (not its slide text) linking to their anchors', () => {
    expect(latest.meeting.id).toBe('2021-04-13');
    expect(latest.agenda.map((s) => [s.number, s.tocLabel, s.item.url])).toEqual([
      [1, 'Övriga frågor', '/moten/2021-04-13/#ovriga-fragor'],
      [2, 'Vaccin', '/moten/2021-04-13/#vaccin'],
    ]);
  });

  it('lists its questions in the order of the minutes, each linking to its anchor, shortened as in the agenda, with who answered', () => {
    expect(latest.questions.map((q) => [q.question.url, q.agencies.map((a) => a.id)])).toEqual([
      ['/moten/2021-04-13/#hur-hantera-besok', ['fohm', 'skr']],
      ['/moten/2021-04-13/#lang-fraga', []],
    ]);
    expect(latest.questions[0]!.label).toBe('Hur hantera besök?');
    expect(latest.questions[1]!.label.length).toBeLessThanOrEqual(AGENDA_QUESTION_LENGTH + 1);
    expect(latest.questions[1]!.label.endsWith('…')).toBe(true);
    expect([latest.questionCount, latest.agendaUrl]).toEqual([2, '/moten/2021-04-13/#Dagordning']);
  });

  it('gives its decisions and follow-ups with their places', () => {
    expect(latest.outcomes.map((o) => [o.label, o.text, o.url])).toEqual([
      ['Beslut', 'Vi följer råden.', '/moten/2021-04-13/#hur-hantera-besok'],
      ['Uppföljning', 'Tas upp igen i maj.', '/moten/2021-04-13/#ovriga-fragor'],
    ]);
  });

  it(`lists at most ${FRONT_PAGE_QUESTIONS} questions and counts them all`, () => {
    const many = meeting('2021-05-04', [
      item('fragor', 'Frågor', [], [], { questions: Array.from({ length: FRONT_PAGE_QUESTIONS + 3 }, (_, i) => question(`q${i}`, `Fråga ${i}?`)) }),
    ]);
    const long = toSiteData(buildIndex([many], REGISTRIES), { searchIndexes: [] }).latestMeeting!;
    expect([long.questions.length, long.questionCount]).toEqual([FRONT_PAGE_QUESTIONS, FRONT_PAGE_QUESTIONS + 3]);
    expect(long.questions.at(-1)!.question.anchor).toBe(`q${FRONT_PAGE_QUESTIONS - 1}`);
  });

  it('is none without meetings, and in the view data of every build', () => {
    expect(latestMeeting([], {}, {})).toBeNull();
    expect(toSiteData(index, { searchIndexes: [] }).latestMeeting?.meeting.id).toBe('2021-04-13');
    expect(toSiteData(buildIndex([], REGISTRIES), { searchIndexes: [] }).latestMeeting).toBeNull();
  });
});
