import { describe, expect, it } from 'vitest';
import {
  applyChange,
  FILTER_NAMES,
  isEmpty,
  ITEM_FILTER_NAMES,
  newestFirst,
  parseState,
  queryTerms,
  searchedText,
  toParams,
  urlOf,
} from '../../../src/browser/search/state.ts';
import { FILTERS } from '../../../src/core/search-contract.ts';

describe('the URL state', () => {
  it('is read from the query string: the words as written, the chosen filters, the order', () => {
    const state = parseState('?q=+vaccin+&aktor=fohm&amne=&ar=2021&ordning=nyast&okand=1');
    expect(state).toEqual({ query: ' vaccin ', filters: { aktor: 'fohm', ar: '2021' }, order: 'nyast' });
    expect(searchedText(state)).toBe('vaccin');
    expect(newestFirst(state)).toBe(true);
    expect(isEmpty(state)).toBe(false);
  });

  it('asks for nothing without words and filters, whatever the order', () => {
    for (const search of ['', '?q=++', '?ordning=nyast', '?amne=']) expect(isEmpty(parseState(search)), search).toBe(true);
    expect(searchedText(parseState('?aktor=fohm'))).toBeNull();
    expect(newestFirst(parseState('?ordning=annat'))).toBe(false);
  });

  it('is written as the form writes it: trimmed words, filters in the form’s order, then the order', () => {
    const params = toParams({ query: '  besök ', filters: { ar: '2021', amne: 'vaccination' }, order: 'nyast' });
    expect(`${params}`).toBe('q=bes%C3%B6k&amne=vaccination&ar=2021&ordning=nyast');
    expect(`${toParams({ query: ' ', filters: { aktor: '' }, order: '' })}`).toBe('');
    expect(parseState(toParams(parseState('?q=a+b&person=anna&ordning=nyast')))).toEqual(parseState('?q=a+b&person=anna&ordning=nyast'));
  });

  it('makes the page’s addresses without a bare question mark', () => {
    expect(urlOf('/sok/', new URLSearchParams())).toBe('/sok/');
    expect(urlOf('/arkiv/sok/', new URLSearchParams('q=vaccin'))).toBe('/arkiv/sok/?q=vaccin');
  });

  it('is changed by the page’s links: a correction, a topic instead of the words, a chip’s removal', () => {
    const params = new URLSearchParams('q=vacination&aktor=fohm&ordning=nyast');
    expect(`${applyChange(params, { query: 'vaccination' })}`).toBe('q=vaccination&aktor=fohm&ordning=nyast');
    expect(`${applyChange(params, { filter: 'amne', value: 'vaccination' })}`).toBe('aktor=fohm&ordning=nyast&amne=vaccination');
    expect(`${applyChange(params, { filter: 'aktor', value: 'skr' })}`).toBe('aktor=skr&ordning=nyast');
    expect(`${applyChange(params, { remove: 'aktor' })}`).toBe('q=vacination&ordning=nyast');
    // The form's parameters are not changed.
    expect(`${params}`).toBe('q=vacination&aktor=fohm&ordning=nyast');
  });

  it('has the contract’s filters; an item has all but the year', () => {
    expect(FILTER_NAMES).toEqual(Object.values(FILTERS));
    expect(ITEM_FILTER_NAMES).toEqual([FILTERS.topic, FILTERS.agency, FILTERS.person]);
  });

  it('compares the query’s words folded, letters and digits only', () => {
    expect(queryTerms('  FoHM:s  Besöksförbudet, 2021 – ')).toEqual(['fohms', 'besoksforbudet', '2021']);
    expect(queryTerms(null)).toEqual([]);
  });
});
