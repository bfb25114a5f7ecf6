/**
 * The search engine: Pagefind's browser API over every part of the index.
 * A large archive's index is built in parts, newest first (their folders are
 * in the form's `data-search-indexes`, their ids in `data-search-parts`),
 * merged with Pagefind's `mergeIndex` when a query first needs them. Every
 * record has the part filter ({@link PART_FILTER}): a query is asked only of
 * the parts a single index would find it in (`parts.ts`), because a part
 * without a query's word falls back to a shorter one. Relevance order is
 * Pagefind's merged order (by score; equal scores in the order the parts were
 * merged);
 * "nyast först" asks one part at a time, newest part first, because
 * Pagefind's merge orders by score, and a sorted search's score is only the
 * rank within its own part. Filter counts are added up.
 */
import { PART_FILTER, SORT_KEY } from '../../core/search-contract.ts';
import { partChooser, type PartChooser } from './parts.ts';

/** An element with an id in a record, as Pagefind lists it among a result's anchors. */
export interface PagefindAnchor {
  /** The element's tag name in lower case: `h2`, `h3`, `span`. */
  element: string;
  id: string;
  /** The element's text (empty for an item mark). */
  text: string;
  /** The position of its first word among the record's words. */
  location: number;
}

/** A word's weight in a sub-result, as Pagefind scores it. */
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** One section of a record that matched: the text under a heading with an id, or (without `anchor`) the record's own start. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  locations?: number[];
  weighted_locations?: PagefindWeightedLocation[];
}

/** A record's data, as a result's `data()` gives it. */
export interface PagefindRecord {
  url: string;
  /** The record's words, separated by white space (Pagefind's locations count them). */
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  sub_results?: PagefindSubResult[];
}

/** One result: its record's data is loaded when asked for. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindRecord>;
}

/** Pagefind's filter counts: how many results each value of each filter would leave (`{ amne: { vaccination: 3 } }`). */
export type FilterCounts = Record<string, Record<string, number>>;

/** What a search found. */
export interface EngineSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** What the search page asks of the engine. */
export interface SearchEngine {
  /** Searches `query` (null: every record the filters hold); null when Pagefind gave up (a newer search). */
  search(query: string | null, options: { filters: Readonly<Record<string, string>>; newestFirst: boolean }): Promise<EngineSearch | null>;
}

