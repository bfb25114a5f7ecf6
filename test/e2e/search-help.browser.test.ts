/**
 * Search v2 in Chromium, as a member meets it: filter counts that are true
 * (checked against index.json) with and without a query and after every
 * change, help for misspellings, words found nowhere and English words, a
 * match under a question landing on the question, the first result on a
 * phone's first screen, and every item of the seed meetings found by a phrase
 * of its own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ArchiveIndex } from '../../src/core/index-schema.ts';
import { HAS_CHROMIUM } from '../support/browser.ts';
import { useSeedSite } from '../support/seed-site.ts';

const seed = useSeedSite();

/** Opens the search page and waits until the search (and its help) is done. */
async function open(query: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await seed.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${seed.server.url}sok/${query}`);
  await settled(page);
  expect(errors).toEqual([]);
  return page;
}

/** Waits for the announced count, then for the help (which loads the archive's words) to be written. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.getElementById('sokstatus')?.textContent ?? '';
    return (text !== '' && !text.startsWith('Söker')) || !new URLSearchParams(location.search).size;
  });
  await page.waitForTimeout(300);
}

/** The numbers the filter options show, by filter and value. */
const shownCounts = (page: Page) =>
  page.$$eval('#sokformular select', (elements) => {
    const selects = elements as HTMLSelectElement[];
    return Object.fromEntries(
      selects
        .filter((s) => s.name !== 'ordning')
        .map((s) => [
          s.name,
          Object.fromEntries(
            Array.from(s.options)
              .filter((o) => o.value)
              .map((o) => [o.value, Number(/\((\d+) möten?\)$/.exec(o.textContent ?? '')?.[1] ?? NaN)]),
          ),
        ]),
    ) as Record<string, Record<string, number>>;
  });

/**
 * What each filter value would count among the meetings of `items`, from seed.index.json: the meetings that have
 * an item with the value (its topics and its questions', the agencies that present or answer in it, its presenters) or are of the year.
 */
function expectedCounts(items: ArchiveIndex['items']): Record<string, Record<string, number>> {
  const values: Record<string, Record<string, Set<string>>> = { amne: {}, aktor: {}, person: {}, ar: {} };
  const add = (name: string, value: string, meeting: string) => (values[name]![value] ??= new Set()).add(meeting);
  for (const item of items) {
    for (const topic of [...item.topicIds, ...item.questions.flatMap((q) => q.topicIds)]) add('amne', topic, item.meetingId);
    for (const agency of [...item.agencyIds, ...item.answeringAgencyIds]) add('aktor', agency, item.meetingId);
    for (const person of item.personIds) add('person', person, item.meetingId);
    add('ar', item.meetingId.slice(0, 4), item.meetingId);
  }
  return Object.fromEntries(
    Object.entries(values).map(([name, byValue]) => [
      name,
      Object.fromEntries(Object.entries(byValue).map(([value, meetings]) => [value, meetings.size])),
    ]),
  );
}

/** The shown counts, with zero for values `expected` has no count for. */
function compare(shown: Record<string, Record<string, number>>, expected: Record<string, Record<string, number>>): void {
  for (const [name, values] of Object.entries(shown)) {
    for (const [value, n] of Object.entries(values)) expect(n, `${name}=${value}`).toBe(expected[name]?.[value] ?? 0);
  }
}

describe.runIf(HAS_CHROMIUM)('search v2 in Chromium', () => {
  it('shows true filter counts without a query, with a filter, and after the filter changes', async () => {
    const page = await open('');
    compare(await shownCounts(page), expectedCounts(seed.index.items));

    await page.selectOption('#filter-aktor', 'fohm');
    await settled(page);
    // The meetings FoHM presented or answered in, and every value of any of their items.
    const fohmMeetings = new Set(
      seed.index.items.filter((i) => i.agencyIds.includes('fohm') || i.answeringAgencyIds.includes('fohm')).map((i) => i.meetingId),
    );
    expect(await page.textContent('#sokstatus')).toBe(`${fohmMeetings.size} möten för FoHM.`);
    const withFohm = expectedCounts(seed.index.items.filter((i) => fohmMeetings.has(i.meetingId)));
    const shown = await shownCounts(page);
    compare({ amne: shown.amne!, person: shown.person!, ar: shown.ar! }, withFohm);

    await page.selectOption('#filter-ar', '2021');
    await settled(page);
    compare({ amne: (await shownCounts(page)).amne! }, withFohm);

    // Back to no search at all: the counts of the whole archive again, not zeros.
    await page.selectOption('#filter-aktor', '');
    await page.selectOption('#filter-ar', '');
    await settled(page);
    compare(await shownCounts(page), expectedCounts(seed.index.items));
    await page.close();
  });

  it('counts, for a query, what choosing each value would leave', async () => {
    const page = await open('?q=vaccin');
    const total = Number(/^(\d+) möten? för/.exec((await page.textContent('#sokstatus')) ?? '')?.[1]);
    expect(total).toBe(seed.index.meetings.length);
    const shown = await shownCounts(page);
    expect(Object.values(shown.ar!).reduce((a, b) => a + b, 0)).toBe(total);
    expect(Object.values(shown.aktor!).some((n) => n > 0)).toBe(true);
    await page.selectOption('#filter-aktor', 'fohm');
    await settled(page);
    expect(await page.textContent('#sokstatus')).toBe(`${shown.aktor!.fohm} möten för ”vaccin”, FoHM.`);
    await page.close();
  });

  it('says a misspelled word is not in the archive in the status line, with the right one a tap away, and no count for it', async () => {
    const page = await open('?q=besöksförbd');
    const status = (await page.textContent('#sokstatus')) ?? '';
    expect(status).toMatch(/^Ordet ”besöksförbd” finns inte i arkivet\. Menade du besöksförbud/);
    expect(status).not.toMatch(/möten? för/);
    // Pagefind's fallback found meetings by "besök…": listed apart, under a heading that says so.
    expect(await page.isVisible('#liknande-ord')).toBe(true);
    expect(await page.textContent('#liknande-ord')).toBe('Ord som börjar likadant');
    expect(await page.locator('#sokresultat > li').count()).toBeGreaterThan(0);
    // The status and the help are one live region, announced as a whole.
    const region = page.locator('#sokbesked');
    expect(await region.getAttribute('role')).toBe('status');
    // Arriving with words, the focus is on the answer, read there once: the region is quiet meanwhile.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sokbesked');
    expect(await region.getAttribute('aria-live')).toBe('off');
    expect(await region.getAttribute('aria-atomic')).toBe('true');
    expect(await region.locator('#sokstatus').count()).toBe(1);
    expect(await region.locator('#sokhjalp').count()).toBe(1);
    for (const inner of ['#sokstatus', '#sokhjalp']) {
      expect(await page.getAttribute(inner, 'role')).toBeNull();
      expect(await page.getAttribute(inner, 'aria-live')).toBeNull();
    }

    await page.click('#sokstatus a:text-is("besöksförbud")');
    await page.waitForURL(/q=bes%C3%B6ksf%C3%B6rbud/);
    await settled(page);
    expect(await page.textContent('#sokstatus')).toMatch(/^\d+ möten? för ”besöksförbud”\.$/);
    expect(await page.isHidden('#liknande-ord')).toBe(true);
    // A correction's search is announced: the focus does not move.
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#sokresultat .result-items h3 a').first().getAttribute('href')).toBe('/moten/2021-01-19/#besoksforbud');
    expect(await page.isHidden('#sokhjalp')).toBe(true);
    await page.close();
  });

  it('says so when a word is found nowhere, even when shorter words found something', async () => {
    const page = await open('?q=hjulbent');
    expect(await page.textContent('#sokstatus')).toBe('Ordet ”hjulbent” finns inte i arkivet.');
    expect(await page.isHidden('#sokhjalp')).toBe(true);
    await page.close();
  });

  it('gives correct Swedish no "Menade du": "besök eget rum" counts its meeting and shows the right passage first', async () => {
    const page = await seed.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${seed.server.url}sok/?q=vaccin`);
    await settled(page);
    // Every word is the archive's: the Swedish word list is not loaded.
    expect(fetched.filter((p) => p.startsWith('/sok/svenska/'))).toEqual([]);

    await page.goto(`${seed.server.url}sok/?q=bes%C3%B6k+eget+rum`);
    await settled(page);
    expect(await page.textContent('#sokstatus')).toBe('1 möte för ”besök eget rum”.');
    expect(await page.isHidden('#sokhjalp')).toBe(true);
    expect(await page.textContent('#sokbesked')).not.toContain('Menade du');
    expect(await page.isHidden('#liknande-ord')).toBe(true);
    expect(await page.locator('#sokresultat .result-items .excerpt').first().textContent()).toContain('egna rummet');
    // "eget" is not the archive's word: its letter's Swedish words were loaded, from the site itself.
    expect(fetched).toContain('/sok/svenska/e.txt');
    await page.close();
  });

  it('does not say that a presenter’s name is missing: "Furen-Thulin" finds her items, with no help', async () => {
    const page = await open('?q=Furen-Thulin');
    expect(await page.textContent('#sokstatus')).toBe('2 möten för ”Furen-Thulin”.');
    expect(await page.isHidden('#sokhjalp')).toBe(true);
    const presenters = await page.$$eval('#sokresultat .presenters', (ps) => ps.map((p) => p.textContent));
    expect(presenters.every((p) => p?.includes('Åsa Furén-Thulin'))).toBe(true);
    await page.close();
  });

  it('offers the topic for English and everyday words ("visiting ban" → Besöksförbud), and counts no hits of "vis"', async () => {
    const page = await open('?q=visiting+ban');
    expect(await page.textContent('#sokstatus')).toBe('Ordet ”visiting” finns inte i arkivet. Ordet ”ban” finns inte i arkivet.');
    const help = await page.textContent('#sokhjalp');
    expect(help).toContain('Menade du ämnet Besöksförbud?');
    expect(help).not.toContain('Menade du viktig');
    expect(await page.isVisible('#liknande-ord')).toBe(true);
    await page.click('#sokhjalp a:text-is("Besöksförbud")');
    await settled(page);
    expect(new URL(page.url()).search).toBe('?amne=besoksforbud');
    expect(await page.textContent('#sokstatus')).toMatch(/^\d+ möten? för Besöksförbud\.$/);
    expect(await page.textContent('#valda-filter')).toContain('Ämne: Besöksförbud');
    expect(await page.isHidden('#liknande-ord')).toBe(true);
    await page.close();
  });

  it('lands on the question when the match is in a question’s answer', async () => {
    const page = await open('?q=genmanipulerat');
    const question = seed.index.items
      .flatMap((i) => i.questions)
      .find((q) => q.text.startsWith('Vad betyder det att vaccinet är genmanipulerat'))!;
    const link = page.locator('#sokresultat > li .result-question a').first();
    expect(await link.getAttribute('href')).toBe(question.url);
    expect(await link.textContent()).toMatch(/^Vad betyder det att vaccinet är genmanipulerat/);
    await link.click();
    await page.waitForURL(`**${question.url}`);
    const box = await page.locator(`[id="${question.anchor}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await page.close();
  });

  it('on a phone (360×740) shows the first result on the first screen, with the filters folded and the active ones as chips', async () => {
    const page = await open('?q=vaccin&aktor=fohm', { width: 360, height: 740 });
    expect(await page.evaluate(() => (document.getElementById('avgransa') as HTMLDetailsElement).open)).toBe(false);
    const title = await page.locator('#sokresultat > li h2').first().boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(740);
    expect(await page.textContent('#valda-filter')).toContain('Aktör: FoHM');
    await page.click('#valda-filter a');
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=vaccin');
    expect(await page.isHidden('#valda-filter')).toBe(true);
    await page.close();
  });

  it('finds every item of the seed meetings by a phrase of its own (recall 100 %)', async () => {
    const page = await open('');
    const texts = seed.index.items.map((i) => i.text.toLowerCase());
    for (const item of seed.index.items) {
      const words = item.text.split(/\s+/).filter((w) => /^[\p{L}]{5,}$/u.test(w));
      // Three words in a row that no other item has.
      let phrase: string | undefined;
      for (let i = 0; i + 3 <= words.length && !phrase; i++) {
        const candidate = words.slice(i, i + 3).join(' ');
        if (texts.filter((t) => t.includes(candidate.toLowerCase())).length === 1) phrase = candidate;
      }
      if (!phrase) phrase = item.title;
      await page.fill('#sok-fraga', phrase);
      await page.press('#sok-fraga', 'Enter');
      await page.waitForFunction((q) => (document.getElementById('sokstatus')?.textContent ?? '').includes(`”${q}”`), phrase);
      const urls = await page.$$eval('#sokresultat .result-items a', (links) => links.map((a) => a.getAttribute('href')));
      // The item's own link, or the link to the question the phrase is under.
      const own = [item.url, ...item.questions.map((q) => q.url)];
      expect(
        urls.filter((url) => own.includes(url!)),
        `${item.id}: ${phrase}`,
      ).not.toEqual([]);
    }
    await page.close();
  }, 120_000);
});
