/**
 * The first search on a built site in Chromium, through the search page as a
 * user runs it: the bytes the browser loads for it (Pagefind's entry,
 * WebAssembly, metadata, index chunks, fragments, of every part of the index)
 * and the time from submitting the form to the announced result count (with
 * the first results shown); then the time of further searches once loaded,
 * and of "Nyast först" with an agency chosen.
 */
import { launchBrowser } from '../dev/chromium.ts';
import { startServer } from '../dev/serve.ts';
import { urls } from '../core/urls.ts';

const QUERIES = ['vaccination', 'besöksförbud', 'personal', 'kommunerna', 'tillsyn'];

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

/** Searches a built site in Chromium as a member does, and measures it. */
export async function measureSearch(siteDir: string): Promise<SearchFigures> {
  const server = await startServer({ siteDir, port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(new URL(`.${urls.search}`, server.url).href);
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
    const first = (await page.evaluate(submit(QUERIES[0]!))) as number;
    await Promise.all(pending);
    const firstBytes = bytes;
    const firstFiles = files;
    const queries: SearchFigures['queries'] = [];
    for (const query of QUERIES.slice(1)) queries.push({ query, ms: (await page.evaluate(submit(query))) as number });
    const filteredNewestMs = (await page.evaluate(submit(FILTERED.query, FILTERED.filters))) as number;
    return { firstSearchBytes: firstBytes, files: firstFiles, firstSearchMs: first, queries, filteredNewestMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
