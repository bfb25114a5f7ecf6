/**
 * The search page's one instance, in the manner of Pagefind's modular UI
 * (`Instance` in `pagefind_ui/modular/modular-core.js`): it owns the engine,
 * the URL state and the results; components (the form, the filters, status,
 * help, chips, results) register with it and listen to its events. The URL is
 * the state: every search starts from `location.search`, and submitting the
 * form, following one of the page's own links and going back or forward all
 * change the URL first.
 */
import { RESULTS_PAGE_SIZE } from '../../core/search-contract.ts';
import type { WordReport } from './help.ts';
import type { FilterCounts, PagefindRecord, PagefindResult, SearchEngine } from './pagefind.ts';
import {
  applyChange,
  type ChosenFilters,
  isEmpty,
  newestFirst,
  parseState,
  queryTerms,
  type SearchChange,
  type SearchState,
  searchedText,
  urlOf,
} from './state.ts';

/** A search that ran, and how far its results are shown. */
export interface SearchRun {
  /** Counts the searches: a newer search makes an older one's late answers stale. */
  run: number;
  state: SearchState;
  /** The words searched (trimmed), or null when only filters are chosen. */
  query: string | null;
  filters: ChosenFilters;
  /** True when words were searched. */
  searched: boolean;
  /** The query's words as the items' matches are compared with them. */
  terms: string[];
  /** What the archive holds of each query word (looked up while the engine searches); empty without words. */
  words: WordReport[];
  results: PagefindResult[];
  /** How many meetings each filter value would leave. */
  counts: FilterCounts;
  /** How many results are shown. */
  shown: number;
}

/** The instance's events and what each handler gets. */
export interface SearchEvents {
  /** The state was read from the URL (at start, back and forward, a link of the page): the form shows it. */
  state: [state: SearchState];
  /** A search starts. */
  search: [state: SearchState];
  /** Nothing is asked (no words, no filter): the page is as built. */
  clear: [];
  /** The engine is searching. */
  loading: [];
  /** Results are found: the list starts over. */
  results: [run: SearchRun];
  /** The data of more results is loaded, to be shown. */
  page: [run: SearchRun, records: PagefindRecord[]];
  /** The first results are shown. */
  done: [run: SearchRun];
}

/** A part of the page that registers with the instance. */
export interface SearchComponent {
  register(instance: SearchInstance): void;
}

/** The form, as the instance asks it: the query string its controls ask for. */
export interface SearchForm {
  params(): URLSearchParams;
}

/** What the instance needs of the page's window. */
export type SearchHost = Pick<Window, 'location' | 'history' | 'addEventListener'>;

type Handlers = { [E in keyof SearchEvents]: ((...args: SearchEvents[E]) => void)[] };

/** The search page's instance. */
export class SearchInstance {
  private readonly handlers: Handlers = { state: [], search: [], clear: [], loading: [], results: [], page: [], done: [] };
  private engine: Promise<SearchEngine> | undefined;
  private form: SearchForm | undefined;
  private runs = 0;
  private current: SearchRun | undefined;
  /** The query string of the last search: a popstate that keeps it (a link to a fragment) is no new search. */
  private searchedFor: string | undefined;

  /**
   * @param host the page's window (its location, history and `popstate`)
   * @param loadEngine loads the engine, once, before the first search
   * @param lookUpWords what the archive holds of a query's words (the word files), asked while the engine searches
   */
  constructor(
    private readonly host: SearchHost,
    private readonly loadEngine: () => Promise<SearchEngine>,
    private readonly lookUpWords: (query: string) => Promise<WordReport[]> = async () => [],
  ) {}

  /** Adds a component: it registers itself. */
  add(component: SearchComponent): this {
    component.register(this);
    return this;
  }

  /** Registers the form whose controls make the query string of a submitted search and of the page's links. */
  registerForm(form: SearchForm): void {
    this.form = form;
  }

  /** Listens to an event. */
  on<E extends keyof SearchEvents>(event: E, handler: (...args: SearchEvents[E]) => void): void {
    this.handlers[event].push(handler);
  }

  private dispatch<E extends keyof SearchEvents>(event: E, ...args: SearchEvents[E]): void {
    for (const handler of this.handlers[event]) handler(...args);
  }

  /** Shows the URL's search, and follows back and forward. */
  start(): void {
    // Back and forward search again; a link within the page ("Hoppa till träffarna", #sokresultat) also fires
    // popstate but leaves the query as it is, and must not redraw the results under the reader's focus.
    this.host.addEventListener('popstate', () => {
      if (this.host.location.search !== this.searchedFor) void this.fromUrl();
    });
    void this.fromUrl();
  }

  /** True while `run` is the newest search: what a slow part of it finds is still to be shown. */
  isCurrent(run: number): boolean {
    return run === this.runs;
  }

  /** The query string of the form's search changed by `change`, as a link of the page (`?q=…`). */
  linkTo(change: SearchChange): string {
    if (!this.form) throw new Error('Sökformuläret saknas.');
    return `?${applyChange(this.form.params(), change)}`;
  }

  /** Runs the form's search: its address becomes the URL (a new history entry when it differs). */
  submit(): Promise<void> {
    if (!this.form) throw new Error('Sökformuläret saknas.');
    const { location, history } = this.host;
    const url = urlOf(location.pathname, this.form.params());
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    return this.search();
  }

  /** Follows one of the page's own links (`?q=…`): a new history entry, then its search. */
  follow(href: string): Promise<void> {
    this.host.history.pushState(null, '', href);
    return this.fromUrl();
  }

  /** Shows the URL's state in the components, then searches it. */
  private fromUrl(): Promise<void> {
    this.dispatch('state', parseState(this.host.location.search));
    return this.search();
  }

  /** Searches what the URL asks for and shows the first results. */
  private async search(): Promise<void> {
    this.searchedFor = this.host.location.search;
    const state = parseState(this.host.location.search);
    const run = ++this.runs;
    this.dispatch('search', state);
    if (isEmpty(state)) {
      this.current = undefined;
      this.dispatch('clear');
      return;
    }
    this.dispatch('loading');
    const query = searchedText(state);
    const words = query ? this.lookUpWords(query) : Promise.resolve([]);
    this.engine ??= this.loadEngine();
    const engine = await this.engine;
    const found = await engine.search(query, { filters: state.filters, newestFirst: newestFirst(state) });
    const reports = await words;
    if (!this.isCurrent(run) || !found) return;
    const current: SearchRun = {
      run,
      state,
      query,
      filters: state.filters,
      searched: query !== null,
      terms: queryTerms(query),
      words: reports,
      results: found.results,
      counts: found.filters,
      shown: 0,
    };
    this.current = current;
    this.dispatch('results', current);
    await this.showMore();
    if (this.isCurrent(run)) this.dispatch('done', current);
  }

  /** Loads and shows the next {@link RESULTS_PAGE_SIZE} results of the current search. */
  async showMore(): Promise<void> {
    const current = this.current;
    if (!current) return;
    const { results, shown, run } = current;
    const records = await Promise.all(results.slice(shown, shown + RESULTS_PAGE_SIZE).map((result) => result.data()));
    if (!this.isCurrent(run)) return;
    current.shown = shown + records.length;
    this.dispatch('page', current, records);
  }
}
