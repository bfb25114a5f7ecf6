/** The index's years: newest first, each with its meetings in the order of their dates. */
import { describe, expect, it } from 'vitest';
import { buildYears } from '../../src/index/years.ts';

describe('the years', () => {
  it('are those with meetings, newest first, each with its page and its meetings oldest first', () => {
    const meetings = [
      { id: '2019-12-10', year: 2019 },
      { id: '2021-01-19', year: 2021 },
      { id: '2021-03-02', year: 2021 },
    ];
    expect(buildYears(meetings)).toEqual([
      { year: 2021, url: '/ar/2021/', meetingIds: ['2021-01-19', '2021-03-02'] },
      { year: 2019, url: '/ar/2019/', meetingIds: ['2019-12-10'] },
    ]);
    expect(buildYears([])).toEqual([]);
  });
});
