/** The search page's counts before a search: meetings, not items, for each filter's value. */
import { describe, expect, it } from 'vitest';
import { FILTERS } from '../../../src/core/search-contract.ts';
import { buildIndex } from '../../../src/index/build-index.ts';
import { byId } from '../../../src/site/views/items.ts';
import { searchCounts } from '../../../src/site/views/search.ts';
import { MEETINGS, REGISTRIES } from '../../index/records.ts';

const index = buildIndex(MEETINGS, REGISTRIES);
const counts = searchCounts(index.meetings, byId(index.items));

describe('the search counts', () => {
  it('count the meetings with each topic, agency, person and year, however many of their items have it', () => {
    expect(counts[FILTERS.topic]).toEqual({ vaccination: 2, besoksforbud: 3 });
    expect(counts[FILTERS.agency]).toEqual({ skr: 2, fohm: 3 });
    expect(counts[FILTERS.person]).toEqual({ 'anna-berg': 2, 'olle-ek': 3 });
    expect(counts[FILTERS.year]).toEqual({ '2020': 1, '2021': 2 });
  });

  it('are empty for no meetings', () => {
    expect(searchCounts([], {})).toEqual({});
  });
});
