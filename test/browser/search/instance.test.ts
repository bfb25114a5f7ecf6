import { describe, expect, it } from 'vitest';
import { type SearchHost, SearchInstance, type SearchRun } from '../../../src/browser/search/instance.ts';
import type { EngineSearch, PagefindRecord, SearchEngine } from '../../../src/browser/search/pagefind.ts';
import { RESULTS_PAGE_SIZE } from '../../../src/core/search-contract.ts';
import { record } from './records.ts';

/** A window with a location and a history that move together, and its popstate listener. */
function fakeHost(search = '') {
  const location = { pathname: '/sok/', search };
  const pushed: string[] = [];
  let popstate: (() => void) | undefined;
  const host = {
    location,
    history: {
      pushState(_state: unknown, _unused: string, url: string) {
        pushed.push(url);
        location.search = new URL(url, 'http://x/sok/').search;
      },
    },
    addEventListener(type: string, listener: () => void) {
      if (type === 'popstate') popstate = listener;
    },
  };
  const back = (to: string) => {
    location.search = to;
    popstate?.();
  };
  return { host: host as unknown as SearchHost, location, pushed, back };
}

/** An engine that finds `count` results for every search and records what it was asked. */
function fakeEngine(count: number) {
  const asked: unknown[] = [];
  const engine: SearchEngine = {
    async search(query, options) {
      asked.push({ query, ...options });
      const found: EngineSearch = {
        results: Array.from({ length: count }, (_, i) => ({
          id: String(i),
          data: async (): Promise<PagefindRecord> => ({ ...record(), url: `/m/${i}/` }),
        })),
        filters: { aktor: { fohm: count } },
      };
      return found;
    },
  };
  return { engine, asked };
}

/** Every event of the instance, in order, with what tells them apart. */
function recordEvents(instance: SearchInstance) {
  const events: string[] = [];
  instance.on('state', (state) => events.push(`state ${state.query}`));
  instance.on('search', () => events.push('search'));
  instance.on('clear', () => events.push('clear'));
  instance.on('loading', () => events.push('loading'));
  instance.on('results', (run) => events.push(`results ${run.results.length}`));
  instance.on('page', (run, records) => events.push(`page ${records.map((r) => r.url).join(' ')} (${run.shown})`));
  instance.on('done', () => events.push('done'));
  return events;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the search instance', () => {
  it('looks the query’s words up while the engine searches, and gives the run what the archive holds of them', async () => {
    const { host } = fakeHost('?q=besöksförbd');
    const looked: string[] = [];
    const report = { word: 'besöksförbd', found: false, prefixOnly: false, closest: ['besöksförbud'] };
    const instance = new SearchInstance(
      host,
      async () => fakeEngine(2).engine,
      async (query) => (looked.push(query), [report]),
    );
    let done: SearchRun | undefined;
    instance.on('done', (run) => (done = run));
    instance.start();
    await settle();
    expect(looked).toEqual(['besöksförbd']);
    expect(done?.words).toEqual([report]);
  });

  it('shows the URL’s search at start: the state, then the search, the first page of results and done', async () => {
    const { host } = fakeHost('?q=vaccin&aktor=fohm');
    const { engine, asked } = fakeEngine(RESULTS_PAGE_SIZE + 2);
    let loads = 0;
    const instance = new SearchInstance(host, async () => (loads++, engine));
    const events = recordEvents(instance);
    let done: SearchRun | undefined;
    instance.on('done', (run) => (done = run));
    instance.start();
    await settle();
    expect(events).toEqual([
      'state vaccin',
      'search',
      'loading',
      `results ${RESULTS_PAGE_SIZE + 2}`,
      'page /m/0/ /m/1/ /m/2/ /m/3/ /m/4/ (5)',
      'done',
    ]);
    expect(asked).toEqual([{ query: 'vaccin', filters: { aktor: 'fohm' }, newestFirst: false }]);
    expect(done).toMatchObject({ query: 'vaccin', searched: true, terms: ['vaccin'], counts: { aktor: { fohm: 7 } }, shown: 5 });
    await instance.showMore();
    expect(events.at(-1)).toBe('page /m/5/ /m/6/ (7)');
    expect(loads).toBe(1);
  });

  it('clears without words and filters, and never loads the engine for that', async () => {
    const { host } = fakeHost('?ordning=nyast');
    let loads = 0;
    const instance = new SearchInstance(host, async () => (loads++, fakeEngine(0).engine));
    const events = recordEvents(instance);
    instance.start();
    await settle();
    expect(events).toEqual(['state ', 'search', 'clear']);
    expect(loads).toBe(0);
  });

  it('submits the form’s search as a new history entry only when the address changes', async () => {
    const { host, pushed } = fakeHost('?q=vaccin');
    const instance = new SearchInstance(host, async () => fakeEngine(1).engine);
    let params = new URLSearchParams('q=vaccin');
    instance.registerForm({ params: () => params });
    const events = recordEvents(instance);
    await instance.submit();
    params = new URLSearchParams('q=vaccin&ordning=nyast');
    await instance.submit();
    params = new URLSearchParams();
    await instance.submit();
    expect(pushed).toEqual(['/sok/?q=vaccin&ordning=nyast', '/sok/']);
    // Submitting does not read the URL into the form: the form shows what was submitted.
    expect(events.filter((e) => e.startsWith('state'))).toEqual([]);
    expect(events.at(-1)).toBe('clear');
  });

  it('follows the page’s links and back and forward: the state is read from the URL each time', async () => {
    const { host, pushed, back } = fakeHost('?q=vacination');
    const { engine, asked } = fakeEngine(1);
    const instance = new SearchInstance(host, async () => engine);
    instance.registerForm({ params: () => new URLSearchParams('q=vacination&aktor=fohm') });
    const events = recordEvents(instance);
    instance.start();
    await settle();
    expect(instance.linkTo({ query: 'vaccination' })).toBe('?q=vaccination&aktor=fohm');
    await instance.follow('?q=vaccination');
    back('?q=vacination');
    await settle();
    expect(pushed).toEqual(['?q=vaccination']);
    expect(asked.map((a) => (a as { query: string }).query)).toEqual(['vacination', 'vaccination', 'vacination']);
    expect(events.filter((e) => e.startsWith('state'))).toEqual(['state vacination', 'state vaccination', 'state vacination']);
  });

  it('drops a search’s late answer once a newer search has started', async () => {
    const { host, back } = fakeHost('?q=first');
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const engine: SearchEngine = {
      async search(query) {
        if (query === 'first') await slow;
        return { results: [{ id: query ?? '', data: async () => record() }], filters: {} };
      },
    };
    const instance = new SearchInstance(host, async () => engine);
    const found: (string | null)[] = [];
    instance.on('done', (run) => found.push(run.query));
    instance.start();
    await settle();
    back('?q=second');
    await settle();
    release();
    await settle();
    expect(found).toEqual(['second']);
    expect(instance.isCurrent(2)).toBe(true);
  });
});

describe('a popstate that keeps the query (a link within the page, "Hoppa till träffarna")', () => {
  it('does not search again, so the results under the reader’s focus stay; going back to another query does', async () => {
    const { host, back } = fakeHost('?q=vaccin');
    const instance = new SearchInstance(host, async () => fakeEngine(2).engine);
    const events = recordEvents(instance);
    instance.start();
    await settle();
    const before = events.length;
    back('?q=vaccin');
    await settle();
    expect(events.length).toBe(before);
    back('?q=besök');
    await settle();
    expect(events.slice(before)[0]).toBe('state besök');
  });
});
