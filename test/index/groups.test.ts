/** What the index's builders share: Swedish name order, distinct values, and items grouped newest first. */
import { describe, expect, it } from 'vitest';
import { byName, itemGroups, meetingsOf } from '../../src/index/groups.ts';
import { meetingItems } from '../../src/index/items.ts';
import { item, meeting } from './records.ts';

const ANNA = { name: 'Anna Berg', personId: 'anna-berg', agencyId: 'skr' };
const PLACE = { line: 1, column: 1 };

describe('names', () => {
  it('are ordered as Swedish sorts them: Å, Ä and Ö after Z', () => {
    const names = ['Örebro', 'Ärende', 'Zeta', 'Åtgärd', 'Alfa'].map((name) => ({ name }));
    expect(names.sort(byName).map((n) => n.name)).toEqual(['Alfa', 'Zeta', 'Åtgärd', 'Ärende', 'Örebro']);
  });
});

describe('the groups of items', () => {
  const items = [
    ...meetingItems(
      meeting('2021-01-19', [
        item('rapport', 'Rapport', [ANNA], ['vaccination'], { answeringAgencyIds: ['fohm'] }),
        item('fragor', 'Frågor', [], ['vaccination', 'besoksforbud'], {
          questions: [
            { anchor: 'varfor', text: 'Varför?', answeringAgencyIds: ['fohm', 'ivo'], answerText: 'Därför.', topicIds: [], place: PLACE },
          ],
        }),
      ]),
    ),
    ...meetingItems(meeting('2021-03-02', [item('vaccin', 'Vaccin', [ANNA], ['vaccination'])])),
  ];
  const groups = itemGroups(items);
  const ids = (map: Map<string, { id: string }[]>) => Object.fromEntries([...map].map(([key, list]) => [key, list.map((i) => i.id)]));

  it('hold each topic’s, agency’s and person’s items newest first', () => {
    expect(ids(groups.byTopic)).toEqual({
      vaccination: ['2021-03-02#vaccin', '2021-01-19#fragor', '2021-01-19#rapport'],
      besoksforbud: ['2021-01-19#fragor'],
    });
    expect(ids(groups.byAgency)).toEqual({ skr: ['2021-03-02#vaccin', '2021-01-19#rapport'] });
    expect(ids(groups.byAnswering)).toEqual({ fohm: ['2021-01-19#rapport'] });
    expect(ids(groups.byPerson)).toEqual({ 'anna-berg': ['2021-03-02#vaccin', '2021-01-19#rapport'] });
  });

  it('hold the questions each agency answered', () => {
    expect(Object.fromEntries(groups.questionsByAgency)).toEqual({ fohm: ['2021-01-19#varfor'], ivo: ['2021-01-19#varfor'] });
  });

  it('give the meetings of a list of items once each, in the order of the items', () => {
    expect(meetingsOf(groups.byTopic.get('vaccination')!)).toEqual(['2021-03-02', '2021-01-19']);
  });
});
