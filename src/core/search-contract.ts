/**
 * The search contract: what the search index (`src/search/search.ts`), the
 * search page's template (`templates/search.njk`) and its code
 * (`src/browser/search/`, compiled to `assets/search.js`) agree on. The names
 * of the URL parameters, which are also Pagefind's filter names, the part
 * filter, the sort key, the separator before the names added for search, how
 * many results the page shows at a time, how words are folded, where the
 * archive's words are, the grammar of the item marks, when a word of the
 * archive is close to a query word, and where a screen counts as narrow.
 * The page's code imports them from here (the template also writes them as
 * `data-*` attributes of the form), so it restates none of them.
 */
import { MONTHS } from './dates.ts';
import type { ArchiveIndex } from './index-schema.ts';
import { siteFile, urls } from './urls.ts';

/** The names of the URL parameters that filter, which are also the Pagefind filter names. */
export const FILTERS = { topic: 'amne', agency: 'aktor', person: 'person', year: 'ar' } as const;

/** Separates an item's text from the title, presenters and agency names added for search; the search page shows only what comes before it. */
export const ALIAS_SEPARATOR = '⁂';

/** The Pagefind filter that holds each record's part of the index (the part's id, `3f2a9c1e`; not a URL parameter). */
export const PART_FILTER = 'del';

/**
 * The files that say which parts of a split index hold which of Pagefind's keys (`search/pagefind-keys.ts`), in
 * the folder the form's `data-search-keys` names: `<group>.json` for the keys of two or more characters by their
 * first two ({@link keyGroup}), each key's parts as a hexadecimal bit mask over the parts in the form's order, and
 * {@link KEY_CHARS_FILE} for the one-character keys and each first character's parts.
 */
export const KEY_CHARS_FILE = 'tecken.json';

/** What {@link KEY_CHARS_FILE} holds: by character, the parts that hold it as a key, and those with a key that begins with it. */
export interface KeyChars {
  single: Record<string, string>;
  first: Record<string, string>;
}

/** The group of a key of two or more characters: its first two, each a–z or 0–9 or else `_` (`besok` → `be`, `øre` → `_r`). */
export function keyGroup(key: string): string {
  return [...key]
    .slice(0, 2)
    .map((c) => (/^[a-z0-9]$/.test(c) ? c : '_'))
    .join('');
}

/** The Pagefind sort key of every record: its meeting's date, `YYYY-MM-DD`. */
export const SORT_KEY = 'datum';

/** The URL parameter of the query text. */
export const QUERY_PARAMETER = 'q';

/** The URL parameter of the order, and its value for newest first (absent: best match first). */
export const ORDER = { parameter: 'ordning', newestFirst: 'nyast' } as const;

/**
 * How many meetings the search page shows at a time ("Visa fler möten" shows as many more); each lists up to three
 * matching items. Each shown meeting costs its fragment (about 12 kB of text, with its sub-results worked out): at
 * 1,000 meetings ten took Pagefind 80–120 ms, as long as the search itself.
 */
export const RESULTS_PAGE_SIZE = 5;

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

/**
 * The Swedish word list (from `dictionary-sv`, written by the build): one file per folded first letter, one folded
 * word a line, of the dictionary's stems, and the dictionary's endings in one file beside them. The search page loads
 * them only for a query word the archive does not have, so that correct Swedish gets no "Menade du".
 */
export const SWEDISH_FOLDER = 'svenska/';

/** The file of the Swedish stems that start with `letter` (a folded first character; other characters go to `_`). */
export function swedishFile(letter: string): string {
  return `${SWEDISH_FOLDER}${/^[a-z0-9]$/.test(letter) ? letter : '_'}.txt`;
}

/** The file of the Swedish endings: `[strip, add]` pairs, folded (a word that ends in `add` is a form of the stem with `strip` instead). */
export const SWEDISH_ENDINGS_FILE = `${SWEDISH_FOLDER}andelser.json`;

/** The dictionary's licence, published beside its word list. */
export const SWEDISH_LICENCE_FILE = `${SWEDISH_FOLDER}LICENS.txt`;

/**
 * The shortest word the archive's word files hold, and so the shortest query word the search page
 * looks up there (folded): shorter words are neither said to be missing nor corrected.
 */
export const VOCABULARY_MIN_LENGTH = 3;

/**
 * When a word of the archive counts as a form of a query word (both folded): one starts with the
 * other, the shorter is at least `minLength` letters and they differ by at most `maxExtra` letters
 * ("besöksförbudet" for "besöksförbud"). Such a query word is found, and gets no help.
 */
export const SAME_STEM = { minLength: 5, maxExtra: 3 } as const;

/**
 * How many edits (as `editDistance` in `suggest.ts` counts them) a word of the archive may be from a
 * query word found nowhere to be offered as a correction: 2, and 3 for words of 8 letters or more.
 */
export function correctionEdits(length: number): number {
  return length >= 8 ? 3 : 2;
}

/** How many corrections the search page offers for a word found nowhere, closest first. */
export const CORRECTIONS_SHOWN = 3;

/**
 * When a query offers a topic by its `searchTerms` (`topics.yml`): the query (folded) is one of them,
 * or, from `minLength` letters, at most `maxEdits` edits from one ("visiting bna" → Besöksförbud).
 */
export const TOPIC_TERM = { minLength: 5, maxEdits: 1 } as const;

