/** "Frågor och svar": every question newest meeting first, by topic and by answering agency, with its filters. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId } from '../../../src/site/views/items.ts';
import { LISTING_PAGE_SIZE } from '../../../src/site/views/paging.ts';
import { listQuestions, questionListings } from '../../../src/site/views/questions.ts';
import { item, meeting, MEETINGS, REGISTRIES } from '../../index/records.ts';

const PLACE = { line: 1, column: 1 };
const question = (anchor: string, answeringAgencyIds: string[], answerText = 'Svar.', topicIds: string[] = []) => ({
  anchor,
  text: `${anchor}?`,
  answeringAgencyIds,
  answerText,
  topicIds,
  place: PLACE,
});
const index = buildIndex(
  [
    ...MEETINGS,
    meeting('2021-04-13', [item('fragor', 'Frågor', [], ['besoksforbud'], { questions: [question('besok', ['fohm'], 'Folkhälsan: Ja.', ['besoksforbud']), question('kostnad', [])] })]),
    meeting('2021-05-04', [item('vaccin', 'Vaccin', [], ['vaccination', 'besoksforbud'], { questions: [question('doser', ['skr', 'fohm'], 'SKR och FoHM vet inte.', ['vaccination'])] })]),
  ],
  REGISTRIES,
);
const newestFirst = [...index.meetings].reverse();
const questions = listQuestions(newestFirst, byId(index.items), byId(index.topics), byId(index.agencies));
const marked = (parts: readonly { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('the questions of the archive', () => {
  it('are listed newest meeting first, each with the agencies that answered, its own topics (not its item’s) and the answer, their names marked', () => {
    expect(questions.map((q) => [q.question.anchor, q.agencies.map((a) => a.id), q.topics.map((t) => t.id)])).toEqual([
      ['doser', ['skr', 'fohm'], ['vaccination']],
      ['besok', ['fohm'], ['besoksforbud']],
      ['kostnad', [], []],
    ]);
    expect(questions.map((q) => marked(q.answer))).toEqual([['SKR', 'FoHM'], ['Folkhälsan'], []]);
  });
});

describe('the question listings', () => {
  const listings = questionListings(questions, index.topics, index.agencies);

  it('are all questions, then each topic’s and each answering agency’s, in the order of the registries given', () => {
    expect(listings.pages.map((p) => [p.kind, p.url, p.topic?.id ?? p.agency?.id ?? null, p.questions.map((q) => q.question.anchor)])).toEqual([
      ['all', '/fragor/', null, ['doser', 'besok', 'kostnad']],
      ['topic', '/fragor/amnen/besoksforbud/', 'besoksforbud', ['besok']],
      ['topic', '/fragor/amnen/vaccination/', 'vaccination', ['doser']],
      ['agency', '/fragor/aktorer/fohm/', 'fohm', ['doser', 'besok']],
      ['agency', '/fragor/aktorer/skr/', 'skr', ['doser']],
    ]);
  });

  it('give the filters of the topics and agencies with questions, with counts and addresses, and each agency’s questions', () => {
    expect(listings.topics.map((f) => [f.entry.id, f.count, f.url])).toEqual([
      ['besoksforbud', 1, '/fragor/amnen/besoksforbud/'],
      ['vaccination', 1, '/fragor/amnen/vaccination/'],
    ]);
    expect(listings.agencies.map((f) => [f.entry.id, f.count])).toEqual([
      ['fohm', 2],
      ['skr', 1],
    ]);
    expect([...listings.byAgency].map(([id, list]) => [id, list.length])).toEqual([
      ['skr', 1],
      ['fohm', 2],
    ]);
  });

  it('have a first page of all questions when there are none, and no filtered listings', () => {
    const none = questionListings([], index.topics, index.agencies);
    expect(none.pages.map((p) => [p.kind, p.url, p.total, p.pageCount])).toEqual([['all', '/fragor/', 0, 1]]);
    expect([none.topics, none.agencies, none.byAgency.size]).toEqual([[], [], 0]);
  });

  it('are paged 50 at a time', () => {
    const many = Array.from({ length: LISTING_PAGE_SIZE + 1 }, () => questions[1]!);
    expect(questionListings(many, index.topics, index.agencies).pages.map((p) => [p.url, p.questions.length, p.total])).toEqual([
      ['/fragor/', 50, 51],
      ['/fragor/sida-2/', 1, 51],
      ['/fragor/amnen/besoksforbud/', 50, 51],
      ['/fragor/amnen/besoksforbud/sida-2/', 1, 51],
      ['/fragor/aktorer/fohm/', 50, 51],
      ['/fragor/aktorer/fohm/sida-2/', 1, 51],
    ]);
  });
});
