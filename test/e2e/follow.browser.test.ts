/**
 * "Följ" as a member meets it in Chromium, in an archive whose site setting
 * names a feed-to-e-mail service (`follow:` in `webbplats.yml`): every topic,
 * agency and person page links its Atom feed and, beside it, the service's
 * sign-up page, named; the agency's feed opens as a Swedish page whose entries
 * say the meeting, who presented and who answered, and offers the e-mail too.
 * (Without the setting no e-mail link is shown: `test/site/site.e2e.test.ts`.)
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/dev/serve.ts';
import { axeViolations } from '../support/axe.ts';
import { HAS_CHROMIUM } from '../support/browser.ts';
import { copyToTemp } from '../support/helpers.ts';
import { type SeedSite, serveSeedSite } from '../support/seed-site.ts';

const SITE_URL = 'https://arkiv.example';
const SIGN_UP = 'https://buttondown.com/minnesarkivet';

let browser: Browser;
let server: RunningServer;
let seed: SeedSite | undefined;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  const minutesDir = await copyToTemp('minutes');
  await appendFile(path.join(minutesDir, 'webbplats.yml'), `follow:\n  emailUrl: ${SIGN_UP}\n  emailService: Buttondown\n`);
  seed = await serveSeedSite(minutesDir, { siteUrl: SITE_URL });
  ({ browser, server } = seed);
});

afterAll(() => seed?.close());

/** `url` on a phone. */
async function open(url: string, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, ...options });
  const page = await context.newPage();
  expect((await page.goto(`${server.url}${url}`))?.status()).toBe(200);
  return page;
}

describe.runIf(HAS_CHROMIUM)('following a topic, an agency or a person', () => {
  it.each([
    ['topic', 'amnen/besoksforbud/', 'ämnet'],
    ['agency', 'aktorer/fohm/', 'aktören'],
    ['person', 'personer/anders-tegnell/', 'personen'],
  ])('the %s page offers its feed and, beside it, e-mail through the service the setting names', async (_kind, url, what) => {
    const page = await open(url);
    const main = page.getByRole('main');
    const feed = main.getByRole('link', { name: `Följ ${what} i en nyhetsläsare (Atom)` });
    expect(await feed.getAttribute('href')).toBe(`/${url}feed.xml`);
    const email = main.getByRole('link', { name: 'Få nya punkter med e-post via Buttondown' });
    expect(await email.getAttribute('href')).toBe(SIGN_UP);
    expect(await email.isVisible()).toBe(true);
    // Both in one line under the heading, in the first screen of a phone.
    expect(await page.locator('p.follow').innerText()).toBe(
      `Följ ${what} i en nyhetsläsare (Atom) · Få nya punkter med e-post via Buttondown`,
    );
    expect((await email.boundingBox())!.y).toBeLessThan(740);
    const alternate = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(alternate).toEqual(['/feed.xml', `/${url}feed.xml`]);
    await page.context().close();
  });

  it('opens the agency’s feed as a Swedish page: each entry says its meeting, who presented and who answered, and e-mail is offered', async () => {
    const page = await open('aktorer/fohm/');
    await page.getByRole('link', { name: 'Följ aktören i en nyhetsläsare (Atom)' }).click();
    await page.waitForURL('**/aktorer/fohm/feed.xml');
    const main = page.getByRole('main');
    expect(await main.getByRole('heading', { level: 1 }).textContent()).toBe('Nyhetsflöde: Folkhälsomyndigheten (FoHM) – Minnesarkivet');
    expect(await main.locator('.description').textContent()).toBe(
      'Det som Folkhälsomyndigheten (FoHM) har föredragit och svarat på, det senaste först.',
    );
    const entries = main.locator('ol.item-list > li');
    expect(await entries.count()).toBeGreaterThan(2);
    const texts = await entries.allInnerTexts();
    expect(
      texts.some((t) => t.includes('Socialchefsnätverket 19 januari 2021. Föredrogs av Anders Tegnell, Folkhälsomyndigheten (FoHM)')),
    ).toBe(true);
    expect(
      texts.some((t) => t.includes('Socialchefsnätverket 2 mars 2021. Föredrogs av Nätverket. Svar från Folkhälsomyndigheten (FoHM).')),
    ).toBe(true);
    const email = main.getByRole('link', { name: 'Få nya punkter med e-post via Buttondown' });
    expect(await email.getAttribute('href')).toBe(SIGN_UP);
    await page.context().close();
  });

  it('is axe-clean with the e-mail link, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}aktorer/fohm/`);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });
});
