/**
 * Search in a real browser: Debian's Chromium driven by playwright-core
 * against the built site, served on 127.0.0.1 under the Content-Security-Policy
 * the README recommends.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build.ts';
import { type RunningServer, startServer } from '../../src/dev/serve.ts';
import { CONTENT_SECURITY_POLICY, HAS_CHROMIUM } from '../support/browser.ts';
import { useSeedSite } from '../support/seed-site.ts';
import { copyToTemp, ROOT, tempDir } from '../support/helpers.ts';

const seed = useSeedSite();

/** Opens the search page for a query string and waits for the result count. */
async function searchPage(query: string, page?: Page): Promise<Page> {
  const tab = page ?? (await seed.browser.newPage());
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${seed.server.url}sok/${query}`);
  await waitForStatus(tab);
  expect(errors).toEqual([]);
  return tab;
}

async function waitForStatus(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.getElementById('sokstatus')?.textContent ?? '';
    return text !== '' && !text.startsWith('Söker');
  });
  return (await page.textContent('#sokstatus')) ?? '';
}

/** The meetings found (each result's heading). */
const resultUrls = (page: Page) => page.$$eval('#sokresultat > li > h2 a', (links) => links.map((a) => a.getAttribute('href')));
/** The items listed under the meetings found. */
const itemLinks = (page: Page) => page.$$eval('#sokresultat .result-items h3 a', (links) => links.map((a) => a.getAttribute('href')));
/** The questions the items listed land on ("Frågan: …"). */
const questionLinks = (page: Page) =>
  page.$$eval('#sokresultat .result-items .result-question a', (links) => links.map((a) => a.getAttribute('href')));
/** How many items with a match each meeting found has: those listed and those the "N punkter till" link counts. */
const itemsFound = (page: Page) =>
  page.$$eval('#sokresultat > li', (results) =>
    Object.fromEntries(
      results.map((r) => [
        r.querySelector('h2 a')?.getAttribute('href'),
        r.querySelectorAll('.result-items > li').length +
          Number(/^(\d+)/.exec(r.querySelector('.result-more')?.textContent ?? '')?.[1] ?? 0),
      ]),
    ),
  );
const itemUrl = (id: string) => seed.index.items.find((i) => i.id === id)!.url;
/** The meetings that have an item with `agencyId`, presenting or answering. */
const meetingsWith = (agencyId: string) =>
  new Set(
    seed.index.items.filter((i) => i.agencyIds.includes(agencyId) || i.answeringAgencyIds.includes(agencyId)).map((i) => i.meetingId),
  );

describe.runIf(HAS_CHROMIUM)('search in Chromium', () => {
  it('puts the 19 januari 2021 meeting first with its besöksförbud item, and the item’s link lands on the item', async () => {
    const page = await searchPage('?q=besöksförbud');
    expect(await page.textContent('#sokstatus')).toMatch(/^\d+ möten? för ”besöksförbud”\.$/);
    const first = page.locator('#sokresultat > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/moten/2021-01-19/');
    expect(await first.locator('h2').textContent()).toBe('Socialchefsnätverket 19 januari 2021');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2021-01-19');
    const item = first.locator('.result-items > li').first();
    expect(await item.locator('h3').textContent()).toBe('Besöksförbud');
    expect(await item.locator('.presenters').textContent()).toBe('Lotta Edman, FoHM; Malin Grape, FoHM');
    expect(await item.locator('.excerpt mark').first().textContent()).toMatch(/besöksförbud/i);
    await item.locator('h3 a').click();
    await page.waitForURL('**/moten/2021-01-19/#besoksforbud');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('besoksforbud');
    const box = await page.locator('#besoksforbud h2').boundingBox();
    expect(box!.y).toBeLessThan(200);
    await page.close();
  });

  it('finds besöksförbud in its inflected forms and without diacritics', async () => {
    for (const query of ['besöksförbudet', 'besoksforbud', 'BESÖKSFÖRBUD']) {
      const page = await searchPage(`?q=${encodeURIComponent(query)}`);
      expect((await itemLinks(page))[0], query).toBe('/moten/2021-01-19/#besoksforbud');
      await page.close();
    }
  });

  it('finds the 2 mars säbo passage for "vaccin äldreboende" through the topics’ synonyms, and never shows the added words', async () => {
    const page = await seed.browser.newPage();
    await page.goto(`${seed.server.url}sok/`);
    await page.fill('#sok-fraga', 'vaccin äldreboende');
    await page.press('#sok-fraga', 'Enter');
    await page.waitForURL('**/sok/?q=vaccin+%C3%A4ldreboende');
    expect(await waitForStatus(page)).toMatch(/^\d+ möten för ”vaccin äldreboende”\.$/);
    expect(await resultUrls(page)).toEqual(expect.arrayContaining(['/moten/2021-01-19/', '/moten/2021-03-02/']));
    expect(await itemLinks(page)).toContain('/moten/2021-03-02/#senaste-nytt-om-vaccinationslaget');
    // The item says säbo, not äldreboende: found through the synonyms added to its record.
    expect(seed.index.items.find((i) => i.id === '2021-03-02#senaste-nytt-om-vaccinationslaget')!.text).toMatch(/säbo/);
    expect(await page.textContent('#sokresultat')).not.toMatch(/äldreboende|⁂/);
    await page.close();
  });

  it('takes å, ä and ö as typed when the query has them: "här" marks här, never har, and "för" never "fortsatt"', async () => {
    const marked = async (query: string) => {
      const page = await searchPage(`?q=${encodeURIComponent(query)}`);
      const first = await page.locator('#sokresultat > li').first().locator('.excerpt mark').allTextContents();
      const all = await page.locator('#sokresultat .excerpt mark').allTextContents();
      await page.close();
      return { first: first.map((m) => m.toLocaleLowerCase('sv')), all: all.map((m) => m.toLocaleLowerCase('sv')) };
    };
    const har = await marked('här');
    expect(har.first[0]).toMatch(/^här/);
    expect(har.all.filter((m) => !m.startsWith('här'))).toEqual([]);
    const for_ = await marked('för');
    expect(for_.first[0]).toMatch(/^för/);
    expect(for_.all.filter((m) => !m.startsWith('för'))).toEqual([]);
    // Without them, the query is folded, so a keyboard without å, ä and ö still finds besöksförbud (above).
    expect((await marked('har')).first.length).toBeGreaterThan(0);
  });

  it('suggests a correction when a misspelled search finds nothing', async () => {
    const page = await searchPage('?q=vacination');
    expect(await page.textContent('#sokstatus')).toMatch(/^Ordet ”vacination” finns inte i arkivet\. Menade du vaccination/);
    await page.click('#sokstatus a:text-is("vaccination")');
    await page.waitForURL('**/sok/?q=vaccination');
    expect(await waitForStatus(page)).toMatch(/^\d+ möten? för ”vaccination”\.$/);
    expect(await page.inputValue('#sok-fraga')).toBe('vaccination');
    await page.close();
  });

  it('filters on FoHM at the level of the item: the meetings, each with only the items FoHM presented or answered in', async () => {
    const page = await searchPage('?aktor=fohm');
    const urls = await itemLinks(page);
    const agency = seed.index.agencies.find((a) => a.id === 'fohm')!;
    const fohm = [...new Set([...agency.itemIds, ...agency.answeredItemIds])].map(itemUrl);
    // FoHM answers in two items of the network's own in 2 mars ("FoHM håller med", "FoHM instämmer").
    expect(fohm).toEqual(
      expect.arrayContaining(['/moten/2021-03-02/#natverkets-ovriga-fragor', '/moten/2021-03-02/#senaste-nytt-om-vaccinationslaget']),
    );
    expect([...urls].sort()).toEqual([...fohm].sort());
    expect(fohm.length).toBeGreaterThan(meetingsWith('fohm').size);
    expect(await page.textContent('#sokstatus')).toBe(`${meetingsWith('fohm').size} möten för FoHM.`);
    expect(await resultUrls(page)).toHaveLength(meetingsWith('fohm').size);
    expect(await page.inputValue('#filter-aktor')).toBe('fohm');
    await page.close();
  });

  it('under a topic, counts a match under a question only when the question itself is about the topic', async () => {
    const question = seed.index.items
      .flatMap((i) => i.questions)
      .find((q) => q.text.startsWith('Vad betyder det att vaccinet är genmanipulerat'))!;
    // Its item is about personlig assistans (another question's words), the question is not.
    expect(question.topicIds).toEqual(['vaccination']);
    const about = await searchPage('?q=genmanipulerat&amne=vaccination');
    expect(await questionLinks(about)).toEqual([question.url]);
    await about.close();
    const other = await searchPage('?q=genmanipulerat&amne=personlig-assistans');
    expect(await questionLinks(other)).toEqual([]);
    expect(await other.locator('#sokresultat').textContent()).toContain('Sökorden står i mötets andra punkter.');
    await other.close();
  });

  it('lands on the question when the words are in its own heading: "vaccinet är genmanipulerat"', async () => {
    const question = seed.index.items
      .flatMap((i) => i.questions)
      .find((q) => q.text.startsWith('Vad betyder det att vaccinet är genmanipulerat'))!;
    const page = await searchPage(`?q=${encodeURIComponent('vaccinet är genmanipulerat')}`);
    expect(await questionLinks(page)).toEqual([question.url]);
    await page.locator(`#sokresultat .result-question a[href="${question.url}"]`).click();
    await page.waitForURL(`**${question.url}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(question.anchor);
    await page.close();
  });

  it('says who answered an item or question found, labels the network’s own part as the site setting does, and shows the date once', async () => {
    const page = await searchPage('?q=genmanipulerat');
    const result = page.locator('#sokresultat > li').first();
    const hit = result.locator('.result-items > li').first();
    expect(await hit.locator('.result-question').textContent()).toMatch(/^Frågan: Vad betyder det att vaccinet är genmanipulerat/);
    expect(await hit.locator('.answered-by').textContent()).toBe('Svar från FoHM');
    // The date once, in the title, in <time>.
    expect(await result.locator('h2').textContent()).toBe('Socialchefsnätverket 19 januari 2021');
    expect(await result.locator('h2 time').getAttribute('datetime')).toBe('2021-01-19');
    expect(await result.locator('time').count()).toBe(1);
    expect(await result.locator('.item-meta').count()).toBe(0);
    // FoHM's answers in the network's own items of 2 mars: "Nätverket" presented, FoHM answered.
    await page.goto(`${seed.server.url}sok/?q=${encodeURIComponent('egna rummet')}&aktor=fohm`);
    await waitForStatus(page);
    const own = page.locator('#sokresultat .result-items > li', { has: page.locator('a[href$="#natverkets-ovriga-fragor"]') });
    expect(await own.locator('.presenters').textContent()).toBe('Nätverket');
    expect(await own.locator('.answered-by').textContent()).toBe('Svar från FoHM');
    expect(await page.locator('#sokresultat').textContent()).not.toMatch(/(?<!\p{L})nätverket/u);
    await page.close();
  });

  it('combines a query with filters and shows the counts for the current search', async () => {
    const page = await searchPage('?q=vaccin&aktor=fohm&ar=2021&ordning=nyast');
    const urls = await itemLinks(page);
    expect(urls.length).toBeGreaterThan(0);
    const agency = seed.index.agencies.find((a) => a.id === 'fohm')!;
    const fohm = new Set([...agency.itemIds, ...agency.answeredItemIds].map(itemUrl));
    for (const url of urls) expect(fohm.has(url!)).toBe(true);
    const dates = await page.$$eval('#sokresultat time', (times) => times.map((t) => t.getAttribute('datetime')));
    expect([...dates].sort().reverse()).toEqual(dates);
    const meetings = (await resultUrls(page)).length;
    expect(await page.textContent('#filter-aktor option[value="fohm"]')).toBe(`FoHM (${meetings} möten)`);
    expect(await page.textContent('#sokstatus')).toBe(`${meetings} möten för ”vaccin”, FoHM, 2021.`);
    await page.close();
  });

  it('returns the same items for "FoHM" and "Folkhälsomyndigheten", and for "IVO" and its full name', async () => {
    for (const [short, long] of [
      ['FoHM', 'Folkhälsomyndigheten'],
      ['IVO', 'Inspektionen för vård och omsorg'],
    ] as const) {
      const a = await searchPage(`?q=${encodeURIComponent(short)}`);
      const b = await searchPage(`?q=${encodeURIComponent(long)}`);
      const shortUrls = (await resultUrls(a)).sort();
      expect(shortUrls.length).toBeGreaterThan(0);
      expect((await resultUrls(b)).sort()).toEqual(shortUrls);
      // As many items with a match under each meeting (the first few are listed, then "2 punkter till …").
      expect(await itemsFound(b)).toEqual(await itemsFound(a));
      await a.close();
      await b.close();
    }
  });

  it('finds every item of the seed meetings by a distinctive phrase from it (recall 100 %)', async () => {
    const page = await seed.browser.newPage();
    await page.goto(`${seed.server.url}sok/`);
    const texts = seed.index.items.map((item) => ({ item, words: item.text.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)) }));
    const misses: string[] = [];
    for (const { item, words } of texts) {
      const phrase = distinctivePhrase(
        words,
        texts.filter((t) => t.item !== item).map((t) => t.item.text.toLowerCase()),
      );
      expect(phrase, item.id).toBeDefined();
      // A string, so that vitest does not rewrite the browser's import().
      const urls = (await page.evaluate(`(async () => {
        const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
        const found = await pagefind.search(${JSON.stringify(phrase)});
        const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return data.flatMap((d) => d.sub_results.map((sub) => sub.url));
      })()`)) as string[];
      // The item's own section, or a heading in it (a question, or a slide's title in a presentation).
      const own = [item.url, ...[...item.html.matchAll(/ id="([^"]+)"/g)].map((m) => item.url.replace(/#.*/, `#${m[1]}`))];
      if (!urls.some((url) => own.includes(url))) misses.push(`${item.id}: "${phrase}" → ${urls.join(', ') || 'inga träffar'}`);
    }
    expect(misses).toEqual([]);
    // Every section of the seed minutes was searched: 10 of 19 januari and 12 of 2 mars.
    expect(texts.map(({ item }) => item.meetingId)).toEqual([
      ...Array<string>(10).fill('2021-01-19'),
      ...Array<string>(12).fill('2021-03-02'),
    ]);
    await page.close();
  });

  it('keeps query and filters in the URL: shareable, and back and forward work', async () => {
    const page = await searchPage('?q=vaccin');
    const all = (await itemLinks(page)).length;
    await page.selectOption('#filter-aktor', 'skr');
    await page.waitForURL(/aktor=skr/);
    await waitForStatus(page);
    expect(new URL(page.url()).search).toBe('?q=vaccin&aktor=skr');
    const filtered = (await itemLinks(page)).length;
    expect(filtered).toBeLessThan(all);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=vaccin');
    await page.waitForFunction((n) => document.querySelectorAll('#sokresultat .result-items h3').length === n, all);
    expect(await page.inputValue('#filter-aktor')).toBe('');
    await page.goForward();
    await page.waitForFunction((n) => document.querySelectorAll('#sokresultat .result-items h3').length === n, filtered);
    expect(await page.inputValue('#filter-aktor')).toBe('skr');
    await page.close();
  });

  it('is usable by keyboard from any page: the header box submits to the search page', async () => {
    const page = await seed.browser.newPage();
    await page.goto(`${seed.server.url}moten/2021-01-19/`);
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'sok-sidhuvud'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sok-sidhuvud');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.type('Tegnell');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sok/?q=Tegnell');
    expect(await waitForStatus(page)).toMatch(/^\d+ möten? för ”Tegnell”/);
    // The focus is on the answer, read there once (its live region is quiet while it is read), and the next Tab is a result's.
    await page.waitForFunction(() => document.activeElement?.id === 'sokbesked');
    expect(await page.getAttribute('#sokbesked', 'role')).toBe('status');
    expect(await page.getAttribute('#sokbesked', 'aria-live')).toBe('off');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#sokresultat > li') !== null)).toBe(true);
    await page.close();
  });

  it('moves the focus to the result count after a search, offers "Hoppa till träffarna", and Escape clears the results', async () => {
    const page = await seed.browser.newPage();
    await page.goto(`${seed.server.url}sok/`);
    expect(await page.isHidden('#till-traffarna')).toBe(true);
    await page.click('#sok-fraga');
    await page.keyboard.type('besöksförbud');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    await waitForStatus(page);
    await page.waitForFunction(() => document.activeElement?.id === 'sokbesked');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/\d+ möten? för ”besöksförbud”\./);
    // The next Tab is the first link of the answer or the results, past the filters.
    await page.keyboard.press('Tab');
    const tabbed = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
    expect(await page.evaluate(() => document.activeElement?.closest('#sokresultat, #sokbesked') !== null), tabbed).toBe(true);

    // From the box, one Tab past the button to "Hoppa till träffarna", which lands on the results.
    await page.focus('#sok-fraga');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till träffarna');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sokresultat');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#sokresultat > li') !== null)).toBe(true);

    // Escape in the box empties it and clears the old results.
    await page.focus('#sok-fraga');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
    await page.waitForFunction(() => document.querySelectorAll('#sokresultat > li').length === 0);
    expect(await page.inputValue('#sok-fraga')).toBe('');
    expect(await page.textContent('#sokstatus')).toBe('');
    expect(await page.isHidden('#till-traffarna')).toBe(true);
    await page.close();
  });

  it('keeps the focus on a filter that is changed: only the box’s words move it', async () => {
    const page = await searchPage('?q=vaccin');
    await page.focus('#filter-aktor');
    await page.selectOption('#filter-aktor', 'fohm');
    await waitForStatus(page);
    await page.waitForFunction(() => (document.getElementById('sokstatus')?.textContent ?? '').includes('FoHM'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-aktor');
    await page.close();
  });

  it('offers the indexes instead when JavaScript is off', async () => {
    const context = await seed.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${seed.server.url}sok/?q=vaccin`);
    expect(await page.isVisible('#bladdra-i-stallet')).toBe(true);
    expect(await page.textContent('noscript')).toContain('Sökningen behöver JavaScript');
    for (const href of ['/amnen/', '/aktorer/', '/personer/'])
      expect(await page.isVisible(`#bladdra-i-stallet a[href="${href}"]`)).toBe(true);
    await context.close();
  });
});

