/**
 * Search quality over a larger archive (issue 21, Build item 5): the benchmark's seeded generator
 * (`generateArchive`, the same 200 meetings every run) built, served and searched on `/sok/` in Chromium as a
 * member searches, with a fixed set of queries of the kinds the bundled set has (agency abbreviations, aliases
 * and names, compounds, å/ä/ö written and left out, misspellings, English words, synonyms). The queries and
 * their expected items are derived from the built index (`test/support/generated-queries.ts`), never from the
 * search: the generated headings (item titles and questions) are words drawn from the bundled minutes, so two
 * words of one heading that no other heading has together, or an agency and a word of ten headings or fewer of
 * which one is the agency's, name one item, while each word is in the text of about a tenth of all items (what
 * the ranking has to see past); an English word's expected items are its topic's. recall@5 (out of at most 5
 * expected) and MRR are printed per query, per kind and overall, and held above thresholds set just below what
 * was measured.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.ts';
import { HAS_CHROMIUM } from '../support/browser.ts';
import { ROOT, tempDir } from '../support/helpers.ts';
import { generatedQueries } from '../support/generated-queries.ts';
import { measureQuality, type QualityQuery } from '../support/search-quality.ts';
import { type SeedSite, serveSeedSite } from '../support/seed-site.ts';

/** Meetings generated: well below the 2,000 records of one search part, and built in well under a minute. */
const MEETINGS = 200;

/**
 * The lowest recall@5 and MRR the set may give, just below what was measured (recall@5 0.55, MRR 0.49, 29 queries):
 * one more query whose item falls out of the first five fails. Low beside the bundled set's: see the README.
 */
const THRESHOLDS = { recallAt5: 0.53, mrr: 0.47 };

let site: SeedSite | undefined;
let queries: QualityQuery[] = [];
beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  const minutes = path.join(await tempDir(), 'minutes');
  await generateArchive(MEETINGS, minutes, path.join(ROOT, 'minutes'));
  site = await serveSeedSite(minutes);
  queries = await generatedQueries(site.index, path.join(ROOT, 'minutes'));
}, 300_000);
afterAll(() => site?.close());

describe.runIf(HAS_CHROMIUM)(`search quality over ${MEETINGS} generated meetings`, () => {
  it('derives a query set of every kind, each with a small set of expected items', () => {
    const kinds = new Map<string, number>();
    for (const q of queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ agency: 7, compound: 4, diacritics: 6, misspelling: 4, english: 3, synonym: 5 });
    for (const q of queries) expect(q.expected.length, q.query).toBeGreaterThan(0);
    for (const q of queries.filter((q) => q.kind !== 'english')) expect(q.expected.length, q.query).toBeLessThanOrEqual(3);
  });

  it(`keeps recall@5 ≥ ${THRESHOLDS.recallAt5} and MRR ≥ ${THRESHOLDS.mrr} over the query set`, { timeout: 300_000 }, async () => {
    const { recallAt5, mrr, report } = await measureQuality(site!.browser, site!.server.url, queries, `${MEETINGS} generated meetings`);
    console.log(report);
    expect(recallAt5).toBeGreaterThanOrEqual(THRESHOLDS.recallAt5);
    expect(mrr).toBeGreaterThanOrEqual(THRESHOLDS.mrr);
  });
});
