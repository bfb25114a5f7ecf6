/**
 * Reading the archive in Chromium, as a member does on a phone and in print:
 * the agenda with every question as a deep link, an agency's answers apart
 * from what it presented, marked excerpts, decisions and follow-ups, a meeting
 * without an agenda, "Kopiera länk" with and without JavaScript, print, no page
 * wider than the screen, and axe on the pages this work added or changed.
 *
 * The archive is the bundled minutes plus generated meetings with long code
 * lines, wide tables, long unbroken words, strikethrough, a title with its own
 * number, decisions and follow-ups, and a meeting with no `##`
 * (`test/site/test-archive.ts`), served under the README's Content-Security-Policy.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build.ts';
import type { ArchiveIndex, ItemEntry } from '../../src/core/index-schema.ts';
import { type RunningServer, startServer } from '../../src/dev/serve.ts';
import { agencyLabel } from '../../src/core/agency-names.ts';
import { CONTENT_SECURITY_POLICY, HAS_CHROMIUM, launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT, tempDir } from '../support/helpers.ts';
import { findBrokenLinks, listFiles } from '../support/site-links.ts';
import { EMPTY_MEETING, EMPTY_MEETING_TEXT, testArchive, WIDE_MEETING } from '../site/test-archive.ts';

const SITE_URL = 'https://arkiv.example';

let browser: Browser;
let server: RunningServer;
let index: ArchiveIndex;
let site: string;

beforeAll(async () => {
  site = path.join(await tempDir(), 'site');
  const built = await buildSite({
    minutesDir: await testArchive(),
    siteDir: site,
    templatesDir: path.join(ROOT, 'templates'),
    deploy: { siteUrl: SITE_URL, pathPrefix: '/' },
  });
  expect(built.check.diagnostics.filter((d) => d.fatal)).toEqual([]);
  index = built.check.index!;
  if (!HAS_CHROMIUM) return;
  server = await startServer({ siteDir: site, port: 0, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

/** A page in a fresh context (its response must be 200); every uncaught script error and CSP refusal is collected in `errors`. */
async function open(url: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const response = await page.goto(`${server.url}${url}`);
  expect(response?.status(), url).toBe(200);
  return { page, errors };
}

const item = (id: string): ItemEntry => index.items.find((i) => i.id === id)!;

/** True when the element's top edge is inside the viewport. */
const inViewport = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const box = document.querySelector(s)!.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight && box.bottom > 0;
  }, selector);