/**
 * Where a screen counts as narrow (a phone): the media query of the search page's folded filters and
 * of the narrow layout in `templates/assets/style.css`, whose `@media` names this constant beside it
 * (a test compares them). In a media query `rem` is the browser's default font size, as `em` is.
 */
export const NARROW_SCREEN = '(max-width: 40rem)';

/**
 * What a meeting's record says of each item, where Pagefind keeps it without making it searchable: the id of an empty
 * element after the item's heading (Pagefind lists every element with an id among a result's anchors, and indexes no
 * words of an empty one). {@link itemMark} writes it: `punkt|<anchor>|typ=agenda|amne=a,b|aktor=c|person=d`.
 * The search page reads it to show, under a meeting, only the items the chosen filters hold.
 */
export const ITEM_MARK = 'punkt';

/**
 * What a meeting's record says of each question of an agenda item, as {@link ITEM_MARK} does of an item: the id of
 * an empty element after the question's heading, `fraga|<anchor>|amne=a,b` ({@link questionMark}). A question has its
 * own topics (its agencies and people are its item's): under a topic filter, a match under a question counts only
 * when the question has the topic.
 */
export const QUESTION_MARK = 'fraga';

/** The id of a question's mark: its anchor and its own filter values ({@link questionFilterValues}). */
export function questionMark(anchor: string, filters: Record<string, readonly string[]>): string {
  return [QUESTION_MARK, anchor, ...Object.entries(filters).map(([name, values]) => `${name}=${values.join(',')}`)].join('|');
}

/** What a question mark says: the question's anchor and its own filter values; undefined for any other id. */
export function parseQuestionMark(id: string): { anchor: string; filters: Record<string, string[]> } | undefined {
  const [mark, anchor, ...fields] = id.split('|');
  if (mark !== QUESTION_MARK || anchor === undefined) return undefined;
  return { anchor, filters: readFields(fields) };
}

function readFields(fields: readonly string[]): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq === -1) continue;
    filters[field.slice(0, eq)] = field
      .slice(eq + 1)
      .split(',')
      .filter(Boolean);
  }
  return filters;
}

/** The field of an item mark that holds the item's kind. */
const KIND_FIELD = 'typ';

/** The id of an item's mark: its anchor, its kind (an agenda item's `###` are questions, a presentation's slide titles), its filter values. */
export function itemMark(anchor: string, kind: 'agenda' | 'presentation', filters: Record<string, readonly string[]>): string {
  return [
    ITEM_MARK,
    anchor,
    `${KIND_FIELD}=${kind}`,
    ...Object.entries(filters).map(([name, values]) => `${name}=${values.join(',')}`),
  ].join('|');
}

/** What an item mark says: the item's anchor, its kind and its filter values (see {@link itemMark}). */
export interface ItemMark {
  anchor: string;
  /** `agenda` or `presentation` as written; undefined when the mark has no kind. */
  kind: string | undefined;
  /** The values of each filter the mark names (`{ amne: ['vaccination'], aktor: ['fohm', 'skr'] }`). */
  filters: Record<string, string[]>;
}

/** Reads the id of an item's mark ({@link itemMark}); undefined for any other id. */
export function parseItemMark(id: string): ItemMark | undefined {
  const [mark, anchor, ...fields] = id.split('|');
  if (mark !== ITEM_MARK || anchor === undefined) return undefined;
  const { [KIND_FIELD]: kind, ...filters } = readFields(fields);
  return { anchor, kind: kind?.[0], filters };
}

/** The Pagefind meta field of who presented an item, by its anchor (`vem-besoksforbud`): meta values are copies of the page's words, which Pagefind also indexes. */
export const PRESENTERS_META = 'vem-';

/** The Pagefind meta field of who answered an item or a question, by its anchor (`svar-besoksforbud`: `FoHM, SKR`). */
export const ANSWERED_META = 'svar-';

type IndexItem = Pick<ArchiveIndex['items'][number], 'topicIds' | 'agencyIds' | 'answeringAgencyIds' | 'personIds'> & {
  questions?: readonly Pick<ArchiveIndex['items'][number]['questions'][number], 'topicIds'>[];
};

/** An item's values of the topic, agency and person filters: its agencies are those that presented it and those that answer in it. */
export function itemFilterValues(item: IndexItem): Record<string, string[]> {
  return {
    [FILTERS.topic]: item.topicIds,
    [FILTERS.agency]: [...new Set([...item.agencyIds, ...item.answeringAgencyIds])],
    [FILTERS.person]: item.personIds,
  };
}

/** A question's topic filter values, as its mark has them: its own topics, not its item's. */
export function questionFilterValues(
  question: Pick<ArchiveIndex['items'][number]['questions'][number], 'topicIds'>,
): Record<string, string[]> {
  return { [FILTERS.topic]: question.topicIds };
}

/** A meeting's filter values, as its search record has them: every value of any of its items and their questions, and its year. */
export function meetingFilterValues(year: number, items: readonly IndexItem[]): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const name of [FILTERS.topic, FILTERS.agency, FILTERS.person])
    values[name] = [...new Set(items.flatMap((item) => itemFilterValues(item)[name]!))];
  values[FILTERS.topic] = [
    ...new Set([...values[FILTERS.topic]!, ...items.flatMap((item) => (item.questions ?? []).flatMap((q) => q.topicIds))]),
  ];
  values[FILTERS.year] = [String(year)];
  return values;
}

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
  itemMark: ITEM_MARK,
  presentersMeta: PRESENTERS_META,
};
