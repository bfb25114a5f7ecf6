/**
 * The bundled minutes built into a temporary folder and served on 127.0.0.1
 * (under the README's Content-Security-Policy), with Chromium: what the
 * browser tests of the seed archive start from.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite } from '../../src/build/build.ts';
import type { ArchiveIndex } from '../../src/core/index-schema.ts';
import { type RunningServer, startServer } from '../../src/dev/serve.ts';
import { CONTENT_SECURITY_POLICY, HAS_CHROMIUM, launchBrowser } from './browser.ts';
import { ROOT, tempDir } from './helpers.ts';

/** The served seed site. */
export interface SeedSite {
  index: ArchiveIndex;
  server: RunningServer;
  browser: Browser;
  /** Builds the minutes again into the served folder (after a test changed them), and expects it built. */
  rebuild(): Promise<void>;
  /** Closes the browser, the server and Pagefind. */
  close(): Promise<void>;
}

/**
 * Builds the bundled minutes (or those in `minutesDir`: a generated archive, or a copy a test changes), serves
 * them and starts Chromium. `siteUrl` is the address written into feeds and the sitemap.
 */
export async function serveSeedSite(minutesDir = path.join(ROOT, 'minutes'), { siteUrl = 'http://127.0.0.1' } = {}): Promise<SeedSite> {
  const site = path.join(await tempDir(), 'site');
  const build = () =>
    buildSite({ minutesDir, siteDir: site, templatesDir: path.join(ROOT, 'templates'), deploy: { siteUrl, pathPrefix: '/' } });
  const built = await build();
  if (!built.built) throw new Error(`The test archive did not build: ${built.failure?.message ?? 'the check found errors'}`);
  const server = await startServer({ siteDir: site, port: 0, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
  const browser = await launchBrowser();
  return {
    index: built.check.index!,
    server,
    browser,
    async rebuild() {
      const again = await build();
      if (!again.built) throw new Error(`The test archive did not build again: ${again.failure?.message ?? 'the check found errors'}`);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The seed site for a test file: built, served and opened before its tests (when Chromium is there) and closed
 * after them. The fields are filled in by the time the tests run.
 */
export function useSeedSite(): Omit<SeedSite, 'close' | 'rebuild'> {
  const shared = {} as Omit<SeedSite, 'close' | 'rebuild'>;
  let seed: SeedSite | undefined;
  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    seed = await serveSeedSite();
    Object.assign(shared, { index: seed.index, server: seed.server, browser: seed.browser });
  });
  afterAll(() => seed?.close());
  return shared;
}
