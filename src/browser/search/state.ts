/**
 * The URL is the state: `?q=vaccin&amne=vaccination&aktor=fohm&ar=2021&ordning=nyast`.
 * Reading it, writing it, and the changes the page's links make to it.
 * Pure: the page's form and the search instance use these.
 */
import { FILTERS, foldWord, ORDER, QUERY_PARAMETER, searchContract } from '../../core/search-contract.ts';

/** A filter's URL parameter (and Pagefind filter name): `amne`, `aktor`, `person`, `ar`. */
export type FilterName = (typeof FILTERS)[keyof typeof FILTERS];

/** The filters in the order of the form. */
export const FILTER_NAMES: readonly FilterName[] = searchContract.filterNames;

/** The filters an item has values of (the year is the meeting's). */
export const ITEM_FILTER_NAMES: readonly FilterName[] = FILTER_NAMES.filter((name) => name !== FILTERS.year);

/** The chosen filter values, by filter; a filter not chosen is absent. */
export type ChosenFilters = Partial<Record<FilterName, string>>;

/** What the URL asks for. */
export interface SearchState {
  /** The query as written in the URL (not trimmed: the search box shows it so). */
  query: string;
  filters: ChosenFilters;
  /** The order parameter's value: `nyast`, or empty for best match first. */
  order: string;
}

/** The state of a URL's query string (`location.search`). */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = new URLSearchParams(search);
  const filters: ChosenFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: params.get(QUERY_PARAMETER) ?? '', filters, order: params.get(ORDER.parameter) ?? '' };
}

/** The words to search: the query trimmed, or null when there are none (browsing by filter). */
export function searchedText(state: SearchState): string | null {
  return state.query.trim() || null;
}

/** True when the state asks for nothing: no words and no filter. */
export function isEmpty(state: SearchState): boolean {
  return searchedText(state) === null && Object.keys(state.filters).length === 0;
}

/** True when the state asks for the newest meetings first. */
export function newestFirst(state: SearchState): boolean {
  return state.order === ORDER.newestFirst;
}

/** The query string of a state: the words (trimmed), then the chosen filters in the form's order, then the order. */
export function toParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const words = state.query.trim();
  if (words) params.set(QUERY_PARAMETER, words);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.order) params.set(ORDER.parameter, state.order);
  return params;
}

/** The address of the search page at `pathname` with `params`, without `?` when there are none. */
export function urlOf(pathname: string, params: URLSearchParams): string {
  return `${pathname}${params.size ? `?${params}` : ''}`;
}

/** What a link of the page changes in the search it runs. */
export type SearchChange =
  /** Search other words (a correction). */
  | { query: string }
  /** Search no words but a filter's value (a topic for the query's words). */
  | { filter: string; value: string }
  /** Remove a filter (a chip). */
  | { remove: string };

/** `params` changed by `change`. */
export function applyChange(params: URLSearchParams, change: SearchChange): URLSearchParams {
  const changed = new URLSearchParams(params);
  if ('query' in change) changed.set(QUERY_PARAMETER, change.query);
  else if ('remove' in change) changed.delete(change.remove);
  else {
    changed.delete(QUERY_PARAMETER);
    changed.set(change.filter, change.value);
  }
  return changed;
}

/** The query's words as the page compares them with the words at a match's locations: folded, letters and digits only. */
export function queryTerms(query: string | null): string[] {
  return (query ?? '')
    .split(/\s+/)
    .map((word) => foldWord(word).replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
}
