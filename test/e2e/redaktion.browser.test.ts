/**
 * Redaktionen as the secretary uses it, in Chromium, against Decap's real
 * local backend writing to a temporary git repository: she drops the Word
 * file of a new meeting (with an agency the registry lacks), sees the check,
 * adds the agency through the registry's form, sees the messages go, saves,
 * marks it ready, and publishes it (refused until the registry is published);
 * the files on `main` then pass the check and build into the meeting's page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../../src/build/build.ts';
import { checkArchive } from '../../src/build/pipeline.ts';
import { axeViolations } from '../support/axe.ts';
import { HAS_CHROMIUM } from '../support/browser.ts';
import { ROOT, tempDir } from '../support/helpers.ts';
import { type RedaktionSetup, signIn, startRedaktion } from '../support/redaktion.ts';

/** The Word file of 13 April, written like a real one: headings as Word headings, a question, an answer, an agency the registry lacks. */
async function aprilDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Minnesanteckningar Socialchefsnätverket 13 april 2021', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Vaccinationsläget (Anders Tegnell, FoHM)', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Andelen vaccinerade ökar på särskilda boenden, och fler har fått två doser.'),
          new Paragraph({ text: 'Får man krama barnbarnen efter två doser?', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('FoHM: Ja, två veckor efter den andra dosen.'),
          new Paragraph({ text: 'Nationella läkemedelslistan (Karin Nilsson, E-hälsomyndigheten)', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Listan ska användas av kommunerna från nästa år.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * The Word file of 20 April as a secretary really writes it (issue 19): no heading styles, the title and
 * the agenda items typed as bold lines, and bullets typed as "· " at the start of ordinary paragraphs.
 */
async function typedAprilDocx(): Promise<Buffer> {
  const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const doc = new Document({
    sections: [
      {
        children: [
          bold('Minnesanteckningar Socialchefsnätverket 20 april 2021'),
          bold('Vaccinationsläget (Anders Tegnell, FoHM)'),
          new Paragraph('Andelen vaccinerade ökar på särskilda boenden.'),
          new Paragraph('· Hur många har fått två doser?'),
          new Paragraph('· Personalen vaccineras i maj'),
          bold('Läget i kommunerna'),
          new Paragraph('· Kommunerna rapporterar färre smittade'),
          new Paragraph('· Personalbristen minskar'),
          bold('Besöksförbud'),
          new Paragraph('Nätverket diskuterade besök på boenden under våren.'),
          new Paragraph('· Besök utomhus går bra'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Drops `bytes` as the file `name` on the Word import's drop zone, as a person dragging it from the desktop does. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(
        new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
      );
      return data;
    },
    { name, bytes: [...bytes] },
  );
  await page.dispatchEvent('.redaktion-drop', 'drop', { dataTransfer: transfer });
}

/**
 * Where the screenshots of the secretary's guide go: the guide's own folder when `SKARMBILDER=1` (then they
 * are committed), otherwise a temporary folder (they are taken all the same, so the steps they show work).
 */
const SCREENSHOTS = process.env.SKARMBILDER === '1' ? path.join(ROOT, 'templates/assets/guide') : undefined;

/** How long a check in the page may take to show: the editor is a big bundle, and a loaded machine is slow. */
const POLL = { timeout: 20_000 };

/** Takes the guide's screenshot `name` of `page`. */
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = SCREENSHOTS ?? (await tempDir());
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
}

/** Sets the open entry's status to "Redo" (ready for publishing). */
async function markReady(page: Page): Promise<void> {
  await page.getByText(/^Status: /).click();
  await page.getByText('Redo', { exact: true }).click();
  await page.getByText('Status: Redo').waitFor();
}

/** Publishes the open entry ("Publicera" → "Publicera nu", confirming). */
async function publishNow(page: Page): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByText('Publicera nu').click();
}

describe.skipIf(!HAS_CHROMIUM)('Redaktionen', () => {
  let setup: RedaktionSetup;

  beforeAll(async () => {
    setup = await startRedaktion();
  }, 240_000);

  afterAll(async () => {
    await setup?.stop();
  });

  it('takes a new meeting from its Word file to the published archive, the unknown agency added through the registry’s form', async () => {
    const { context, page, errors } = await setup.open('/collections/moten/new');
    await dropFile(page, 'Minnesanteckningar 13 april.docx', await aprilDocx());
    await page.getByText('Minnesanteckningar 13 april.docx är inläst: 2 dagordningspunkter.').waitFor();
    expect(await page.locator('input.redaktion-input').first().inputValue()).toBe('Socialchefsnätverket 13 april 2021');
    const check = page.locator('.redaktion-check');
    await expect.poll(() => check.locator('.summary').innerText(), POLL).toMatch(/^Kontrollen hittar [1-9]\d* fel/);
    expect(await check.locator('.unknown-agencies').innerText()).toContain('E-hälsomyndigheten');
    expect(await check.locator('.check-messages').innerText()).toContain('Okänd aktör "E-hälsomyndigheten"');
    await screenshot(page, '1-slapp-word-filen');

    // "Lägg till i registret": the agency registry's form opens in a new tab with the name filled in.
    const [registry] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Lägg till E-hälsomyndigheten i registret' }).click(),
    ]);
    if (
      await registry
        .getByRole('button', { name: 'Logga in' })
        .isVisible({ timeout: 15_000 })
        .catch(() => false)
    )
      await signIn(registry);
    const names = registry.locator('input.redaktion-input[id$="-name"]');
    await expect
      .poll(async () => (await names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).at(-1), POLL)
      .toBe('E-hälsomyndigheten');
    await registry.locator('input.redaktion-input[id$="-website"]').last().fill('https://www.ehalsomyndigheten.se/');
    await names.last().scrollIntoViewIfNeeded();
    await screenshot(registry, '2-lagg-till-aktor');
    await registry.getByRole('button', { name: 'Spara', exact: true }).click();
    await registry.getByText('Ändringar sparade', { exact: false }).first().waitFor();

    // The meeting's check now knows the agency.
    await expect
      .poll(() => check.locator('.summary').innerText(), POLL)
      .toBe('Kontrollen hittar inga problem. Mötet kan publiceras när en kollega har granskat det.');
    await screenshot(page, '3-kontrollen-klar');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/^Status: /).waitFor({ timeout: 20_000 });
    expect(setup.git('branch', '--list', 'cms/*')).toContain('cms/moten/2021-04-13-socialchefsnatverket');

    // Ready for review; publishing is refused while the agency is only in a draft of the registry.
    await markReady(page);
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByText('Publicera nu').waitFor();
    await screenshot(page, '4-publicera');
    await page.keyboard.press('Escape');
    await publishNow(page);
    await page.getByText('Mötet publiceras inte', { exact: false }).waitFor();
    expect(await page.locator('body').innerText()).toContain('publicera registret först');
    expect(setup.git('ls-tree', '--name-only', 'main', 'minutes/')).not.toContain('2021-04-13');

    // The registry is published, then the meeting.
    await markReady(registry);
    await publishNow(registry);
    await registry.getByText('Inlägg publicerat').waitFor();
    await publishNow(page);
    await page.getByText('Inlägg publicerat').waitFor();
    expect(errors).toEqual([]);
    await context.close();

    // On main: the meeting and the registry, which pass the check, and the meeting builds into its page.
    expect(setup.git('branch', '--list', 'cms/*').trim()).toBe('');
    setup.git('checkout', '-q', 'main');
    const minutes = path.join(setup.repo, 'minutes');
    const agencies = parse(await readFile(path.join(minutes, 'agencies.yml'), 'utf8')) as { id: string; name: string; website?: string }[];
    expect(agencies.find((a) => a.id === 'e-halsomyndigheten')).toEqual({
      id: 'e-halsomyndigheten',
      name: 'E-hälsomyndigheten',
      website: 'https://www.ehalsomyndigheten.se/',
    });
    const checked = await checkArchive(minutes);
    expect(checked.diagnostics.filter((d) => d.fatal)).toEqual([]);
    const site = path.join(await tempDir(), 'site');
    const built = await buildSite({
      minutesDir: minutes,
      siteDir: site,
      templatesDir: path.join(ROOT, 'templates'),
      deploy: { siteUrl: 'https://arkiv.example.se', pathPrefix: '/' },
    });
    expect(built.built).toBe(true);
    const html = await readFile(path.join(site, 'moten/2021-04-13/index.html'), 'utf8');
    expect(html).toContain('Nationella läkemedelslistan');
    expect(html).toContain('E-hälsomyndigheten');
  }, 300_000);

  // What the draft does with bold lines is the import's rules for plain paragraphs, not bold: a line with
  // a presenter parenthesis is an item, a short line before a longer paragraph is an item (a guess in the
  // checklist), and a bold line before a list stays a bold paragraph of the item above.
  it('imports a Word file with typed bullets and bold lines for headings: the bullets as list items, never questions', async () => {
    const { context, page, errors } = await setup.open('/collections/moten/new');
    await dropFile(page, 'Minnesanteckningar 20 april.docx', await typedAprilDocx());
    await page.getByText('Minnesanteckningar 20 april.docx är inläst: 2 dagordningspunkter.').waitFor();
    expect(await page.locator('input.redaktion-input').first().inputValue()).toBe('Socialchefsnätverket 20 april 2021');
    expect(await page.locator('textarea.redaktion-text').inputValue()).toBe(
      [
        '## Vaccinationsläget (Anders Tegnell, FoHM)',
        'Andelen vaccinerade ökar på särskilda boenden.',
        '- Hur många har fått två doser?\n- Personalen vaccineras i maj',
        '**Läget i kommunerna**',
        '- Kommunerna rapporterar färre smittade\n- Personalbristen minskar',
        '## Besöksförbud',
        'Nätverket diskuterade besök på boenden under våren.',
        '- Besök utomhus går bra\n',
      ].join('\n\n'),
    );
    expect(await page.locator('.import-checklist').innerText()).toContain(
      '"Besöksförbud" blev en dagordningspunkt utan föredragande (nätverkets egen punkt). Stämmer det?',
    );
    await expect
      .poll(() => page.locator('.redaktion-check .summary').innerText(), POLL)
      .toBe('Kontrollen hittar inga problem. Mötet kan publiceras när en kollega har granskat det.');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('saves a meeting with errors as a draft, and refuses to publish it, saying why in Swedish', async () => {
    const { context, page } = await setup.open('/collections/moten/new');
    await page.locator('input.redaktion-input').first().fill('Socialchefsnätverket 4 maj 2021');
    await page.locator('input[type=date]').first().fill('2021-05-04');
    await page.locator('textarea.redaktion-text').fill('## Lägesrapport (Okänd Person, Socialstyrelsen)\n\nText.\n');
    await expect.poll(() => page.locator('.redaktion-check .summary').innerText(), POLL).toMatch(/^Kontrollen hittar [1-9]/);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/^Status: /).waitFor({ timeout: 20_000 });
    await markReady(page);
    await publishNow(page);
    await page.getByText('Mötet publiceras inte: kontrollen hittar', { exact: false }).waitFor();
    expect(setup.git('show', 'main:minutes/agencies.yml')).not.toContain('2021-05-04');
    expect(setup.git('ls-tree', '--name-only', 'main', 'minutes/')).not.toContain('2021-05-04');
    await context.close();
  }, 180_000);

  it('fixes what cannot change meaning with one button: invisible characters and hard spaces in a heading', async () => {
    const { context, page } = await setup.open('/collections/moten/new');
    await page.locator('input.redaktion-input').first().fill('Socialchefsnätverket 11 maj 2021');
    await page.locator('input[type=date]').first().fill('2021-05-11');
    await page.locator('textarea.redaktion-text').fill('## Lägesrapport\u00a0\n\n\u0084- Läget är stabilt.\n');
    const check = page.locator('.redaktion-check');
    await expect.poll(() => check.innerText(), POLL).toContain('Ett osynligt tecken, U+0084');
    await page.getByRole('button', { name: /^Rätta automatiskt/ }).click();
    await expect
      .poll(() => check.locator('.summary').innerText(), POLL)
      .toBe('Kontrollen hittar inga problem. Mötet kan publiceras när en kollega har granskat det.');
    expect(await page.locator('textarea.redaktion-text').inputValue()).toBe('## Lägesrapport\n\n- Läget är stabilt.\n');
    await context.close();
  }, 120_000);

  it('previews a meeting with the same HTML for its body as the built page', async () => {
    const { context, page } = await setup.open('/collections/moten/entries/2021-03-02-socialchefsnatverket');
    const preview = page.frameLocator('iframe').first();
    await preview.locator('section.item').first().waitFor({ timeout: 30_000 });
    const inPreview = await preview.locator('section.item .minutes').evaluateAll((divs) => divs.map((d) => d.innerHTML));
    const built = await readFile(path.join(setup.site, 'moten/2021-03-02/index.html'), 'utf8');
    const inSite = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return Array.from(doc.querySelectorAll('section.item .minutes'), (d) => d.innerHTML);
    }, built);
    expect(inPreview.length).toBeGreaterThan(5);
    expect(inPreview).toEqual(inSite);
    const titles = await preview.locator('section.item > h2').allInnerTexts();
    expect(titles[0]).toContain('Lägesrapport');
    await context.close();
  }, 120_000);

  it('has no accessibility violations in its own parts (axe, WCAG 2.1 A and AA)', async () => {
    const { context, page } = await setup.open('/collections/moten/new', { bypassCSP: true });
    await page.locator('.redaktion-drop').waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'mote.docx', mimeType: 'application/octet-stream', buffer: await aprilDocx() });
    await page.getByText('mote.docx är inläst', { exact: false }).waitFor();
    expect(await axeViolations(page, ['.redaktion-widget'])).toEqual([]);
    await context.close();
  }, 120_000);
});
