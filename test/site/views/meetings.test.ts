/** The meetings by year and the feed: years newest first with their meetings newest first, and the newest meetings. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId } from '../../../src/site/views/items.ts';
import { FEED_SIZE, feedMeetings, yearsByNumber, yearsWithMeetings } from '../../../src/site/views/meetings.ts';
import { longMeeting, MEETINGS, REGISTRIES } from '../../index/records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);

describe('the years', () => {
  it('are newest first, each with its meetings newest first', () => {
    expect(yearsWithMeetings(index.years, byId(index.meetings)).map((y) => [y.year, y.url, y.meetings.map((m) => m.id)])).toEqual([
      [2021, '/ar/2021/', ['2021-03-02', '2021-01-19']],
      [2020, '/ar/2020/', ['2020-03-10']],
    ]);
  });

  it('are found by their number', () => {
    expect(Object.keys(yearsByNumber(index.years)).sort()).toEqual(['2020', '2021']);
    expect(yearsByNumber(index.years)['2020']?.meetingIds).toEqual(['2020-03-10']);
  });
});

describe('the feed', () => {
  it('has the newest meetings, at most FEED_SIZE', () => {
    const dates = Array.from({ length: FEED_SIZE + 5 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    const many = buildIndex(dates.map((date) => longMeeting(date, 1)), REGISTRIES);
    const feed = feedMeetings([...many.meetings].reverse());
    expect(feed).toHaveLength(FEED_SIZE);
    expect([feed[0]!.id, feed.at(-1)!.id]).toEqual([dates.at(-1), dates[5]]);
  });
});