/** The part of a Pagefind instance the page uses: the module's own, or one made by `createInstance`. */
export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    query: string | null,
    options: { filters: Record<string, string | { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<EngineSearch | null>;
}

/** The part of Pagefind's module (`pagefind/pagefind.js`) the page uses: its default instance, and further instances. */
export interface PagefindModule extends PagefindInstance {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** How many words Pagefind's excerpts have; the first words of an item shown instead of an excerpt are as many. */
export const EXCERPT_WORDS = 30;

/** Adds up Pagefind's filter counts of several parts. */
export function addCounts(list: readonly (FilterCounts | undefined)[]): FilterCounts {
  const total: FilterCounts = {};
  for (const counts of list) {
    for (const [name, values] of Object.entries(counts ?? {})) {
      const sum = (total[name] ??= {});
      for (const [value, n] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + n;
    }
  }
  return total;
}

/** A value of the part filter that no record has: asked when no part holds what a query needs, it finds nothing, as a single index does. */
export const NO_PART = '-';

/**
 * Whether a query is searched with å, ä, ö (and other letters with diacritics) exact: when the member typed one.
 * Pagefind 1.5+ folds them by default, so that "besoksforbud" finds besöksförbud, typed on a keyboard without
 * them; but folded, "här" finds every "har" and "för" every "for…" ("fortsatt"), and the excerpts mark them. A
 * member who typed "här" meant här: it is searched exact, and finds only här. A query without them stays folded
 * ("har" finds har and här). Pagefind's `ranking.diacriticSimilarity` was measured on the bundled minutes and
 * changes neither the matched words nor their weights, so it is left as it is (README, Search).
 */
export function exactDiacriticsFor(query: string | null): boolean {
  return query !== null && /\p{M}/u.test(query.normalize('NFD'));
}

/**
 * The engine that searches a query with diacritics ({@link exactDiacriticsFor}) through `exact`, made on the first
 * such query (its index files are loaded only then), and any other query through `folded`.
 */
export function diacriticsEngine(folded: SearchEngine, exact: () => Promise<SearchEngine>): SearchEngine {
  let exactEngine: Promise<SearchEngine> | undefined;
  return {
    async search(query, options) {
      if (!exactDiacriticsFor(query)) return folded.search(query, options);
      exactEngine ??= exact();
      return (await exactEngine).search(query, options);
    },
  };
}

/** The index the search form names: its parts' folders and ids (newest first), and the folder of its key files ('' for one part). */
export interface IndexParts {
  folders: readonly string[];
  ids: readonly string[];
  keys: string;
}

/**
 * Loads Pagefind from the first of the parts' folders (the newest; paths from the site's root, `siteRoot`) and
 * merges the others as the queries need them: a part is merged the first time {@link partChooser} chooses it
 * for a query (from the key files read with `fetchJson`), so a search loads nothing of a part it is not asked
 * of. Pagefind searches every part merged so far (the part filter keeps the results to the chosen ones), and
 * counts only the filters whose data it has loaded, so each merge loads the filters' data. A query with å, ä
 * or ö is searched by a second instance with Pagefind's `exactDiacritics` ({@link diacriticsEngine}), opened
 * the same way on the first such query.
 */
export async function loadPagefind(
  { folders, ids, keys }: IndexParts,
  siteRoot: URL,
  fetchJson: (url: URL) => Promise<unknown>,
): Promise<SearchEngine> {
  const [first] = folders;
  if (first === undefined) throw new Error('Sökindexet saknas: sökformuläret anger inga mappar.');
  if (ids.length !== folders.length || (folders.length > 1 && !keys))
    throw new Error('Sökindexet: sökformulärets delar stämmer inte med dess mappar; bygg arkivet igen.');
  const path = (folder: string) => new URL(folder, siteRoot).pathname;
  const folderOf = new Map(ids.map((id, i) => [id, path(folders[i]!)]));
  const pagefind = (await import(`${path(first)}pagefind.js`)) as PagefindModule;
  const open = async (instance: PagefindInstance, exactDiacritics: boolean) => {
    await instance.options({ excerptLength: EXCERPT_WORDS, exactDiacritics });
    await instance.filters();
    const merged = new Set(ids.slice(0, 1));
    let merging = Promise.resolve();
    // One merge after another, newest part first: Pagefind's merged indexes share one WebAssembly instance.
    const merge = (chosen: readonly string[]) =>
      (merging = merging.then(async () => {
        const fresh = chosen.filter((id) => !merged.has(id));
        if (!fresh.length) return;
        for (const id of fresh) {
          merged.add(id);
          await instance.mergeIndex(folderOf.get(id)!, { exactDiacritics });
        }
        await instance.filters();
      }));
    return pagefindEngine(instance, ids, choose, merge);
  };
  const keyFolder = new URL(keys, siteRoot);
  const choose = partChooser(ids, (file) => fetchJson(new URL(file, keyFolder)));
  return diacriticsEngine(await open(pagefind, false), () => open(pagefind.createInstance({ exactDiacritics: true }), true));
}

/**
 * The engine over a loaded Pagefind whose records carry the part filter with the ids `parts`; `choose` names the
 * parts a query is asked of (default: all), and `merge` makes sure Pagefind has merged them before it is asked
 * (default: they all are).
 */
export function pagefindEngine(
  pagefind: PagefindInstance,
  parts: readonly string[],
  choose: PartChooser = async () => [...parts],
  merge: (chosen: readonly string[]) => Promise<void> = async () => undefined,
): SearchEngine {
  return {
    async search(query, { filters, newestFirst }) {
      const chosen = await choose(query);
      await merge(chosen);
      if (!newestFirst || !chosen.length) {
        const any = chosen.length ? chosen : [NO_PART];
        const found = await pagefind.search(query, { filters: { ...filters, [PART_FILTER]: { any } } });
        return found && { results: found.results, filters: found.filters };
      }
      const found: (EngineSearch | null)[] = [];
      for (const part of chosen)
        found.push(await pagefind.search(query, { filters: { ...filters, [PART_FILTER]: part }, sort: { [SORT_KEY]: 'desc' } }));
      const all = found.filter((f): f is EngineSearch => f !== null);
      if (all.length < found.length) return null;
      return { results: all.flatMap((f) => f.results), filters: addCounts(all.map((f) => f.filters)) };
    },
  };
}
