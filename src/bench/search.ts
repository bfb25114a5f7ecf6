/**
 * The first search on a built site in Chromium: the bytes the browser loads
 * for it (Pagefind's entry, WebAssembly, index chunks, fragments) and the
 * time it takes; then the time of further searches once loaded.
 */
import { launchBrowser } from '../../test/browser.ts';
import { startServer } from '../serve.ts';

const QUERIES = ['vaccination', 'besöksförbud', 'personal', 'kommunerna', 'tillsyn'];

export async function measureSearch(siteDir: string): Promise<{ firstSearchBytes: number; files: number; firstSearchMs: number; queryMs: number }> {
  const server = await startServer({ siteDir, port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}om-arkivet/`);
    let bytes = 0;
    let files = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!response.url().includes('/pagefind/')) return;
      pending.push(
        response.body().then((body) => {
          bytes += body.length;
          files++;
        }, () => undefined),
      );
    });
    const first = (await page.evaluate(`(async () => {
      const started = performance.now();
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
      const found = await pagefind.search(${JSON.stringify(QUERIES[0])});
      await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      window.__pagefind = pagefind;
      return performance.now() - started;
    })()`)) as number;
    await Promise.all(pending);
    const firstBytes = bytes;
    const firstFiles = files;
    const times: number[] = [];
    for (const query of QUERIES.slice(1)) {
      times.push(
        (await page.evaluate(`(async () => {
          const started = performance.now();
          const found = await window.__pagefind.search(${JSON.stringify(query)});
          await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
          return performance.now() - started;
        })()`)) as number,
      );
    }
    times.sort((a, b) => a - b);
    return { firstSearchBytes: firstBytes, files: firstFiles, firstSearchMs: first, queryMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await browser.close();
    await server.close();
  }
}
