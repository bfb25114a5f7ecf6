/**
 * The search contract: what the search index (`src/search/search.ts`) and
 * the search page (`templates/search.njk`, `templates/assets/search.js`)
 * agree on. The names of the URL parameters, which are also Pagefind's filter
 * names, the part filter, the sort key, the separator before the names added
 * for search, and how many results the page shows at a time. The search page
 * gets them (with the month names) as `data-*` attributes on its form, so the
 * browser code restates none of them.
 */
import { MONTHS } from './dates.ts';

/** The names of the URL parameters that filter, which are also the Pagefind filter names. */
export const FILTERS = { topic: 'amne', agency: 'aktor', person: 'person', year: 'ar' } as const;

/** Separates an item's text from the title, presenters and agency names added for search; the search page shows only what comes before it. */
export const ALIAS_SEPARATOR = '⁂';

/** The Pagefind filter that holds each record's part of the index ("1", "2" …; not a URL parameter). */
export const PART_FILTER = 'del';

/** The Pagefind sort key of every record: its meeting's date, `YYYY-MM-DD`. */
export const SORT_KEY = 'datum';

/** The URL parameter of the query text. */
export const QUERY_PARAMETER = 'q';

/** The URL parameter of the order, and its value for newest first (absent: best match first). */
export const ORDER = { parameter: 'ordning', newestFirst: 'nyast' } as const;

/** How many results the search page shows at a time ("Visa fler träffar" shows as many more). */
export const RESULTS_PAGE_SIZE = 20;

/** The contract as the search page's templates use it (the site plugin hands it to them as `searchContract`). */
export const searchContract = {
  filters: FILTERS,
  /** The filter parameters in the order of the form. */
  filterNames: Object.values(FILTERS),
  aliasSeparator: ALIAS_SEPARATOR,
  partFilter: PART_FILTER,
  sortKey: SORT_KEY,
  query: QUERY_PARAMETER,
  order: ORDER,
  pageSize: RESULTS_PAGE_SIZE,
  /** Month names for the result dates ("19 januari 2021"). */
  months: MONTHS,
};
