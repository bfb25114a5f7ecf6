/** The pages of a topic, agency or person: only entries with items are counted, and each listed one has pages. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId, itemResolver } from '../../../src/site/views/items.ts';
import { counted, listingPages } from '../../../src/site/views/listing.ts';
import { MEETINGS, REGISTRIES } from '../../index/records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);
const resolve = itemResolver(byId(index.items), byId(index.meetings));

describe('counted entries', () => {
  it('are those with items of their own, with how many, in the order given', () => {
    expect(counted(index.topics).map((c) => [c.entry.id, c.count])).toEqual([
      ['besoksforbud', 4],
      ['vaccination', 3],
    ]);
  });
});

describe('a listing’s pages', () => {
  it('list the entry’s items newest first with the excerpt asked for, by meeting', () => {
    const [page, ...more] = listingPages(counted(index.people).slice(0, 1), resolve, (person) => (item) => ({ excerpt: [{ text: `${person.name}: ${item.title}`, mark: false }] }));
    expect(more).toEqual([]);
    expect(page).toMatchObject({ url: '/personer/anna-berg/', total: 3, number: 1, pageCount: 1 });
    expect(page!.items.map((e) => e.excerpt[0]!.text)).toEqual(['Anna Berg: Vaccination', 'Anna Berg: Ur presentationen: Lägesrapport', 'Anna Berg: Lägesrapport']);
    // By meeting, each meeting's items are in the order of its minutes.
    expect(page!.byMeeting.map((g) => [g.meeting.id, g.items.map((e) => e.item.anchor)])).toEqual([
      ['2021-03-02', ['vaccination']],
      ['2021-01-19', ['lagesrapport', 'ur-presentationen-lagesrapport']],
    ]);
  });

  it('exist for a listed entry without items of its own (an agency that only answered)', () => {
    const ivo = index.agencies.find((a) => a.id === 'ivo')!;
    expect(listingPages([{ entry: ivo, count: 1 }], resolve, () => () => ({ excerpt: [] })).map((p) => [p.url, p.total, p.items])).toEqual([['/aktorer/ivo/', 0, []]]);
  });
});
