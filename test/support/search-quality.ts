/**
 * Search quality, measured (issue 21, Build item 5): what the query sets over the bundled minutes
 * (`test/e2e/search-quality.browser.test.ts`) and over a generated archive
 * (`test/e2e/search-quality-generated.browser.test.ts`) share: a query with the items it means, searched on
 * `/sok/` in Chromium as a member searches (the query in the address, then, where the page offers it, a tap on
 * the correction or the topic), the ranking the page lists (each meeting's items under it, in order), and
 * recall@5 and the mean reciprocal rank over it, printed per query, per kind and overall.
 */
import type { Browser, Page } from 'playwright-core';

/** One query of a set. */
export interface QualityQuery {
  kind: string;
  query: string;
  /** What the member taps when the page offers it, before reading the results. */
  tap?: 'correction' | 'topic';
  /** The items meant, as links to the meeting page's anchors. */
  expected: string[];
}

/**
 * recall@k of one query: the share of its expected items among the first `k` of the ranking, out of as many as
 * `k` can hold (`min(k, expected)`: a query that means more than `k` items, such as a topic's, scores 1 when the
 * first `k` are all expected). For `k` expected items or fewer it is plain recall@k.
 */
export function recallAt(ranking: readonly (readonly string[])[], expected: readonly string[], k: number): number {
  const top = new Set(ranking.slice(0, k).flat());
  return expected.filter((e) => top.has(e)).length / Math.min(k, expected.length);
}

/** The reciprocal rank of one query: 1 / the rank of the first listed item that is expected, 0 when none is. */
export function reciprocalRank(ranking: readonly (readonly string[])[], expected: readonly string[]): number {
  const rank = ranking.findIndex((links) => links.some((l) => expected.includes(l)));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

/** Waits until the search page has answered (its status says something other than "Söker …"). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.getElementById('sokstatus')?.textContent ?? '';
    return text !== '' && !text.startsWith('Söker');
  });
  await page.waitForTimeout(200);
}

/** The items the page lists, in order: each entry's links (the item's own, and the question it lands on). */
export const ranking = (page: Page): Promise<string[][]> =>
  page.$$eval('#sokresultat .result-items > li', (items) =>
    items.map((li) => Array.from(li.querySelectorAll('h3 a, .result-question a')).map((a) => a.getAttribute('href') ?? '')),
  );

/** Searches `q` on the site at `siteUrl` as a member does, with the tap the set asks for, and gives the page's ranking. */
export async function searchAsMember(browser: Browser, siteUrl: string, q: QualityQuery): Promise<{ ranking: string[][]; tapped: string }> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}sok/?q=${encodeURIComponent(q.query)}`);
  await settled(page);
  let tapped = '';
  if (q.tap) {
    const link = page.locator(q.tap === 'correction' ? '#sokstatus a[href*="q="]' : '#sokhjalp a[href*="amne="]').first();
    if (await link.count()) {
      tapped = (await link.textContent()) ?? '';
      const before = page.url();
      await link.click();
      await page.waitForURL((url) => url.toString() !== before);
      await settled(page);
    }
  }
  const found = await ranking(page);
  await page.close();
  return { ranking: found, tapped };
}

/** One query's measures. */
export interface QualityRow {
  kind: string;
  query: string;
  tapped: string;
  recall: number;
  rr: number;
  first: string;
}

/** The figures of a set: recall@5 and MRR over all its queries, and the report printed (per kind, per query). */
export interface QualityFigures {
  recallAt5: number;
  mrr: number;
  report: string;
}

/** Searches every query of `queries` in turn and measures it; `title` names the set in the report. */
export async function measureQuality(
  browser: Browser,
  siteUrl: string,
  queries: readonly QualityQuery[],
  title: string,
): Promise<QualityFigures> {
  const rows: QualityRow[] = [];
  for (const q of queries) {
    const { ranking: found, tapped } = await searchAsMember(browser, siteUrl, q);
    rows.push({
      kind: q.kind,
      query: q.query,
      tapped,
      recall: recallAt(found, q.expected, 5),
      rr: reciprocalRank(found, q.expected),
      first: found[0]?.[0] ?? '',
    });
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const recallAt5 = mean(rows.map((r) => r.recall));
  const mrr = mean(rows.map((r) => r.rr));
  const kinds = [...new Set(rows.map((r) => r.kind))].map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    return `${kind} (${of.length}): recall@5 ${mean(of.map((r) => r.recall)).toFixed(2)}, MRR ${mean(of.map((r) => r.rr)).toFixed(2)}`;
  });
  const report = [
    `Search quality, ${rows.length} queries over ${title}: recall@5 ${recallAt5.toFixed(2)}, MRR ${mrr.toFixed(2)}`,
    ...kinds,
    ...rows.map(
      (r) =>
        `  ${r.recall === 1 && r.rr === 1 ? '✓' : '·'} ${r.query}${r.tapped ? ` → ${r.tapped}` : ''}: recall@5 ${r.recall.toFixed(2)}, RR ${r.rr.toFixed(2)}${r.rr < 1 ? ` (first: ${r.first})` : ''}`,
    ),
  ].join('\n');
  return { recallAt5, mrr, report };
}
