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
import { siteFile, urls } from './urls.ts';

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

/**
 * How the search page and the build fold a word before comparing it with the archive's words:
 * decomposed, marks removed, lower case ("Besöksförbud" → "besoksforbud").
 */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The archive's words, in one file per first letter (folded), so that a query loads only what its words need. */
export const VOCABULARY_FOLDER = 'ordlista/';

/** The file of the words that start with `letter` (a folded first character; other characters go to `_`). */
export function vocabularyFile(letter: string): string {
  return `${VOCABULARY_FOLDER}${/^[a-z0-9]$/.test(letter) ? letter : '_'}.json`;
}

/** The Pagefind meta field that tells where each question starts in an item's text: `wordIndex:anchor` pairs, `;`-separated. */
export const QUESTIONS_META = 'fragor';

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
  /** Where the word files are, from the site's root (`sok/ordlista/`). */
  vocabularyPath: `${siteFile(urls.search)}${VOCABULARY_FOLDER}`,
  questionsMeta: QUESTIONS_META,
};
