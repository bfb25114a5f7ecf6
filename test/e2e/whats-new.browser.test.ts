/**
 * "Nytt sedan ditt senaste besök" as a member meets it in Chromium: a first
 * visit marks nothing; the secretary publishes a new meeting; on the member's
 * next visit (an hour later: the stored time is moved back, as the clock
 * would) the new meeting, its items and its questions say "Nytt" wherever they
 * are listed, and nothing older does; reading the meeting's page clears its
 * mark; "Markera allt som läst" and "Glöm mina besök" clear them all. Stored in
 * `localStorage` only: no cookie. Axe-clean with the marks, light and dark.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISITS_KEY } from '../../src/browser/page/visits.ts';
import type { RunningServer } from '../../src/dev/serve.ts';
import { axeViolations } from '../support/axe.ts';
import { HAS_CHROMIUM, pageErrors } from '../support/browser.ts';
import { copyToTemp } from '../support/helpers.ts';
import { type SeedSite, serveSeedSite } from '../support/seed-site.ts';

const KEY = `${VISITS_KEY}:/`;
const NEW_MEETING = [
  '---',
  'title: Socialchefsnätverket 13 april 2021',
  'date: 2021-04-13',
  'speakers:',
  '  - name: Anders Tegnell',
  '    agency: FoHM',
  'agencies: [FoHM]',
  'topics: [Vaccination]',
  '---',
  '',
  '## Vaccinationsläget (Anders Tegnell, FoHM)',
  '',
  'Zebravaccinet: läget för vaccinationen på särskilda boenden.',
  '',
  '### När får personalen vaccin?',
  '',
  'FoHM: Personalen får vaccin i fas två.',
].join('\n');

let browser: Browser;
let server: RunningServer;
let minutesDir: string;
let seed: SeedSite | undefined;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  minutesDir = await copyToTemp('minutes');
  seed = await serveSeedSite(minutesDir);
  ({ browser, server } = seed);
});

afterAll(() => seed?.close());

/** The visible texts of the marks on the page, with what each stands in (its element's text before the mark). */
async function marks(page: Page): Promise<string[]> {
  return page.locator('.new-mark').evaluateAll((found) =>
    found.map((mark) => {
      const seen = mark.querySelector('[aria-hidden="true"]') as HTMLElement | null;
      return `${(mark.parentElement?.textContent ?? '').replace(mark.textContent ?? '', '').trim()} | ${seen?.innerText ?? ''}`;
    }),
  );
}

/** Moves the device's last page back two hours, as if the member came back later. */
async function comeBackLater(page: Page): Promise<void> {
  await page.evaluate((key) => {
    const visits = JSON.parse(localStorage.getItem(key)!) as { lastSeen: number };
    localStorage.setItem(key, JSON.stringify({ ...visits, lastSeen: visits.lastSeen - 2 * 60 * 60 * 1000 }));
  }, KEY);
}

/** A member's phone: one browser context, whose storage lasts across its pages. */
async function phone(
  options: { bypassCSP?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, ...options });
  return { context, page: await context.newPage() };
}

