/**
 * The preview in Chromium: a save with errors shows the check's messages in a
 * box over the page (an alert, with a heading and a button that hides it),
 * also on a page opened afterwards, and the box goes when the fix is saved.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_ID } from '../../src/dev/live-reload.ts';
import { HAS_CHROMIUM, launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { previewProject, startPreviewProcess, waitFor } from './preview-process.ts';

let browser: Browser;
let child: ChildProcess | undefined;
let project: string;
let url: string;
let output: { text: string };

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  project = await previewProject();
  const started = startPreviewProcess(project);
  child = started.child;
  output = started.output;
  url = (await waitFor(output, /Förhandsvisning: (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    const closed = new Promise((resolve) => child!.once('close', resolve));
    child.kill('SIGTERM');
    await closed;
  }
});

describe.runIf(HAS_CHROMIUM)('the preview in the browser', () => {
  it('shows the messages of a save with errors over the page until the fix is saved', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}moten/2021-01-19/`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Socialchefsnätverket 19 januari 2021');
    const box = page.locator(`#${NOTICE_ID}`);
    expect(await box.count()).toBe(0);

    const file = path.join(project, 'minutes/2021-01-19-socialchefsnatverket.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('date: 2021-01-19', 'date: 2021-01-32'));
    await box.waitFor({ timeout: 30_000 });
    expect(await box.getAttribute('role')).toBe('alert');
    expect(await box.getAttribute('lang')).toBe('sv');
    expect(await page.getByRole('alert').getByRole('heading', { name: 'Sidan kunde inte byggas om' }).count()).toBe(1);
    const items = await box.locator('li').allTextContents();
    expect(items).toEqual([
      'minutes/2021-01-19-socialchefsnatverket.md:3:7: Datumet "2021-01-32" finns inte i kalendern. Kontrollera månad och dag. [date-invalid]',
    ]);
    expect(await box.textContent()).toContain('1 fel och 1 varning i 1 fil (5 filer kontrollerade).');
    // Readable: dark text on white, not smaller than the page's text, on top of the page.
    const style = await box.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { color: computed.color, background: computed.backgroundColor, fontSize: computed.fontSize, position: computed.position };
    });
    expect(style).toEqual({ color: 'rgb(27, 27, 27)', background: 'rgb(255, 255, 255)', fontSize: '16px', position: 'fixed' });
    // axe-core finds nothing wrong with the page and its box (WCAG 2.1 A/AA).
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    // The page underneath is still the last good build.
    expect(await page.locator('h1').first().textContent()).toBe('Socialchefsnätverket 19 januari 2021');

    // Hidden by its button, or by Escape; a page opened now gets it at once.
    await page.getByRole('button', { name: 'Dölj meddelandena' }).click();
    expect(await box.count()).toBe(0);
    const other = await browser.newPage();
    await other.goto(`${url}moten/2021-03-02/`);
    await other.locator(`#${NOTICE_ID}`).waitFor({ timeout: 10_000 });
    await other.keyboard.press('Escape');
    expect(await other.locator(`#${NOTICE_ID}`).count()).toBe(0);
    await other.reload();
    await other.locator(`#${NOTICE_ID}`).waitFor({ timeout: 10_000 });

    await writeFile(
      file,
      text.replace('title: Socialchefsnätverket 19 januari 2021', 'title: Socialchefsnätverket 19 januari 2021 (rättad)'),
    );
    await page.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Socialchefsnätverket 19 januari 2021 (rättad)',
      undefined,
      {
        timeout: 60_000,
      },
    );
    expect(await page.locator(`#${NOTICE_ID}`).count()).toBe(0);
    await other.locator(`#${NOTICE_ID}`).waitFor({ state: 'detached', timeout: 60_000 });
    await page.close();
    await other.close();
  });
});
