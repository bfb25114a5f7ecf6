/**
 * Redaktionen against a real backend on this machine: a temporary git
 * repository holding a copy of the bundled minutes, the site built from it,
 * Decap's own local server (decap-server, git mode: every save a commit, the
 * editorial workflow as `cms/…` branches merged into `main`) and our preview
 * server passing Redaktionen's API to it, under a path prefix and with the
 * Content-Security-Policy the README gives hosts.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite } from '../../src/build/build.ts';
import { type DecapServer, startDecapServer } from '../../src/dev/decap-server.ts';
import { type RunningServer, startServer } from '../../src/dev/serve.ts';
import { CONTENT_SECURITY_POLICY, launchBrowser } from './browser.ts';
import { ROOT, tempDir } from './helpers.ts';

/** The prefix the test site is served under. */
export const PREFIX = '/arkiv/';

/** A running Redaktionen. */
export interface RedaktionSetup {
  repo: string;
  site: string;
  server: RunningServer;
  decap: DecapServer;
  browser: Browser;
  /** Runs git in the repository and gives its output. */
  git(...args: string[]): string;
  /** A new browser context (its own storage) with a page on `/redaktion/<hash>`, signed in. */
  open(hash?: string, options?: { bypassCSP?: boolean }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  stop(): Promise<void>;
}

/** Signs in to the local backend when Decap asks ("Logga in"). */
export async function signIn(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Logga in' });
  await button.waitFor({ timeout: 30_000 });
  await button.click();
}

/** Starts everything. */
export async function startRedaktion(): Promise<RedaktionSetup> {
  const dir = await tempDir('redaktion-');
  const repo = path.join(dir, 'repo');
  await mkdir(repo);
  await cp(path.join(ROOT, 'minutes'), path.join(repo, 'minutes'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'sekreteraren@example.se');
  git('config', 'user.name', 'Sekreteraren');
  git('add', '.');
  git('commit', '-qm', 'Arkivet');
  const site = path.join(dir, 'site');
  const built = await buildSite({
    minutesDir: path.join(repo, 'minutes'),
    siteDir: site,
    templatesDir: path.join(ROOT, 'templates'),
    deploy: { siteUrl: 'https://arkiv.example.se', pathPrefix: PREFIX },
  });
  if (!built.built)
    throw new Error(
      `The test site was not built: ${
        built.failure?.message ??
        built.check.diagnostics
          .filter((d) => d.fatal)
          .map((d) => d.message)
          .join(' ')
      }`,
    );
  const decap = await startDecapServer(repo, 'git');
  const server = await startServer({
    siteDir: site,
    pathPrefix: PREFIX,
    port: 0,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    redaktionApi: decap.api,
  });
  const browser = await launchBrowser();
  return {
    repo,
    site,
    server,
    decap,
    browser,
    git,
    async open(hash = '', options = {}) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'sv-SE', ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}redaktion/${hash ? `#${hash}` : ''}`);
      await signIn(page);
      return { context, page, errors };
    },
    async stop() {
      await browser.close();
      await server.close();
      await decap.stop();
    },
  };
}
