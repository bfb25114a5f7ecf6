/**
 * "Följ … i en nyhetsläsare (Atom)" as a member meets it in Chromium: the feed
 * opens as a Swedish page (the feeds' XSL stylesheet) that says what a feed is
 * and how to follow it and lists the entries as links, styled by the site's own
 * stylesheet, under a sub-path and the README's Content-Security-Policy.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build.ts';
import { type RunningServer, startServer } from '../../src/dev/serve.ts';
import { CONTENT_SECURITY_POLICY, HAS_CHROMIUM, launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT, tempDir } from '../support/helpers.ts';

const PREFIX = '/arkiv/';
const SITE_URL = 'https://arkiv.example';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  const siteDir = path.join(await tempDir(), 'site');
  await buildSite({
    minutesDir: path.join(ROOT, 'minutes'),
    siteDir,
    templatesDir: path.join(ROOT, 'templates'),
    deploy: { siteUrl: SITE_URL, pathPrefix: PREFIX },
  });
  server = await startServer({ siteDir, port: 0, pathPrefix: PREFIX, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Chromium's own notice that XSLT is going away: an element it adds to the page (English, its style blocked
 * by the policy), not part of the stylesheet's output.
 */
const BROWSER_NOTICE = 'xslt-warning-banner';

/** `url` (under the prefix) on a phone, as the member follows the footer's link to it. */
async function openFeed(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  expect((await page.goto(`${server.url}${url}`))?.status()).toBe(200);
  return page;
}

describe.runIf(HAS_CHROMIUM)('a feed opened in the browser', () => {
  it('is reached from every page’s footer and shows a Swedish page: what a feed is, how to follow it, and the entries as links', async () => {
    const page = await openFeed('');
    await page.getByRole('link', { name: 'Följ nya möten i en nyhetsläsare (Atom)' }).click();
    await page.waitForURL(`**${PREFIX}feed.xml`);
    expect(await page.title()).toBe('Nyhetsflöde: Minnesarkivet');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    const main = page.getByRole('main');
    expect(await main.getByRole('heading', { level: 1 }).textContent()).toBe('Nyhetsflöde: Minnesarkivet');
    expect(await main.textContent()).toContain('Det här är ett nyhetsflöde.');
    expect(await main.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Så följer du flödet', 'Senast i flödet']);
    expect(await main.locator('code.feed-address').textContent()).toBe(`${SITE_URL}${PREFIX}feed.xml`);
    expect(await main.getByRole('listitem').first().textContent()).toContain('Kopiera flödets adress');
    const entries = await main.locator('ol.item-list h3 a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(entries).toEqual([
      ['Socialchefsnätverket 2 mars 2021', `${SITE_URL}${PREFIX}moten/2021-03-02/`],
      ['Socialchefsnätverket 19 januari 2021', `${SITE_URL}${PREFIX}moten/2021-01-19/`],
    ]);
    expect(await main.locator('ol.item-list .excerpt').first().textContent()).toContain('Lägesrapport, statistiksidorna');
    // The site's name leads home under the prefix; the site's stylesheet is applied (the header has its colour).
    expect(await page.getByRole('banner').getByRole('link', { name: 'Minnesarkivet' }).getAttribute('href')).toBe(PREFIX);
    expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('shows a topic’s feed with its description and its items', async () => {
    const page = await openFeed('amnen/besoksforbud/feed.xml');
    const main = page.getByRole('main');
    expect(await main.getByRole('heading', { level: 1 }).textContent()).toBe('Nyhetsflöde: Besöksförbud – Minnesarkivet');
    expect(await main.locator('.description').textContent()).toMatch(/besöksförbud/i);
    const entries = await main.locator('ol.item-list h3 a').allTextContents();
    expect(entries).toEqual(['Nätverkets övriga frågor (2 mars 2021)', 'Besöksförbud (19 januari 2021)']);
    expect(await main.getByRole('link', { name: /^Till sidan i arkivet/ }).getAttribute('href')).toBe(
      `${SITE_URL}${PREFIX}amnen/besoksforbud/`,
    );
    await page.context().close();
  });

  it('has no inline script or style of its own, is axe-clean and no wider than a phone', async () => {
    const page = await openFeed('feed.xml');
    const inline = await page.evaluate((notice) => {
      const own = Array.from(document.querySelectorAll('*')).filter((e) => !e.closest(notice));
      return own
        .filter(
          (e) =>
            e.hasAttribute('style') ||
            e.tagName === 'SCRIPT' ||
            e.tagName === 'STYLE' ||
            Array.from(e.attributes).some((a) => a.name.startsWith('on')),
        )
        .map((e) => e.outerHTML);
    }, BROWSER_NOTICE);
    expect(inline).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await page.context().close();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const axePage = await context.newPage();
    await axePage.goto(`${server.url}feed.xml`);
    expect(await axeViolations(axePage, ['header', 'main'])).toEqual([]);
    await context.close();
  });
});