describe.runIf(HAS_CHROMIUM)('the meeting page', () => {
  it('nests every ### question of an item under it in the agenda, each a deep link to an anchor that exists', async () => {
    const vaccination = item('2021-01-19#vaccinationsfragor-inklusive-natverkets-ovriga-fragor');
    expect(vaccination.questions).toHaveLength(9);
    const { page, errors } = await open('moten/2021-01-19/');
    const entry = page.locator('nav.toc ol.agenda > li').filter({ has: page.locator(`> a[href="#${vaccination.anchor}"]`) });
    expect(await entry.count()).toBe(1);
    const links = await entry.locator('ul.agenda-questions a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links.map(([href]) => href)).toEqual(vaccination.questions.map((q) => `#${q.anchor}`));
    for (const [i, question] of vaccination.questions.entries()) {
      expect(question.text.startsWith(links[i]![1]!.replace(/ …$/, ''))).toBe(true);
      // The anchor is the question's heading, inside its item.
      expect(await page.locator(`#${vaccination.anchor} h3#${question.anchor}`).count()).toBe(1);
    }
    await page.locator(`nav.toc a[href="#${vaccination.questions[3]!.anchor}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${vaccination.questions[3]!.anchor}`);
    expect(await inViewport(page, `#${vaccination.questions[3]!.anchor}`)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the agenda first, then who presented and the topics; "Till dagordningen" after each item leads back to it', async () => {
    const { page } = await open('moten/2021-03-02/', PHONE);
    const order = await page.$$eval('article.meeting > *', (els) => els.map((e) => e.className || e.tagName));
    expect(order.indexOf('toc')).toBeLessThan(order.indexOf('meeting-facts'));
    expect(order.indexOf('meeting-facts')).toBeLessThan(order.indexOf('item'));
    // The agenda is reached without scrolling on a phone.
    expect(await inViewport(page, 'nav.toc h2')).toBe(true);
    const back = page.locator('#antibiotikaresistens a.to-agenda');
    expect(await back.textContent()).toBe('Till dagordningen');
    await back.tap();
    expect(new URL(page.url()).hash).toBe('#Dagordning');
    expect(await inViewport(page, 'nav.toc')).toBe(true);
    // The network's own item is labelled from the site settings, not with a lower-case "nätverket".
    expect(await page.locator('#natverkets-ovriga-fragor .presenters').textContent()).toBe('Nätverket');
    expect(await page.locator('main').textContent()).not.toMatch(/\bnätverket\s*<\/p>|;\s*nätverket\b/);
    await page.context().close();
  });

  it('has no agenda box when the meeting has no item, and shows its text and its date once', async () => {
    const { page } = await open(`moten/${EMPTY_MEETING}/`);
    expect(await page.locator('nav.toc').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('Dagordning');
    expect(await page.locator('main .intro').textContent()).toContain(EMPTY_MEETING_TEXT);
    expect(await page.locator('main time').evaluateAll((ts) => ts.map((t) => [t.getAttribute('datetime'), t.textContent]))).toEqual([
      [EMPTY_MEETING, '20 april 2021'],
    ]);
    await page.context().close();
  });

  it('shows the introduction before the agenda, decisions and follow-ups highlighted and listed at the top with deep links', async () => {
    const { page } = await open(`moten/${WIDE_MEETING}/`);
    const order = await page.$$eval('article.meeting > *', (els) => els.map((e) => e.className));
    expect(order.indexOf('intro minutes')).toBeLessThan(order.indexOf('outcome-summary'));
    expect(order.indexOf('outcome-summary')).toBeLessThan(order.indexOf('toc'));
    const summary = page.locator('.outcome-summary');
    expect(await summary.locator('h2').textContent()).toBe('Beslut och uppföljning');
    const links = await summary.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links.map(([, text]) => text)).toEqual([
      'Beslut: Budgeten för vaccinationsinformation antogs.',
      'Uppföljning: FoHM återkommer med siffror i maj.',
    ]);
    for (const [href] of links) expect(await page.locator(`[id="${href!.slice(1)}"]`).count(), href!).toBe(1);
    for (const outcome of await page.locator('.minutes p.outcome').all()) {
      const style = await outcome.evaluate((p) => [getComputedStyle(p).backgroundColor, getComputedStyle(p).borderLeftWidth]);
      expect(style[0]).not.toBe('rgba(0, 0, 0, 0)');
      expect(style[1]).not.toBe('0px');
    }
    // Strikethrough is shown struck through; a title with its own number is not numbered again.
    expect(await page.locator('.minutes del').evaluate((d) => getComputedStyle(d).textDecorationLine)).toBe('line-through');
    expect(await page.locator('section.item h2').first().textContent()).toBe('13. Budget och vaccinet');
    expect(await page.locator('nav.toc ol.agenda > li > a').first().textContent()).toBe('13. Budget och vaccinet');
    await page.context().close();
  });

  it('folds the slide text away, and opens it when a link leads into it', async () => {
    const { page } = await open('moten/2021-01-19/#ur-presentationen-lagesrapport');
    expect(await page.locator('#ur-presentationen-lagesrapport details.slides').getAttribute('open')).toBe('');
    await page.goto(`${server.url}moten/2021-01-19/`);
    expect(await page.locator('#ur-presentationen-lagesrapport details.slides').getAttribute('open')).toBeNull();
    await page.context().close();
  });
});

describe.runIf(HAS_CHROMIUM)('"Kopiera länk" and print', () => {
  it('copies the address of an item or a question and says so, with JavaScript', async () => {
    const { page, errors } = await open('moten/2021-01-19/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const button = page.locator('#besoksforbud button.copy-link');
    expect(await button.textContent()).toBe('Kopiera länk: Besöksförbud');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}moten/2021-01-19/#besoksforbud`);
    const status = page.locator('#besoksforbud .copy-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe(`Länken är kopierad: ${server.url}moten/2021-01-19/#besoksforbud`);
    const question = 'vad-hander-om-man-testar-positivt-efter-forsta-sprutan';
    await page.locator(`h3#${question} + .copy-row button`).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}moten/2021-01-19/#${question}`);
    expect(await page.locator('.page-tools button').isVisible()).toBe(true);
    expect(await page.locator('.page-tools button').textContent()).toBe('Skriv ut');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says "Kopierad" beside the button, over nothing of the page, on a desktop and a phone (issue 21 item 10)', async () => {
    for (const options of [{ viewport: { width: 1280, height: 800 } }, PHONE]) {
      const { page } = await open('moten/2021-01-19/', options);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      const question = 'vad-hander-om-man-testar-positivt-efter-forsta-sprutan';
      for (const [buttonSelector, statusSelector] of [
        ['#besoksforbud button.copy-link', '#besoksforbud .copy-status'],
        [`h3#${question} + .copy-row button.copy-link`, `h3#${question} + .copy-row .copy-status`],
      ] as const) {
        await page.locator(buttonSelector).click();
        const status = page.locator(statusSelector);
        await expect.poll(() => status.textContent()).toMatch(/^Länken är kopierad: /);
        // The notice's box overlaps no other element's box but those it stands in.
        const overlapping = await status.evaluate((notice) => {
          const box = notice.getBoundingClientRect();
          const overlaps = (other: DOMRect) =>
            Math.min(box.right, other.right) - Math.max(box.left, other.left) > 0.5 &&
            Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top) > 0.5;
          return Array.from(document.querySelectorAll('body *'))
            .filter((e) => e !== notice && !e.contains(notice) && !notice.contains(e))
            .filter((e) => e.checkVisibility({ visibilityProperty: true }) && overlaps(e.getBoundingClientRect()))
            .map((e) => `${e.tagName}.${e.className}: ${e.textContent?.slice(0, 40)}`);
        });
        expect(overlapping, `${statusSelector} at ${options.viewport?.width} px`).toEqual([]);
        // It comes after the buttons, in the same row.
        const [button, notice] = await Promise.all([page.locator(buttonSelector).boundingBox(), status.boundingBox()]);
        expect(notice!.y + notice!.height).toBeGreaterThan(button!.y);
        expect(notice!.y).toBeLessThan(button!.y + 3 * button!.height);
      }
      await page.context().close();
    }
  });

  it('offers "Dela" beside "Kopiera länk" where the browser can share, and shares the item’s title and address (issue 21 item 10)', async () => {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}moten/2021-01-19/`);
    const share = page.locator('#besoksforbud button.share-link');
    expect(await share.textContent()).toBe('Dela: Besöksförbud');
    // Beside the copy button, in the same row.
    expect(await page.locator('#besoksforbud .item-end button').evaluateAll((bs) => bs.map((b) => b.className))).toEqual([
      'copy-link',
      'share-link',
    ]);
    await share.click();
    const title = await page.title();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: `Besöksförbud – ${title}`, url: `${server.url}moten/2021-01-19/#besoksforbud` }]);
    const question = 'vad-hander-om-man-testar-positivt-efter-forsta-sprutan';
    await page.locator(`h3#${question} + .copy-row button.share-link`).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared[1]).toEqual({
      title: `Vad händer om man testar positivt efter första sprutan? – ${title}`,
      url: `${server.url}moten/2021-01-19/#${question}`,
    });
    await context.close();
    // Without navigator.share there is no "Dela", and "Kopiera länk" stays.
    const without = await browser.newContext();
    await without.addInitScript(() => void Reflect.deleteProperty(Navigator.prototype, 'share'));
    const plain = await without.newPage();
    await plain.goto(`${server.url}moten/2021-01-19/`);
    expect(await plain.locator('button.copy-link').count()).toBeGreaterThan(0);
    expect(await plain.locator('button.share-link').count()).toBe(0);
    await without.close();
  });

  it('keeps text and boxes to one reading width on a desktop (issue 21 item 10)', async () => {
    const widths = async (url: string, selectors: string[], ready = 'main') => {
      const { page } = await open(url, { viewport: { width: 1280, height: 800 } });
      await page.locator(ready).first().waitFor();
      const measured = await page.evaluate((list) => {
        const root = getComputedStyle(document.documentElement);
        return {
          measure: parseFloat(root.getPropertyValue('--measure')) * parseFloat(root.fontSize),
          widest: Math.max(...Array.from(document.querySelectorAll('main > *')).map((e) => e.getBoundingClientRect().width)),
          boxes: Object.fromEntries(list.map((s) => [s, document.querySelector(s)?.getBoundingClientRect().width ?? -1])),
        };
      }, selectors);
      await page.context().close();
      return measured;
    };
    const meeting = await widths('moten/2021-01-19/', ['nav.toc', '.minutes h3', '#besoksforbud .minutes > p', 'h1']);
    expect(meeting.measure).toBe(46 * 16);
    // The agenda, a question's heading, the body text and the title: all one width, the measure; nothing in the page wider.
    for (const [selector, width] of Object.entries(meeting.boxes)) expect(width, selector).toBeCloseTo(meeting.measure, 0);
    expect(meeting.widest).toBeLessThanOrEqual(meeting.measure + 0.5);
    // The search page's box and its help: the same width.
    const search = await widths('sok/?q=visiting+ban', ['.search-big', '#sokhjalp'], '#sokhjalp:not([hidden])');
    for (const [selector, width] of Object.entries(search.boxes)) expect(width, selector).toBeCloseTo(search.measure, 0);
    expect(search.widest).toBeLessThanOrEqual(search.measure + 0.5);
  });

  it('is a plain link to the anchor without JavaScript, and there is no print button', async () => {
    const { page } = await open('moten/2021-01-19/', { javaScriptEnabled: false });
    const link = page.locator('#besoksforbud a.copy-link');
    expect(await link.getAttribute('href')).toBe('#besoksforbud');
    expect(await page.locator('button.copy-link').count()).toBe(0);
    expect(await page.locator('.page-tools').isVisible()).toBe(false);
    await link.click();
    expect(new URL(page.url()).hash).toBe('#besoksforbud');
    await page.context().close();
  });

  it('prints the agenda, the publisher and the page’s absolute address, without the screen’s controls', async () => {
    const { page } = await open('moten/2021-01-19/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(true);
    const colophon = page.locator('.print-colophon');
    expect(await colophon.isVisible()).toBe(true);
    expect(await colophon.textContent()).toContain(`${SITE_URL}/moten/2021-01-19/`);
    expect(await colophon.textContent()).toContain('Sveriges Kommuner och Regioner (SKR)');
    for (const hidden of ['.site-header', '.site-footer', '.item-end', '.page-tools', '.copy-row']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    await page.emulateMedia({ media: 'screen' });
    expect(await colophon.isVisible()).toBe(false);
    // Paper does not scroll: in print the wide table and the long code line fit the page.
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.goto(`${server.url}moten/${WIDE_MEETING}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    for (const selector of ['.table-scroll', 'pre']) {
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((e) => e.scrollWidth <= e.clientWidth),
        selector,
      ).toBe(true);
    }
    await page.context().close();
  });
});

describe.runIf(HAS_CHROMIUM)('a topic page that lands on the answer (issue 21 item 7)', () => {
  it('links a passage under a question to the question, says what the latest meeting said, and puts the items before the chart on a phone', async () => {
    const { page, errors } = await open('amnen/besoksforbud/', PHONE);
    const topic = index.topics.find((t) => t.id === 'besoksforbud')!;
    const listed = topic.itemIds.map((id) => item(id));
    // Every item whose passage stands under one of its questions says so, linking the question's anchor.
    const links = await page.locator('ol.item-list .passage-question a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    const questionUrls = new Set(listed.flatMap((i) => i.questions.map((q) => q.url)));
    for (const url of links) expect(questionUrls.has(url!), url!).toBe(true);
    await page.locator('ol.item-list .passage-question a').first().click();
    await page.waitForURL(/\/moten\/[^#]+#.+/);
    await page.waitForFunction(() => document.querySelector(':target') !== null);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('H3');
    await page.goBack();
    await page.waitForURL(/\/amnen\/besoksforbud\/$/);
    // "Senast" names the latest meeting and quotes what it said.
    const latest = page.locator('p.latest');
    expect(await latest.textContent()).toMatch(/^Senast, .*2021.*: .+ – .+/);
    expect(await latest.locator('mark').count()).toBeGreaterThan(0);
    // On a phone the first item comes before the chart.
    const [itemTop, chartTop] = await page.evaluate(() => [
      document.querySelector('ol.item-list > li')!.getBoundingClientRect().top,
      document.querySelector('section.history')!.getBoundingClientRect().top,
    ]);
    expect(itemTop).toBeLessThan(chartTop);
    expect(itemTop).toBeLessThan(740);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.runIf(HAS_CHROMIUM)('an agency page that lands on the answer (issue 21 item 7)', () => {
  it('says "Ur svaret på frågan …" under a passage that comes from a question, linking the question’s anchor', async () => {
    const { page, errors } = await open('aktorer/fohm/', PHONE);
    const passages = page.locator('section li:has(.passage-question)');
    expect(await passages.count()).toBeGreaterThan(0);
    // Each such passage belongs to its item's question, and says so with the question's words.
    for (const li of await passages.all()) {
      const itemUrl = await li.locator('h4 a').getAttribute('href');
      const listed = index.items.find((i) => i.url === itemUrl)!;
      const href = await li.locator('.passage-question a').getAttribute('href');
      const question = listed.questions.find((q) => q.url === href);
      expect(question, itemUrl!).toBeDefined();
      expect(await li.locator('.passage-question').textContent()).toBe(`Ur svaret på frågan ${question!.text}`);
    }
    await passages.first().locator('.passage-question a').click();
    await page.waitForURL(/\/moten\/[^#]+#.+/);
    await page.waitForFunction(() => document.querySelector(':target') !== null);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('H3');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.runIf(HAS_CHROMIUM)('answers credited where members look', () => {
  it('lists on FoHM’s page the 2 mars question and item FoHM answered, with deep links, apart from what FoHM presented', async () => {
    const { page } = await open('aktorer/fohm/');
    const answers = page.locator('section[aria-labelledby="svar"]');
    const presented = page.locator('section[aria-labelledby="foredragit"]');
    expect(await answers.locator('h2').textContent()).toBe('Frågor som FoHM har svarat på');
    const question = item('2021-03-02#natverkets-ovriga-fragor').questions.find((q) => q.answeringAgencyIds.includes('fohm'))!;
    const asked = answers.locator('li').filter({ has: page.locator(`h3 a[href="${question.url}"]`) });
    expect(await asked.locator('.excerpt').textContent()).toMatch(/^FoHM håller med om att/);
    expect(await asked.locator('.excerpt mark').first().textContent()).toBe('FoHM');
    const answered = item('2021-03-02#senaste-nytt-om-vaccinationslaget');
    const inItem = answers.locator('li').filter({ has: page.locator(`a[href="${answered.url}"]`) });
    expect(await inItem.locator('.excerpt').textContent()).toMatch(/^FoHM instämmer i den bild/);
    // FoHM did not present that item: it is not among what FoHM presented, which lists what it did.
    expect(await presented.locator(`a[href="${answered.url}"]`).count()).toBe(0);
    expect(await presented.locator(`a[href="${item('2021-01-19#besoksforbud').url}"]`).count()).toBe(1);
    // The deep links land on the question and the item.
    for (const url of [question.url, answered.url]) {
      await page.goto(`${server.url}${url.slice(1)}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(url.split('#')[1]);
    }
    await page.context().close();
  });

  it('lists every question on "Frågor och svar", newest first, with answering agencies and topics, and by topic and agency', async () => {
    const { page } = await open('fragor/');
    const questions = await page.locator('ol.question-list > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const expected = [...index.meetings].reverse().flatMap((m) => m.itemIds.flatMap((id) => item(id).questions.map((q) => q.url)));
    expect(questions).toEqual(expected);
    const first = page
      .locator('ol.question-list > li')
      .filter({ has: page.locator('a[href$="#fraga-om-fohms-nya-rekommendationer-de-dubbla-och"]') });
    expect(await first.locator('.question-facts').textContent()).toMatch(/Svar från\s+FoHM\s+·\s+Ämnen\s+Vaccination, Besöksförbud\s*$/);
    await first.locator('.question-facts a', { hasText: 'Besöksförbud' }).click();
    expect(new URL(page.url()).pathname).toBe('/fragor/amnen/besoksforbud/');
    expect(await page.locator('h1').textContent()).toBe('Frågor och svar om Besöksförbud');
    await page.goto(`${server.url}fragor/aktorer/fohm/`);
    const fohm = await page.locator('ol.question-list > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(fohm)).toEqual(
      new Set(index.agencies.find((a) => a.id === 'fohm')!.answeredQuestionIds.map((id) => `/moten/${id.replace('#', '/#')}`)),
    );
    await page.context().close();
  });

  it('says under each question of the meeting page who answered it, linked to the agency’s page', async () => {
    const { page } = await open('moten/2021-03-02/');
    const question = item('2021-03-02#natverkets-ovriga-fragor').questions.find((q) => q.answeringAgencyIds.includes('fohm'))!;
    const credit = page.locator(`h3#${question.anchor} ~ p.answered-by`).first();
    expect(await credit.textContent()).toBe('Svar från FoHM');
    await credit.locator('a').click();
    await page.waitForURL('**/aktorer/fohm/');
    // Every question an agency answered says so on its meeting page, and only those.
    await page.goto(`${server.url}moten/2021-01-19/`);
    const questions = item('2021-01-19#vaccinationsfragor-inklusive-natverkets-ovriga-fragor').questions;
    const credited = await page.locator('.minutes h3').evaluateAll((headings) =>
      headings.map((h) => {
        let next = h.nextElementSibling;
        while (next && next.tagName !== 'H3' && !next.matches('p.answered-by')) next = next.nextElementSibling;
        return [h.id, next?.matches('p.answered-by') ? next.textContent : null];
      }),
    );
    const expected = questions.map((q) => [
      q.anchor,
      q.answeringAgencyIds.length
        ? `Svar från ${q.answeringAgencyIds.map((id) => agencyLabel(index.agencies.find((a) => a.id === id)!)).join(', ')}`
        : null,
    ]);
    expect(credited.filter(([id]) => questions.some((q) => q.anchor === id))).toEqual(expected);
    expect(expected.filter(([, text]) => text).length).toBeGreaterThan(5);
    await page.context().close();
  });

  it('lists under a topic only the questions about it: their own topics, not every topic of their item', async () => {
    const { page } = await open('fragor/');
    const filter = page.locator('.question-filters a', { hasText: 'Personlig assistans' });
    expect(await filter.textContent()).toBe('Personlig assistans (1)');
    await filter.click();
    expect(new URL(page.url()).pathname).toBe('/fragor/amnen/personlig-assistans/');
    expect(await page.locator('ol.question-list > li h3').allTextContents()).toEqual([
      'Vilket ansvar har vi som vårdgivare att erbjuda assistansbolagens personal vaccination?',
    ]);
    // On FoHM's page, each 19 januari answer names its own topics, not the meeting's ten.
    await page.goto(`${server.url}aktorer/fohm/`);
    const facts = page.locator('section[aria-labelledby="svar"] li', { hasText: 'genmanipulerat' }).locator('.question-facts');
    expect((await facts.textContent())!.replace(/\s+/g, ' ').trim()).toBe('Svar från FoHM · Ämnen Vaccination');
    await page.context().close();
  });

  it('takes a member on a phone to what FoHM answered about visits in the resident’s own room in two taps, from the start page through FoHM’s page or "Frågor och svar"', async () => {
    const questions = [
      // 2 mars: "… kan ta emot besök på det egna rummet …"
      item('2021-03-02#natverkets-ovriga-fragor').questions.find((q) => /besök på det egna rummet/.test(q.answerText))!,
      // 19 januari: "Hur hantera besök/skyddsutrustning framöver …"
      item('2021-01-19#vaccinationsfragor-inklusive-natverkets-ovriga-fragor').questions.find((q) =>
        q.text.startsWith('Hur hantera besök'),
      )!,
    ];
    for (const question of questions) {
      expect(question.answeringAgencyIds).toContain('fohm');
      for (const [first, listing] of [
        ['main a[href="/aktorer/fohm/"]', '/aktorer/fohm/'],
        ['header nav a[href="/fragor/"]', '/fragor/'],
      ] as const) {
        const { page, errors } = await open('', PHONE);
        await page.locator(first).tap();
        await page.waitForURL(`**${listing}`);
        const link = page.locator(`main h3 a[href="${question.url}"]`);
        await link.scrollIntoViewIfNeeded();
        await link.tap();
        await page.waitForURL(`**${question.url}`);
        expect(new URL(page.url()).hash, listing).toBe(`#${question.anchor}`);
        expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('H3');
        expect(await inViewport(page, `h3#${question.anchor}`), `${listing} → ${question.anchor}`).toBe(true);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    }
  });
});

describe.runIf(HAS_CHROMIUM)('relevant excerpts and a topic’s history', () => {
  it('marks "besök" in the excerpt of every item on the Besöksförbud page', async () => {
    const { page } = await open('amnen/besoksforbud/');
    const entries = await page.locator('ol.item-list > li').all();
    expect(entries.length).toBe(index.topics.find((t) => t.id === 'besoksforbud')!.itemIds.length);
    for (const entry of entries) {
      const marks = await entry.locator('.excerpt mark').allTextContents();
      const text = (await entry.textContent()) ?? '';
      expect(
        marks.some((m) => /besök/i.test(m)),
        text,
      ).toBe(true);
    }
    await page.context().close();
  });

  it('draws the topic’s items per month as an accessible chart with a table, and names its latest item with its date', async () => {
    const { page } = await open('amnen/vaccination/');
    const chart = page.locator('svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(
      /^Stapeldiagram: dagordningspunkter om Vaccination per månad, från januari 2021 till april 2021/,
    );
    expect(await chart.locator('rect.chart-bar').count()).toBe(3);
    const rows = await page.locator('.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
    expect(rows[0]).toBe('april 20211');
    // "Senast" names the meeting and what it said (issue 21 item 7).
    expect(await page.locator('.latest').textContent()).toMatch(
      /^Senast, Socialchefsnätverket 13 april 2021: 13\. Budget och vaccinet – .+/,
    );
    await page.context().close();
  });

  it('lists an agency’s other names once each, without a double full stop', async () => {
    const { page } = await open('aktorer/igalia/');
    expect(await page.locator('main p', { hasText: 'Skrivs också' }).textContent()).toBe('Skrivs också: Igalia S.L.; S.L');
    await page.context().close();
  });
});

describe('the test archive’s pages', () => {
  it('pass html-validate and have no broken link or #anchor', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'valid-id': ['error', { relaxed: true }] } });
    const problems: string[] = [];
    for (const file of (await listFiles(site)).filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateString(await readFile(path.join(site, file), 'utf8'), file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
    const { broken, checked } = await findBrokenLinks(site);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});

/** The address of a built file: `moten/2021-01-19/index.html` → `moten/2021-01-19/`. */
const urlOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

describe.runIf(HAS_CHROMIUM)('real-world Markdown on every page', () => {
  for (const width of [360, 1280]) {
    it(`leaves no page wider than a ${width} px screen: code and tables scroll inside themselves`, async () => {
      // Redaktionen is the secretary's editor, not a page to read (its own test drives it); Decap asks the
      // local backend there, which this static server refuses.
      const pages = (await listFiles(site)).filter((f) => f.endsWith('.html') && !f.startsWith('redaktion/')).map(urlOf);
      expect(pages.length).toBeGreaterThan(60);
      const { page, errors } = await open(`moten/${WIDE_MEETING}/`, { viewport: { width, height: 800 } });
      // The generated meeting has a table and a code block wider than the screen, scrolling inside themselves.
      for (const selector of ['.table-scroll', 'pre']) {
        const [scroll, client, overflow] = await page
          .locator(selector)
          .first()
          .evaluate((e) => [e.scrollWidth, e.clientWidth, getComputedStyle(e).overflowX]);
        expect(scroll, selector).toBeGreaterThan(client);
        expect(overflow, selector).toBe('auto');
      }
      const wide: string[] = [];
      for (const url of pages) {
        await page.goto(`${server.url}${url}`);
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if (scrollWidth > innerWidth) wide.push(`${url}: ${scrollWidth} > ${innerWidth}`);
      }
      expect(wide).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 300_000);
  }
});

describe.runIf(HAS_CHROMIUM)('axe-core on the pages of the test archive (wcag2a, wcag2aa, wcag21a, wcag21aa)', () => {
  const PAGES = [`moten/${WIDE_MEETING}/`, `moten/${EMPTY_MEETING}/`, 'uppfoljning/', 'fragor/', 'aktorer/igalia/', 'amnen/vaccination/'];
  for (const width of [1280, 360]) {
    it.each(PAGES)(`%s has no violations at ${width} px`, async (url) => {
      const { page } = await open(url, { viewport: { width, height: 800 }, bypassCSP: true });
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }
});
