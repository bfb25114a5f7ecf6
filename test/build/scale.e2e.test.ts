/**
 * A larger archive (200 synthetic meetings from the benchmark generator):
 * parallel processing and the cache give the same result as the plain
 * pipeline, and the site paginates long lists with every link intact.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.ts';
import { buildSite } from '../../src/build/build.ts';
import { FileCache } from '../../src/build/cache.ts';
import { loadArchive } from '../../src/check/load.ts';
import { checkArchive, checkSources } from '../../src/build/pipeline.ts';
import { LISTING_PAGE_SIZE } from '../../src/site/view.ts';
import { ROOT, tempDir } from '../support/helpers.ts';
import { findBrokenLinks, listFiles } from '../support/site-links.ts';

let minutes: string;
beforeAll(async () => {
  minutes = path.join(await tempDir(), 'minutes');
  await generateArchive(200, minutes, path.join(ROOT, 'minutes'));
});

describe('a 200-meeting archive', () => {
  it('gives the same diagnostics and index in worker threads as in one thread', async () => {
    const parallel = await checkArchive(minutes);
    const sequential = checkSources(await loadArchive(minutes));
    expect(parallel.index?.items.length).toBeGreaterThan(1600);
    expect(parallel.diagnostics).toEqual(sequential.diagnostics);
    expect(parallel.index).toEqual(sequential.index);
  });

  it('reuses cached results for unchanged files and re-reads a changed one', async () => {
    const cache = new FileCache(path.join(await tempDir(), 'cache'));
    const first = await checkArchive(minutes, { cache });
    const file = path.join(minutes, '1995-01-02-socialchefsnatverket.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/\n## /, '\nEn ny mening i början.\n\n## '));
    try {
      const warm = await checkArchive(minutes, { cache });
      // The same objects come back for unchanged files: they were not parsed again.
      expect(warm.meetings[1]).toBe(first.meetings[1]);
      expect(warm.meetings.at(-1)).toBe(first.meetings.at(-1));
      expect(warm.meetings[0]).not.toBe(first.meetings[0]);
      expect(warm.index?.meetings[0]?.introHtml).toBe('<p>En ny mening i början.</p>');
      const fromDisk = await checkArchive(minutes, { cache: new FileCache(path.join(path.dirname(minutes), 'cache-2')) });
      expect(warm.index).toEqual(fromDisk.index);
    } finally {
      await writeFile(file, text);
    }
  });

  it('builds a site that pages long lists, with every link intact', async () => {
    const site = path.join(await tempDir(), 'site');
    const built = await buildSite({
      minutesDir: minutes,
      siteDir: site,
      templatesDir: path.join(ROOT, 'templates'),
      deploy: { siteUrl: 'http://127.0.0.1', pathPrefix: '/' },
    });
    expect(built.built).toBe(true);
    const topic = built.check.index!.topics.reduce((a, b) => (a.itemIds.length > b.itemIds.length ? a : b));
    expect(topic.itemIds.length).toBeGreaterThan(2 * LISTING_PAGE_SIZE);
    const files = await listFiles(site);
    expect(files).toContain(`amnen/${topic.id}/sida-2/index.html`);
    const second = await readFile(path.join(site, `amnen/${topic.id}/sida-2/index.html`), 'utf8');
    expect((second.match(/<li>\s*<p class="item-meta"[ >]/g) ?? []).length).toBe(LISTING_PAGE_SIZE);
    expect(second).toContain(`<a href="/amnen/${topic.id}/sida-2/" aria-current="page">2</a>`);
    const { broken } = await findBrokenLinks(site);
    expect(broken).toEqual([]);
  });
});