describe.runIf(HAS_CHROMIUM)('what is new since the last visit', () => {
  let context: BrowserContext;
  let page: Page;

  it('marks nothing on the first visit, and remembers it in localStorage only', async () => {
    ({ context, page } = await phone());
    const errors = pageErrors(page);
    await page.goto(`${server.url}moten/`);
    expect(await marks(page)).toEqual([]);
    expect(await page.locator('.visit-tools').innerText()).toContain('Det sparas bara i den här webbläsaren.');
    expect(await page.getByRole('button', { name: 'Markera allt som läst' }).isVisible()).toBe(false);
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!) as Record<string, unknown>;
    expect(stored).toMatchObject({ since: null, newest: '2021-03-02', read: [] });
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('marks the meeting published since, its items and its questions, wherever they are listed, and nothing older', async () => {
    await writeFile(path.join(minutesDir, '2021-04-13-socialchefsnatverket.md'), NEW_MEETING);
    await seed!.rebuild();
    await comeBackLater(page);
    await page.goto(`${server.url}moten/`);
    expect(await marks(page)).toEqual(['Socialchefsnätverket 13 april 2021 (1 punkt) | Nytt']);
    // A screen reader hears the whole phrase; the eye sees the word.
    const mark = page.locator('.new-mark');
    expect(await mark.textContent()).toBe('NyttNytt sedan ditt senaste besök');
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: '13 april 2021' })
        .evaluate((li) => li.textContent?.includes('Nytt sedan ditt senaste besök')),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Markera allt som läst' }).isVisible()).toBe(true);
    await page.goto(`${server.url}`);
    expect(await marks(page)).toEqual(['Senaste mötet: Socialchefsnätverket 13 april 2021 | Nytt']);
    await page.goto(`${server.url}aktorer/fohm/`);
    const onAgency = await marks(page);
    expect(onAgency.length).toBeGreaterThan(1);
    expect(onAgency.every((text) => text.includes('13 april 2021'))).toBe(true);
    await page.goto(`${server.url}fragor/`);
    expect(await marks(page)).toEqual(['Socialchefsnätverket 13 april 2021 · Vaccinationsläget | Nytt']);
  });

  it('clears the meeting’s mark once its page is read', async () => {
    await page.goto(`${server.url}moten/`);
    await page.getByRole('link', { name: 'Socialchefsnätverket 13 april 2021' }).click();
    await page.waitForURL('**/moten/2021-04-13/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Socialchefsnätverket 13 april 2021');
    await page.goBack();
    await page.reload();
    expect(await marks(page)).toEqual([]);
    await page.goto(`${server.url}fragor/`);
    expect(await marks(page)).toEqual([]);
  });

  it('"Markera allt som läst" clears every mark, and it stays cleared', async () => {
    // A device whose last visit saw only the meetings up to 19 januari.
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ since: '2021-01-19', newest: '2021-01-19', lastSeen: Date.now(), read: [] })),
      KEY,
    );
    await page.goto(`${server.url}moten/`);
    expect(await marks(page)).toEqual([
      'Socialchefsnätverket 13 april 2021 (1 punkt) | Nytt',
      'Socialchefsnätverket 2 mars 2021 (10 punkter) | Nytt',
    ]);
    await page.getByRole('button', { name: 'Markera allt som läst' }).click();
    expect(await marks(page)).toEqual([]);
    expect(await page.getByRole('status').filter({ hasText: 'Allt är markerat som läst.' }).count()).toBe(1);
    await page.reload();
    expect(await marks(page)).toEqual([]);
  });

  it('"Glöm mina besök" removes what the device stored', async () => {
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ since: '2021-01-19', newest: '2021-04-13', lastSeen: Date.now(), read: [] })),
      KEY,
    );
    await page.goto(`${server.url}`);
    expect(await marks(page)).toEqual([
      'Senaste mötet: Socialchefsnätverket 13 april 2021 | Nytt',
      'Socialchefsnätverket 2 mars 2021 | Nytt',
    ]);
    await page.getByRole('button', { name: 'Glöm mina besök' }).click();
    expect(await marks(page)).toEqual([]);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    expect(await page.getByRole('status').filter({ hasText: 'Dina besök är glömda.' }).count()).toBe(1);
    await context.close();
  });

  it('is axe-clean with the marks and the tools, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await phone({ bypassCSP: true, colorScheme });
      await page.goto(`${server.url}moten/`);
      await page.evaluate(
        (key) => localStorage.setItem(key, JSON.stringify({ since: '2021-01-19', newest: '2021-01-19', lastSeen: Date.now(), read: [] })),
        KEY,
      );
      for (const url of ['moten/', '', 'aktorer/fohm/']) {
        await page.goto(`${server.url}${url}`);
        expect((await marks(page)).length, url).toBeGreaterThan(0);
        expect(await axeViolations(page), `${url} ${colorScheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), 'no horizontal scrolling').toBe(false);
      }
      await context.close();
    }
  });
});
