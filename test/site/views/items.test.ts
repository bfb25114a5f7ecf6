/** Items with their meetings: lookups by id, ids resolved to items and meetings, items grouped by meeting. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId, groupByMeeting, itemResolver } from '../../../src/site/views/items.ts';
import { MEETINGS, REGISTRIES } from '../../index/records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);
const resolve = itemResolver(byId(index.items), byId(index.meetings));

describe('item ids', () => {
  it('resolve to their items and meetings, in the order given', () => {
    const found = resolve(['2021-03-02#vaccination', '2020-03-10#besoksforbud']);
    expect(found.map(({ item, meeting }) => [item.title, meeting.date])).toEqual([
      ['Vaccination', '2021-03-02'],
      ['Besöksförbud', '2020-03-10'],
    ]);
  });

  it('that the index does not hold are an error, not a page with a hole', () => {
    expect(() => resolve(['2021-03-02#finns-inte'])).toThrow('missing item 2021-03-02#finns-inte');
  });
});

describe('items grouped by meeting', () => {
  it('keep the order of the meetings (newest first) and put each meeting’s items in the order of the minutes', () => {
    const newestFirst = resolve(['2021-03-02#ovriga-fragor', '2021-03-02#vaccination', '2021-01-19#diskussion', '2021-01-19#lagesrapport']);
    expect(groupByMeeting(newestFirst).map((g) => [g.meeting.id, g.items.map((e) => e.item.anchor)])).toEqual([
      ['2021-03-02', ['vaccination', 'ovriga-fragor']],
      ['2021-01-19', ['lagesrapport', 'diskussion']],
    ]);
    expect(groupByMeeting([])).toEqual([]);
  });
});