describe.runIf(HAS_CHROMIUM)('search results are safe', () => {
  it('shows minutes text that looks like HTML as text, and runs no script', async () => {
    const minutes = await copyToTemp('minutes');
    await writeFile(
      path.join(minutes, '2021-04-13-socialchefsnatverket.md'),
      [
        '---',
        'title: Socialchefsnätverket 13 april 2021',
        'date: 2021-04-13',
        'topics: [Vaccination]',
        '---',
        '',
        '## Vaccinationsläget &lt;img src=x onerror=globalThis.__xss=1&gt;',
        '',
        'Zebrakod: texten &lt;img src=x onerror=globalThis.__xss=2&gt; om vaccinet och vaccinationen, och `<script>globalThis.__xss=3</script>`.',
      ].join('\n'),
    );
    const site = path.join(await tempDir(), 'site');
    const built = await buildSite({
      minutesDir: minutes,
      siteDir: site,
      templatesDir: path.join(ROOT, 'templates'),
      deploy: { siteUrl: 'http://127.0.0.1', pathPrefix: '/' },
    });
    expect(built.built).toBe(true);
    const hostile = await startServer({ siteDir: site, port: 0, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
    const page = await seed.browser.newPage();
    await page.goto(`${hostile.url}sok/?q=zebrakod`);
    await waitForStatus(page);
    const result = page.locator('#sokresultat > li').first();
    expect(await result.locator('.result-items h3').textContent()).toBe('Vaccinationsläget <img src=x onerror=globalThis.__xss=1>');
    expect(await result.locator('.excerpt').textContent()).toContain('<img src=x onerror=globalThis.__xss=2>');
    expect(await result.locator('img').count()).toBe(0);
    await page.goto(`${hostile.url}moten/2021-04-13/`);
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    await page.close();
    await hostile.close();
  });
});

describe.runIf(HAS_CHROMIUM)("search over an index built in parts, as a large archive's is", () => {
  let parts: RunningServer;
  let folders: string[];

  beforeAll(async () => {
    const site = path.join(await tempDir(), 'site');
    // One meeting per part: the seed meetings fill two parts.
    await buildSite({
      minutesDir: path.join(ROOT, 'minutes'),
      siteDir: site,
      templatesDir: path.join(ROOT, 'templates'),
      deploy: { siteUrl: 'http://127.0.0.1', pathPrefix: '/' },
      searchShardSize: 1,
    });
    parts = await startServer({ siteDir: site, port: 0, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
    folders = (await readdir(path.join(site, 'pagefind'))).filter((name) => name.startsWith('del-'));
  });

  afterAll(async () => {
    await parts?.close();
  });

  /** What the search page shows: status, result links, dates and the agency filter's counts. */
  async function shown(base: string, query: string) {
    const page = await seed.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}sok/${query}`);
    const status = await waitForStatus(page);
    const result = {
      status,
      errors,
      urls: await resultUrls(page),
      items: await itemLinks(page),
      dates: await page.$$eval('#sokresultat time', (times) => times.map((t) => t.getAttribute('datetime'))),
      counts: await page.$$eval('#filter-aktor option, #filter-amne option', (options) => options.map((o) => o.textContent)),
    };
    await page.close();
    return result;
  }

  it('writes the parts and shows the same results, counts and order as one index', async () => {
    expect(folders).toHaveLength(2);
    for (const folder of folders) expect(folder).toMatch(/^del-[0-9a-f]{8}$/);
    for (const query of [
      '?q=besöksförbud',
      '?q=vaccin',
      '?aktor=fohm',
      '?q=vaccin&aktor=fohm&ar=2021',
      '?amne=vaccination&ordning=nyast',
      // Words that one part holds and the other only begins (it would fall back to "besök"), words of
      // one part each (no meeting has both), a phrase, a word no part has, a letter alone.
      '?q=besöksförbudet',
      '?q=besöksförbud&ordning=nyast',
      '?q=besöksförbud%20behålla',
      '?q=%22besöksförbud%20på%22',
      '?q=besökare',
      '?q=vaccin%20zzqx',
      '?q=å%20vaccin',
    ]) {
      const one = await shown(seed.server.url, query);
      const split = await shown(parts.url, query);
      expect(split.errors, query).toEqual([]);
      expect(split.status, query).toBe(one.status);
      expect(split.counts, query).toEqual(one.counts);
      expect([...split.urls].sort(), query).toEqual([...one.urls].sort());
      expect([...split.items].sort(), query).toEqual([...one.items].sort());
      if (query.includes('ordning=nyast')) {
        expect(split.dates, query).toEqual([...split.dates].sort().reverse());
        expect(split.dates, query).toEqual(one.dates);
      }
    }
  });

  it('loads nothing of a part a query is not asked of, until a query needs it', async () => {
    const page = await seed.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${parts.url}sok/?q=beh%C3%A5lla`);
    await waitForStatus(page);
    // The form names the folders newest first; "behålla" is only in the newest meeting, "biverkningar" only in the oldest.
    const [newest, oldest] = (await page.getAttribute('#sokformular', 'data-search-indexes'))!
      .split(' ')
      .map((folder) => new URL(folder, parts.url).pathname);
    expect(await resultUrls(page)).toEqual(['/moten/2021-03-02/']);
    expect(loaded.some((url) => url.startsWith(newest!))).toBe(true);
    expect(loaded.filter((url) => url.startsWith(oldest!))).toEqual([]);
    await page.fill('#sok-fraga', 'biverkningar');
    await page.press('#sok-fraga', 'Enter');
    await page.waitForFunction(() => {
      const text = document.getElementById('sokstatus')?.textContent ?? '';
      return text.includes('biverkningar') && !text.startsWith('Söker');
    });
    expect(await resultUrls(page)).toEqual(['/moten/2021-01-19/']);
    expect(loaded.some((url) => url.startsWith(oldest!))).toBe(true);
    await page.close();
  });

  it('finds the items of the oldest and the newest part', async () => {
    const oldest = seed.index.items.find((item) => item.meetingId === seed.index.meetings[0]!.id && item.title.length > 0)!;
    const newest = seed.index.items.findLast((item) => item.meetingId === seed.index.meetings.at(-1)!.id)!;
    for (const item of [oldest, newest]) {
      const split = await shown(parts.url, `?q=${encodeURIComponent(item.title)}`);
      expect(split.items, item.title).toContain(item.url);
    }
  });
});

/** The first run of four words of an item that no other item's text contains. */
function distinctivePhrase(words: readonly string[], others: readonly string[]): string | undefined {
  for (let i = 0; i + 4 <= words.length; i++) {
    const phrase = words.slice(i, i + 4).join(' ');
    const lower = phrase.toLowerCase();
    if (others.every((text) => !text.includes(lower)))
      return phrase
        .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
  }
  return undefined;
}
