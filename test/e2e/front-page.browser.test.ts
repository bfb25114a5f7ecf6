/**
 * The start page as a member reads it in Chromium, on a phone (360×740) and a
 * desktop: one search box (the header's), then the latest meeting with its
 * items, the questions answered there and its decisions, then topics and
 * agencies; the tab says the archive's name. And the main menu's "Uppföljning",
 * there only while something waits to be followed up. Over the bundled minutes
 * (no decision, no follow-up), and over the reading tests' archive with a newer
 * meeting that decided something and set a follow-up.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build.ts';
import { type RunningServer, startServer } from '../../src/dev/serve.ts';
import { CONTENT_SECURITY_POLICY, HAS_CHROMIUM, launchBrowser, pageErrors } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT, tempDir } from '../support/helpers.ts';
import { testArchive } from '../site/test-archive.ts';

/** A meeting newer than every other in the reading tests' archive, with a question FoHM answered, a decision and a follow-up. */
const DECIDED = `---
title: Socialchefsnätverket 4 maj 2021
date: 2021-05-04
speakers:
  - name: Anders Tegnell
    agency: FoHM
agencies: [FoHM]
topics: [Vaccination]
---

## Vaccinationsläget (Anders Tegnell, FoHM)

Läget för vaccinationen i kommunerna.

### När får personalen den andra dosen?

FoHM: Inom sex veckor.

Beslut: Nätverket skickar en gemensam fråga om doserna till FoHM.

## Nätverkets övriga frågor

Uppföljning: Sekretariatet sammanställer kommunernas svar till nästa möte.
`;

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

let browser: Browser;
let bundled: RunningServer;
let decided: RunningServer;

/** Builds `minutesDir` into a new folder and serves it under the README's Content-Security-Policy. */
async function serve(minutesDir: string): Promise<RunningServer> {
  const siteDir = path.join(await tempDir(), 'site');
  const built = await buildSite({
    minutesDir,
    siteDir,
    templatesDir: path.join(ROOT, 'templates'),
    deploy: { siteUrl: 'https://arkiv.example', pathPrefix: '/' },
  });
  expect(built.check.diagnostics.filter((d) => d.fatal)).toEqual([]);
  return startServer({ siteDir, port: 0, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
}

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  bundled = await serve(path.join(ROOT, 'minutes'));
  const minutes = await testArchive();
  await writeFile(path.join(minutes, '2021-05-04-socialchefsnatverket.md'), DECIDED);
  decided = await serve(minutes);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await bundled?.close();
  await decided?.close();
});

/** The start page of `server` in a fresh context; script errors and CSP refusals are collected in `errors`. */
async function start(server: RunningServer, options: BrowserContextOptions): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = pageErrors(page);
  expect((await page.goto(server.url))?.status()).toBe(200);
  return { page, errors };
}

/** The links of `selector`'s element as [text, href], text with its spaces folded. */
const links = (page: Page, selector: string) =>
  page
    .locator(selector)
    .locator('a')
    .evaluateAll((as) => as.map((a) => [a.textContent!.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]));

/** The section the heading named `name` labels. */
const sectionOf = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

