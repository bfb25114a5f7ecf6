/**
 * The index builder on a small archive made by hand in memory (`records.ts`):
 * no disk, no check; every expectation is worked out from the records.
 */
import { describe, expect, it } from 'vitest';
import { archiveIndexSchema } from '../../src/core/index-schema.ts';
import { buildIndex, RELATED_LIMIT } from '../../src/index/build-index.ts';
import { item, longMeeting, meeting, MEETINGS, REGISTRIES } from './records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);
const entry = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((e) => e.id === id)!;

describe('buildIndex on records made in memory', () => {
  it('is valid by the index schema', () => {
    expect(archiveIndexSchema.parse(index)).toEqual(index);
  });

  it('orders meetings by date, links previous and next, and gives each its URL', () => {
    expect(index.meetings.map((m) => [m.id, m.year, m.url, m.previousId, m.nextId])).toEqual([
      ['2020-03-10', 2020, '/moten/2020-03-10/', null, '2021-01-19'],
      ['2021-01-19', 2021, '/moten/2021-01-19/', '2020-03-10', '2021-03-02'],
      ['2021-03-02', 2021, '/moten/2021-03-02/', '2021-01-19', null],
    ]);
    expect(index.years).toEqual([
      { year: 2021, url: '/ar/2021/', meetingIds: ['2021-01-19', '2021-03-02'] },
      { year: 2020, url: '/ar/2020/', meetingIds: ['2020-03-10'] },
    ]);
  });

  it('keeps the items in the order of the minutes and numbers the agenda items only', () => {
    expect(index.items.map((i) => [i.id, i.number, i.kind])).toEqual([
      ['2020-03-10#besoksforbud', 1, 'agenda'],
      ['2021-01-19#lagesrapport', 1, 'agenda'],
      ['2021-01-19#besoksforbud', 2, 'agenda'],
      ['2021-01-19#ur-presentationen-lagesrapport', null, 'presentation'],
      ['2021-01-19#diskussion', 3, 'agenda'],
      ['2021-03-02#vaccination', 1, 'agenda'],
      ['2021-03-02#ovriga-fragor', 2, 'agenda'],
    ]);
    expect(entry(index.items, '2021-03-02#vaccination')).toMatchObject({
      url: '/moten/2021-03-02/#vaccination',
      presenters: [
        { personId: 'olle-ek', agencyId: 'fohm' },
        { personId: 'anna-berg', agencyId: 'skr' },
      ],
      personIds: ['olle-ek', 'anna-berg'],
      agencyIds: ['fohm', 'skr'],
      network: false,
    });
    expect(entry(index.meetings, '2021-01-19').itemIds).toEqual([
      '2021-01-19#lagesrapport',
      '2021-01-19#besoksforbud',
      '2021-01-19#ur-presentationen-lagesrapport',
      '2021-01-19#diskussion',
    ]);
  });

  it('keeps every registry topic, by name, with its items newest first and its page and feed', () => {
    expect(index.topics.map((t) => t.id)).toEqual(['arbetsmiljo', 'besoksforbud', 'vaccination']);
    expect(entry(index.topics, 'besoksforbud')).toEqual({
      id: 'besoksforbud',
      name: 'Besöksförbud',
      description: 'Tillfälliga besöksförbud.',
      url: '/amnen/besoksforbud/',
      feedUrl: '/amnen/besoksforbud/feed.xml',
      signals: ['besöksförbud'],
      searchTerms: ['visiting ban'],
      synonyms: [],
      itemIds: ['2021-03-02#ovriga-fragor', '2021-01-19#diskussion', '2021-01-19#besoksforbud', '2020-03-10#besoksforbud'],
      meetingIds: ['2021-03-02', '2021-01-19', '2020-03-10'],
    });
    expect(entry(index.topics, 'arbetsmiljo')).toMatchObject({ itemIds: [], meetingIds: [] });
  });

  it('keeps every registry agency, by name, with its people and items', () => {
    expect(index.agencies.map((a) => a.id)).toEqual(['fohm', 'ivo', 'skr']);
    expect(entry(index.agencies, 'fohm')).toEqual({
      id: 'fohm',
      name: 'Folkhälsomyndigheten',
      shortName: 'FoHM',
      aliases: ['Folkhälsan'],
      website: 'https://www.folkhalsomyndigheten.se',
      url: '/aktorer/fohm/',
      itemIds: ['2021-03-02#vaccination', '2021-01-19#besoksforbud', '2020-03-10#besoksforbud'],
      answeredItemIds: [],
      answeredQuestionIds: [],
      personIds: ['olle-ek'],
      meetingIds: ['2021-03-02', '2021-01-19', '2020-03-10'],
    });
    expect(entry(index.agencies, 'ivo')).toMatchObject({ shortName: 'IVO', website: null, itemIds: [], personIds: [] });
    expect(entry(index.agencies, 'skr').itemIds).toEqual([
      '2021-03-02#vaccination',
      '2021-01-19#ur-presentationen-lagesrapport',
      '2021-01-19#lagesrapport',
    ]);
  });

  it('keeps each item’s questions and the agencies that answer, apart from its presenters, and lists them on the agency', () => {
    const question = (anchor: string, text: string, answeringAgencyIds: string[], topicIds: string[] = []) => ({
      anchor,
      text,
      answeringAgencyIds,
      answerText: `Svar på ${text}`,
      topicIds,
      place: { line: 1, column: 1 },
    });
    const asked = buildIndex(
      [
        meeting('2021-04-06', [
          item('fragor', 'Frågor', [], [], {
            questions: [question('kramar', 'Får man kramas?', ['fohm'], ['besoksforbud']), question('munskydd', 'Munskydd?', [])],
            answeringAgencyIds: ['fohm'],
            outcomes: [{ kind: 'follow-up', text: 'SKR återkommer.', anchor: 'munskydd' }],
          }),
        ]),
        meeting('2021-05-04', [
          item('besok', 'Besök', [], [], {
            questions: [question('besok-i-eget-rum', 'Besök i eget rum?', ['fohm', 'skr'])],
            answeringAgencyIds: ['fohm', 'skr'],
          }),
        ]),
      ],
      REGISTRIES,
    );
    const fragor = asked.items.find((i) => i.id === '2021-04-06#fragor')!;
    expect(fragor.agencyIds).toEqual([]);
    expect(fragor.answeringAgencyIds).toEqual(['fohm']);
    expect(fragor.questions).toEqual([
      {
        id: '2021-04-06#kramar',
        anchor: 'kramar',
        url: '/moten/2021-04-06/#kramar',
        text: 'Får man kramas?',
        answeringAgencyIds: ['fohm'],
        answerText: 'Svar på Får man kramas?',
        topicIds: ['besoksforbud'],
      },
      {
        id: '2021-04-06#munskydd',
        anchor: 'munskydd',
        url: '/moten/2021-04-06/#munskydd',
        text: 'Munskydd?',
        answeringAgencyIds: [],
        answerText: 'Svar på Munskydd?',
        topicIds: [],
      },
    ]);
    expect(fragor.outcomes).toEqual([{ kind: 'follow-up', text: 'SKR återkommer.', url: '/moten/2021-04-06/#munskydd' }]);
    expect(entry(asked.agencies, 'fohm')).toMatchObject({
      itemIds: [],
      answeredItemIds: ['2021-05-04#besok', '2021-04-06#fragor'],
      answeredQuestionIds: ['2021-05-04#besok-i-eget-rum', '2021-04-06#kramar'],
    });
    expect(entry(asked.agencies, 'skr').answeredQuestionIds).toEqual(['2021-05-04#besok-i-eget-rum']);
  });

  it('lists the people who presented, by name, and leaves out a speaker without an item', () => {
    expect(index.people).toEqual([
      {
        id: 'anna-berg',
        name: 'Anna Berg',
        url: '/personer/anna-berg/',
        agencyIds: ['skr'],
        itemIds: ['2021-03-02#vaccination', '2021-01-19#ur-presentationen-lagesrapport', '2021-01-19#lagesrapport'],
        meetingIds: ['2021-03-02', '2021-01-19'],
      },
      {
        id: 'olle-ek',
        name: 'Olle Ek',
        url: '/personer/olle-ek/',
        agencyIds: ['fohm'],
        itemIds: ['2021-03-02#vaccination', '2021-01-19#besoksforbud', '2020-03-10#besoksforbud'],
        meetingIds: ['2021-03-02', '2021-01-19', '2020-03-10'],
      },
    ]);
  });

  it('relates an item to items of other meetings on its topics, nearest first, taking its topics in turn', () => {
    expect(entry(index.items, '2020-03-10#besoksforbud').relatedIds).toEqual([
      '2021-01-19#besoksforbud',
      '2021-01-19#diskussion',
      '2021-03-02#ovriga-fragor',
    ]);
    // Besöksförbud, then Vaccination, then Besöksförbud again: the nearest on each in turn.
    expect(entry(index.items, '2021-01-19#diskussion').relatedIds).toEqual([
      '2021-03-02#ovriga-fragor',
      '2021-03-02#vaccination',
      '2020-03-10#besoksforbud',
    ]);
    expect(entry(index.items, '2021-01-19#ur-presentationen-lagesrapport').relatedIds).toEqual([]);
  });

  it('relates at most RELATED_LIMIT items', () => {
    const many = buildIndex(
      [longMeeting('2021-01-01', 3), longMeeting('2021-02-01', 4), meeting('2021-03-01', [item('vaccin', 'Vaccin', [], ['vaccination'])])],
      REGISTRIES,
    );
    expect(RELATED_LIMIT).toBe(5);
    expect(entry(many.items, '2021-03-01#vaccin').relatedIds).toEqual([
      '2021-02-01#punkt-4',
      '2021-02-01#punkt-3',
      '2021-02-01#punkt-2',
      '2021-02-01#punkt-1',
      '2021-01-01#punkt-3',
    ]);
  });
});
