/**
 * Accessibility: axe-core reports no WCAG 2.1 A/AA violations on any page type,
 * at desktop and phone width, in light and dark mode, in Debian's Chromium.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build.ts';
import { type RunningServer, startServer } from '../../src/dev/serve.ts';
import { HAS_CHROMIUM, launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT, tempDir } from '../support/helpers.ts';

const PAGES: [string, string][] = [
  ['start', ''],
  ['all meetings', 'moten/'],
  ['meeting', 'moten/2021-01-19/'],
  ['meeting, 2 mars', 'moten/2021-03-02/'],
  ['year', 'ar/2021/'],
  ['topics', 'amnen/'],
  ['topic', 'amnen/besoksforbud/'],
  ['agencies', 'aktorer/'],
  ['agency', 'aktorer/fohm/'],
  ['people', 'personer/'],
  ['person', 'personer/anders-tegnell/'],
  ['questions and answers', 'fragor/'],
  ['questions on a topic', 'fragor/amnen/besoksforbud/'],
  ['questions an agency answered', 'fragor/aktorer/fohm/'],
  ['decisions and follow-ups', 'uppfoljning/'],
  ['search with results', 'sok/?q=vaccin'],
  ['search with filters', 'sok/?q=vaccin&aktor=fohm&ordning=nyast'],
  ['search, no results', 'sok/?q=zzzzqqq'],
  ['404', 'finns-inte/'],
  ['accessibility statement', 'tillganglighetsredogorelse/'],
  ['guide', 'sa-lagger-du-till-ett-mote/'],
  ['it', 'redaktionen-for-it/'],
  ['about', 'om-arkivet/'],
];

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  const site = path.join(await tempDir(), 'site');
  await buildSite({
    minutesDir: path.join(ROOT, 'minutes'),
    siteDir: site,
    templatesDir: path.join(ROOT, 'templates'),
    deploy: { siteUrl: 'http://127.0.0.1', pathPrefix: '/' },
  });
  server = await startServer({ siteDir: site, port: 0 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.runIf(HAS_CHROMIUM)('axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa)', () => {
  for (const [width, label, colorScheme] of [
    [1280, 'desktop', 'light'],
    [360, 'phone', 'light'],
    [1280, 'desktop, dark mode', 'dark'],
    [360, 'phone, dark mode', 'dark'],
  ] as const) {
    it.each(PAGES)(`%s page has no violations (${label})`, async (_name, url) => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}${url}`);
      if (url.startsWith('sok/?')) {
        await page.waitForFunction(() => {
          const text = document.getElementById('sokstatus')?.textContent ?? '';
          return text !== '' && !text.startsWith('Söker');
        });
      }
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow, 'no horizontal scrolling').toBe(false);
      await context.close();
    });
  }
});

describe.runIf(HAS_CHROMIUM)('dark mode', () => {
  it('is the dark colours when the system asks for them, and the light ones otherwise', async () => {
    const colours: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}moten/2021-01-19/`);
      colours[colorScheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
    }
    expect(colours).toEqual({ light: 'rgb(255, 255, 255)', dark: 'rgb(22, 25, 29)' });
  });
});