describe.runIf(HAS_CHROMIUM)('the start page of the bundled minutes', () => {
  it('has one search box, the header’s, and the archive’s name in the tab', async () => {
    const { page, errors } = await start(bundled, PHONE);
    expect(await page.title()).toBe('Minnesarkivet');
    const searches = page.getByRole('search');
    expect(await searches.count()).toBe(1);
    expect(await searches.getByRole('searchbox', { name: 'Sök i Minnesarkivet' }).count()).toBe(1);
    expect(await page.locator('main').getByRole('searchbox').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the latest meeting’s title on a phone’s first screen, then its items as links to their anchors', async () => {
    const { page } = await start(bundled, PHONE);
    const heading = page.getByRole('heading', { level: 2, name: /^Senaste mötet/ });
    expect((await heading.textContent())!.replace(/\s+/g, ' ').trim()).toBe('Senaste mötet: Socialchefsnätverket 2 mars 2021');
    const box = (await heading.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await heading.getByRole('link').getAttribute('href')).toBe('/moten/2021-03-02/');
    const latest = sectionOf(page, /^Senaste mötet/);
    const agenda = await links(page, 'section.latest-meeting ol.agenda');
    expect(agenda).toHaveLength(10);
    expect(agenda[0]).toEqual(['1. Lägesrapport, statistiksidorna', '/moten/2021-03-02/#lagesrapport-statistiksidorna']);
    expect(agenda[4]).toEqual(['5. Antibiotikaresistens', '/moten/2021-03-02/#antibiotikaresistens']);
    // Who presented, under each item; the network's own part labelled as the site setting says.
    expect(await latest.getByText('Ulrica Dohnhammar, FoHM', { exact: true }).count()).toBe(1);
    expect(await latest.locator('ol.agenda > li').nth(2).textContent()).toContain('Nätverket');
    // Every link of the section leads to the meeting, most of them to an anchor on it that exists.
    for (const [, href] of await links(page, 'section.latest-meeting')) expect(href).toMatch(/^\/(moten\/2021-03-02\/|aktorer\/)/);
    expect(await page.locator('main').textContent()).not.toMatch(/\(\d+ punkter\)/);
    await page.context().close();
  });

  it('lists the questions answered at the meeting, each a link to it, with who answered; the anchors exist', async () => {
    const { page } = await start(bundled, DESKTOP);
    const latest = sectionOf(page, /^Senaste mötet/);
    expect(await latest.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Det här togs upp', 'Frågor och svar']);
    const questions = page.locator('section.latest-meeting .front-questions > li');
    expect(await questions.count()).toBe(2);
    expect(await questions.nth(0).getByRole('link').textContent()).toBe('Fråga om kvalitetsmått kring äldreomsorgen i Kolada/ÖJ');
    const second = questions.nth(1);
    expect(await second.textContent()).toMatch(/Svar från\s+FoHM/);
    expect(await second.getByRole('link', { name: 'FoHM', exact: true }).getAttribute('href')).toBe('/aktorer/fohm/');
    const href = (await second.getByRole('link').first().getAttribute('href'))!;
    await second.getByRole('link').first().click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator(`h3[id="${href.split('#')[1]}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('then lists earlier meetings, the topics and the agencies, each a link', async () => {
    const { page } = await start(bundled, DESKTOP);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Senaste mötet: Socialchefsnätverket 2 mars 2021',
      'Tidigare möten',
      'Ämnen',
      'Aktörer',
    ]);
    expect(await links(page, 'section[aria-labelledby="tidigare-moten"] .meeting-list')).toEqual([
      ['Socialchefsnätverket 19 januari 2021', '/moten/2021-01-19/'],
    ]);
    expect(await sectionOf(page, 'Ämnen').getByRole('link', { name: 'Besöksförbud' }).getAttribute('href')).toBe('/amnen/besoksforbud/');
    expect(await sectionOf(page, 'Aktörer').getByRole('link', { name: 'Folkhälsomyndigheten (FoHM)' }).getAttribute('href')).toBe(
      '/aktorer/fohm/',
    );
    // No decision was taken in the bundled minutes: nothing says so on the start page.
    expect(await page.locator('main').textContent()).not.toContain('Beslut');
    await page.context().close();
  });

  for (const [label, options] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`is axe-clean, unique landmarks included (${label})`, async () => {
      const context = await browser.newContext({ ...options, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(bundled.url);
      expect(await axeViolations(page, undefined, ['landmark-unique', 'region', 'heading-order'])).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), 'no horizontal scrolling').toBe(false);
      await context.close();
    });
  }
});

describe.runIf(HAS_CHROMIUM)('the start page when the latest meeting decided something', () => {
  it('lists its decisions and follow-ups, each a link to where it stands', async () => {
    const { page } = await start(decided, PHONE);
    const latest = sectionOf(page, /^Senaste mötet/);
    expect(await latest.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Det här togs upp',
      'Frågor och svar',
      'Beslut och uppföljning',
    ]);
    expect(await links(page, 'section.latest-meeting .outcome-list')).toEqual([
      ['Beslut: Nätverket skickar en gemensam fråga om doserna till FoHM.', '/moten/2021-05-04/#nar-far-personalen-den-andra-dosen'],
      ['Uppföljning: Sekretariatet sammanställer kommunernas svar till nästa möte.', '/moten/2021-05-04/#natverkets-ovriga-fragor'],
    ]);
    expect(await links(page, 'section.latest-meeting .front-questions')).toEqual([
      ['När får personalen den andra dosen?', '/moten/2021-05-04/#nar-far-personalen-den-andra-dosen'],
      ['FoHM', '/aktorer/fohm/'],
    ]);
    expect(await page.getByRole('link', { name: 'Beslut och uppföljning från alla möten' }).count()).toBe(1);
    await page.context().close();
  });

  it('is axe-clean (phone and desktop)', async () => {
    for (const options of [PHONE, DESKTOP]) {
      const context = await browser.newContext({ ...options, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(decided.url);
      expect(await axeViolations(page, undefined, ['landmark-unique', 'region', 'heading-order'])).toEqual([]);
      await context.close();
    }
  });
});

/** The main menu's link texts on `url` of `server`. */
async function menu(server: RunningServer, url: string): Promise<string[]> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${server.url}${url}`);
  const texts = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
  await context.close();
  return texts;
}

describe.runIf(HAS_CHROMIUM)('"Uppföljning" in the main menu', () => {
  it('is left out while nothing waits to be followed up, and its page says so in a member’s words', async () => {
    for (const url of ['', 'moten/2021-01-19/', 'amnen/', 'uppfoljning/']) {
      expect(await menu(bundled, url), url).toEqual(['Möten', 'Ämnen', 'Aktörer', 'Personer', 'Frågor och svar']);
    }
    const { page } = await start(bundled, PHONE);
    await page.goto(`${bundled.url}uppfoljning/`);
    const main = page.getByRole('main');
    expect(await main.getByRole('heading', { level: 1 }).textContent()).toBe('Beslut och uppföljning');
    const text = (await main.textContent())!;
    expect(text).toContain('Inget väntar på uppföljning just nu');
    // Not the secretary's instruction about how the minutes mark them.
    expect(text).not.toMatch(/”Beslut:”|”Uppföljning:”|stycke i minnesanteckningarna/);
    await page.context().close();
  });

  it('is there on every page when a meeting set a follow-up, and leads to it', async () => {
    for (const url of ['', 'moten/2021-01-19/', 'amnen/']) {
      expect(await menu(decided, url), url).toEqual(['Möten', 'Ämnen', 'Aktörer', 'Personer', 'Frågor och svar', 'Uppföljning']);
    }
    const { page } = await start(decided, PHONE);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).tap();
    await page.waitForURL('**/uppfoljning/');
    expect(await page.getByRole('link', { name: 'Uppföljning', exact: true }).getAttribute('aria-current')).toBe('page');
    const outcomes = await page.locator('main .outcome').allTextContents();
    expect(outcomes).toContain('Uppföljning: Sekretariatet sammanställer kommunernas svar till nästa möte.');
    expect(outcomes).toContain('Uppföljning: FoHM återkommer med siffror i maj.');
    expect(await page.getByRole('main').textContent()).not.toContain('Inget väntar på uppföljning');
    await page.context().close();
  });
});
