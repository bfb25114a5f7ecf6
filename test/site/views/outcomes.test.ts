/** "Beslut och uppföljning": every outcome newest meeting first, in pages, with a page also when there are none. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId, itemResolver } from '../../../src/site/views/items.ts';
import { meetingPages } from '../../../src/site/views/meeting.ts';
import { followUpCount, listOutcomes, outcomePages } from '../../../src/site/views/outcomes.ts';
import { LISTING_PAGE_SIZE } from '../../../src/site/views/paging.ts';
import { item, meeting, REGISTRIES } from '../../index/records.ts';

const decided = (date: string, ...texts: string[]) =>
  meeting(date, [item('punkt', 'Punkt', [], [], { outcomes: texts.map((text) => ({ kind: 'decision' as const, text, anchor: 'punkt' })) })]);
const index = buildIndex([decided('2021-01-19', 'Först.', 'Sedan.'), decided('2021-03-02', 'Senast.'), decided('2021-02-02')], REGISTRIES);
const pages = meetingPages(index.meetings, itemResolver(byId(index.items), byId(index.meetings)), { listings: true });

describe('the outcomes of the archive', () => {
  it('are listed newest meeting first, each meeting’s in the order of its minutes', () => {
    expect(listOutcomes([...index.meetings].reverse(), pages).map((o) => `${o.meeting.id} ${o.text}`)).toEqual(['2021-03-02 Senast.', '2021-01-19 Först.', '2021-01-19 Sedan.']);
  });
});

describe('the outcome listing', () => {
  it('has one page when there are none, at its address', () => {
    expect(outcomePages([]).map((p) => [p.url, p.total, p.outcomes, p.pageCount])).toEqual([['/uppfoljning/', 0, [], 1]]);
  });

  it('is paged 50 at a time', () => {
    const many = Array.from({ length: LISTING_PAGE_SIZE + 1 }, () => pages['2021-03-02']!.outcomes[0]!);
    expect(outcomePages(many).map((p) => [p.url, p.outcomes.length, p.total])).toEqual([
      ['/uppfoljning/', 50, 51],
      ['/uppfoljning/sida-2/', 1, 51],
    ]);
  });
});

describe('the follow-ups of the archive', () => {
  it('are counted from the items, decisions left out, so the menu hides "Uppföljning" while there is none', () => {
    expect(followUpCount(index.items)).toBe(0);
    const followed = meeting('2021-04-13', [
      item('punkt', 'Punkt', [], [], {
        outcomes: [
          { kind: 'decision', text: 'Beslutat.', anchor: 'punkt' },
          { kind: 'follow-up', text: 'Följs upp.', anchor: 'punkt' },
          { kind: 'follow-up', text: 'Också.', anchor: 'punkt' },
        ],
      }),
    ]);
    expect(followUpCount(buildIndex([followed], REGISTRIES).items)).toBe(2);
    expect(followUpCount([])).toBe(0);
  });
});
