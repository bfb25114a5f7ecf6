/**
 * The first search on a built site in Chromium, through the search page as a
 * user runs it: the bytes the browser loads for it (Pagefind's entry,
 * WebAssembly, metadata, index chunks, fragments, of every part of the index)
 * and the time from submitting the form to the announced result count (with
 * the first results shown); then the time of further searches once loaded,
 * and of "Nyast först" with an agency chosen. The baseline's site (bare
 * Pagefind over bare pages) is searched the same way in the same Chromium:
 * Pagefind's own API, from the query to the first five results' data, as its
 * default UI shows them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../dev/chromium.ts';
import { startServer } from '../dev/serve.ts';
import { urls } from '../core/urls.ts';

/** The queries: the first one loads the index, the others are timed once it is loaded. */
export const SEARCH_QUERIES = ['vaccination', 'besöksförbud', 'personal', 'kommunerna', 'tillsyn'];

/** The agency and order of the filtered search ("Nyast först" with an agency): FoHM presents in every generated archive. */
const FILTERED = { query: 'äldreomsorgen', filters: { aktor: 'fohm', ordning: 'nyast' } };

/**
 * Submits `query` in the search page's form (with `filters` chosen in its selects) and resolves with the
 * milliseconds until the result count is announced, which the page does once the first results are shown.
 */
const submit = (query: string, filters: Record<string, string> = {}) => `new Promise((resolve) => {
  const q = ${JSON.stringify(query)};
  const status = document.getElementById('sokstatus');
  const input = document.getElementById('sok-fraga');
  for (const [name, value] of Object.entries(${JSON.stringify(filters)})) input.form.elements.namedItem(name).value = value;
  const started = performance.now();
  const observer = new MutationObserver(() => {
    const text = status.textContent;
    if (text.includes('”' + q + '”') && !text.startsWith('Söker')) {
      observer.disconnect();
      resolve(performance.now() - started);
    }
  });
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  input.value = q;
  input.form.requestSubmit();
})`;

/** What {@link measureSearch} measured. */
export interface SearchFigures {
  /** Bytes and files of the search index the first search loaded, and its time from pressing Sök to the announced count. */
  firstSearchBytes: number;
  files: number;
  firstSearchMs: number;
  /** Each later search (the page loaded), by query. */
  queries: { query: string; ms: number }[];
  /** "Nyast först" with an agency chosen. */
  filteredNewestMs: number;
}

/** What {@link measureBaselineSearch} measured: the baseline has no filters, so no "Nyast först" with one. */
export type BaselineSearchFigures = Omit<SearchFigures, 'filteredNewestMs'>;

/** Counts the bytes and files the page loads from a `/pagefind/` folder (every part of an index), until read. */
function pagefindLoads(page: Page): { read(): Promise<{ bytes: number; files: number }> } {
  let bytes = 0;
  let files = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/pagefind/')) return;
    pending.push(
      response.body().then(
        (body) => {
          bytes += body.length;
          files++;
        },
        () => undefined,
      ),
    );
  });
  return {
    async read() {
      await Promise.all(pending);
      return { bytes, files };
    },
  };
}

/** Serves `siteDir` and opens `pagePath` in Chromium for `measure`; closes both after. */
async function inChromium<T>(siteDir: string, pagePath: string, measure: (page: Page) => Promise<T>): Promise<T> {
  const server = await startServer({ siteDir, port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(new URL(`.${pagePath}`, server.url).href);
    return await measure(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Searches a built site in Chromium as a member does, and measures it. */
export async function measureSearch(siteDir: string): Promise<SearchFigures> {
  return inChromium(siteDir, urls.search, async (page) => {
    const loads = pagefindLoads(page);
    const first = (await page.evaluate(submit(SEARCH_QUERIES[0]!))) as number;
    const { bytes, files } = await loads.read();
    const queries: SearchFigures['queries'] = [];
    for (const query of SEARCH_QUERIES.slice(1)) queries.push({ query, ms: (await page.evaluate(submit(query))) as number });
    const filteredNewestMs = (await page.evaluate(submit(FILTERED.query, FILTERED.filters))) as number;
    return { firstSearchBytes: bytes, files, firstSearchMs: first, queries, filteredNewestMs };
  });
}

/** The page the baseline's site is searched from: nothing but a document of the site's origin (Pagefind is loaded by the first search). */
const BASELINE_PAGE = 'bench-sok.html';

/**
 * Searches `query` with Pagefind's API and loads the first five results' data; resolves with the milliseconds. The
 * first search loads Pagefind (its module, WebAssembly and metadata), as our search page's first search does.
 */
const baselineSearch = (query: string) => `(async () => {
  const started = performance.now();
  window.pagefind ??= await import('/pagefind/pagefind.js');
  const search = await window.pagefind.search(${JSON.stringify(query)});
  await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  return performance.now() - started;
})()`;

/**
 * Searches the baseline's site (`siteDir`, Pagefind's CLI output beside bare pages) the same way in the same Chromium:
 * the same queries, each from the query to the first five results' data, the first one's bytes counted as ours are.
 */
export async function measureBaselineSearch(siteDir: string): Promise<BaselineSearchFigures> {
  await writeFile(
    path.join(siteDir, BASELINE_PAGE),
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Sök</title></head><body></body></html>\n',
  );
  return inChromium(siteDir, `/${BASELINE_PAGE}`, async (page) => {
    const loads = pagefindLoads(page);
    const first = (await page.evaluate(baselineSearch(SEARCH_QUERIES[0]!))) as number;
    const { bytes, files } = await loads.read();
    const queries: SearchFigures['queries'] = [];
    for (const query of SEARCH_QUERIES.slice(1)) queries.push({ query, ms: (await page.evaluate(baselineSearch(query))) as number });
    return { firstSearchBytes: bytes, files, firstSearchMs: first, queries };
  });
}
