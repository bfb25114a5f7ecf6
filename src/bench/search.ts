/**
 * The first search on a built site in Chromium, through the search page as a
 * user runs it: the bytes the browser loads for it (Pagefind's entry,
 * WebAssembly, metadata, index chunks, fragments, of every part of the index)
 * and the time from submitting the form to the announced result count (with
 * the first 20 results shown); then the time of further searches once loaded.
 */
import { launchBrowser } from '../dev/chromium.ts';
import { startServer } from '../dev/serve.ts';
import { urls } from '../core/urls.ts';

const QUERIES = ['vaccination', 'besöksförbud', 'personal', 'kommunerna', 'tillsyn'];

/** Submits `query` in the search page's form and resolves with the milliseconds until the result count is announced. */
const submit = (query: string) => `new Promise((resolve) => {
  const q = ${JSON.stringify(query)};
  const status = document.getElementById('sokstatus');
  const input = document.getElementById('sok-fraga');
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

export async function measureSearch(
  siteDir: string,
): Promise<{ firstSearchBytes: number; files: number; firstSearchMs: number; queryMs: number }> {
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
    const times: number[] = [];
    for (const query of QUERIES.slice(1)) times.push((await page.evaluate(submit(query))) as number);
    times.sort((a, b) => a - b);
    return { firstSearchBytes: firstBytes, files: firstFiles, firstSearchMs: first, queryMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await browser.close();
    await server.close();
  }
}
