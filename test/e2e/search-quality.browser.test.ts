/**
 * Search quality, measured (issue 21, Build item 5): a fixed set of Swedish queries over the bundled minutes
 * (`search-quality.json`: agency abbreviations, compounds, å/ä/ö pairs, misspellings, English words, synonyms),
 * each with the items a member means by it, searched on `/sok/` in Chromium as a member searches: the query in
 * the address, then, where the page offers it, a tap on the correction or the topic. The ranking is the items
 * the page lists, in order (each meeting's items under it); recall@5 and the mean reciprocal rank over it are
 * printed and held above thresholds set just below what was measured.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from '../support/browser.ts';
import { measureQuality, type QualityQuery, recallAt, reciprocalRank } from '../support/search-quality.ts';
import { useSeedSite } from '../support/seed-site.ts';

const SET = JSON.parse(readFileSync(path.join(import.meta.dirname, 'search-quality.json'), 'utf8')) as { queries: QualityQuery[] };

/** The lowest recall@5 and MRR the set may give, just below what was measured (recall@5 1.00, MRR 0.96): one query's expected item missing from the first five fails. */
const THRESHOLDS = { recallAt5: 0.97, mrr: 0.95 };

const seed = useSeedSite();

describe('the quality measures', () => {
  const list = [['/a'], ['/b', '/b#fraga'], ['/c']];
  it('count the expected items among the first k entries, and the rank of the first', () => {
    expect(recallAt(list, ['/b#fraga', '/c'], 2)).toBe(0.5);
    expect(recallAt(list, ['/x'], 5)).toBe(0);
    expect(reciprocalRank(list, ['/c', '/b'])).toBe(0.5);
    expect(reciprocalRank(list, ['/x'])).toBe(0);
    // More expected items than k: the share of the first k that are expected.
    expect(recallAt(list, ['/a', '/b', '/c'], 2)).toBe(1);
  });
});

describe.runIf(HAS_CHROMIUM)('search quality over the bundled minutes', () => {
  it(`keeps recall@5 ≥ ${THRESHOLDS.recallAt5} and MRR ≥ ${THRESHOLDS.mrr} over the query set`, { timeout: 300_000 }, async () => {
    const { recallAt5, mrr, report } = await measureQuality(seed.browser, seed.server.url, SET.queries, 'the bundled minutes');
    console.log(report);
    expect(recallAt5).toBeGreaterThanOrEqual(THRESHOLDS.recallAt5);
    expect(mrr).toBeGreaterThanOrEqual(THRESHOLDS.mrr);
  });
});
