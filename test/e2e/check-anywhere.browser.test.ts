/**
 * The check and the import run anywhere: bundled for the browser with esbuild (no Node module can be
 * in such a bundle) and run in Chromium, they give exactly what they give in Node, on the bundled
 * minutes and on the folder of bad minutes (every kind of message), and on a Word document.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveOfTexts } from '../../src/check/archive-files.ts';
import { checkFiles } from '../../src/check/check-archive.ts';
import { readRegistries } from '../../src/check/registry.ts';
import { textSource } from '../../src/check/source.ts';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { importDocument } from '../../src/tools/import/import-document.ts';
import { HAS_CHROMIUM, launchBrowser } from '../support/browser.ts';
import { FIXTURES, ROOT } from '../support/helpers.ts';

/** gray-matter keeps the original text as a Node Buffer (`orig`, which the check never reads): in a browser, as bytes. */
const grayMatterWithoutBuffer: esbuild.Plugin = {
  name: 'gray-matter-without-buffer',
  setup(build) {
    build.onLoad({ filter: /gray-matter[\\/]lib[\\/]utils\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace('Buffer.from(input)', 'new TextEncoder().encode(input)'),
      loader: 'js',
    }));
  },
};

/** Bundles an entry of src/ for the browser as a script that sets `window[name]`; returns the code and the files it holds. */
async function bundle(entry: string, name: string): Promise<{ code: string; inputs: string[] }> {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: name,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [grayMatterWithoutBuffer],
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

/** The UTF-8 text files of a folder, by name (a file that is not UTF-8 is left out: texts are what the editor has). */
async function textsOf(dir: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const name of await readdir(path.join(ROOT, dir))) {
    const bytes = await readFile(path.join(ROOT, dir, name));
    try {
      texts[name] = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8.
    }
  }
  return texts;
}

declare global {
  interface Window {
    MinnesarkivetCheck: typeof import('../../src/check/browser.ts');
    MinnesarkivetImport: typeof import('../../src/tools/import/browser.ts');
  }
}

describe.skipIf(!HAS_CHROMIUM)('the check and the import in a browser', () => {
  let browser: Browser;
  let page: Page;
  let checkBundle: { code: string; inputs: string[] };
  let importBundle: { code: string; inputs: string[] };

  beforeAll(async () => {
    [checkBundle, importBundle] = await Promise.all([
      bundle('src/check/browser.ts', 'MinnesarkivetCheck'),
      bundle('src/tools/import/browser.ts', 'MinnesarkivetImport'),
    ]);
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: checkBundle.code });
    await page.addScriptTag({ content: importBundle.code });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('bundle none of Node’s modules', () => {
    for (const input of [...checkBundle.inputs, ...importBundle.inputs]) expect(input).not.toMatch(/^node:|^(?:fs|path|crypto|os)$/);
    expect(checkBundle.inputs.some((input) => input.endsWith('src/check/check-archive.ts'))).toBe(true);
    expect(checkBundle.inputs.some((input) => input.endsWith('src/check/load.ts'))).toBe(false);
  });

  it.each([['minutes'], [`${FIXTURES}/bad`]])('give the same messages as Node for the files of %s', async (dir) => {
    const texts = await textsOf(dir);
    const inNode = checkFiles(archiveOfTexts(texts, dir));
    const inBrowser = await page.evaluate(
      ({ texts, dir }) => {
        const check = window.MinnesarkivetCheck;
        const result = check.checkFiles(check.archiveOfTexts(texts, dir));
        return { lines: result.diagnostics.map(check.formatDiagnostic), meetings: result.meetings };
      },
      { texts, dir },
    );
    expect(inNode.diagnostics.length).toBeGreaterThan(dir === 'minutes' ? 0 : 40);
    expect(inBrowser.lines).toEqual(inNode.diagnostics.map(formatDiagnostic));
    expect(inBrowser.meetings).toEqual(JSON.parse(JSON.stringify(inNode.meetings)));
  });

  it('import a Word document into the same draft as in Node', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Minnesanteckningar Socialchefsnätverket 13 april 2021', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Vaccinationsläget (Anders Tegnell, FoHM)', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Andelen vaccinerade ökar på särskilda boenden.'),
            new Paragraph({ text: 'Får man krama barnbarnen?', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('FoHM: Ja, efter två doser.'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const registryTexts = await textsOf('minutes');
    const { registries } = readRegistries(
      textSource('minutes/agencies.yml', registryTexts['agencies.yml']!),
      textSource('minutes/topics.yml', registryTexts['topics.yml']!),
    );
    const inNode = await importDocument('Minnesanteckningar.docx', bytes, registries);
    const inBrowser = await page.evaluate(
      async ({ bytes, agencies, topics }) => {
        const { importDocument, readRegistries } = window.MinnesarkivetImport;
        const source = (path: string, text: string) => ({ path, text, bytes: text.length });
        const { registries } = readRegistries(source('minutes/agencies.yml', agencies), source('minutes/topics.yml', topics));
        return (await importDocument('Minnesanteckningar.docx', new Uint8Array(bytes), registries)).text;
      },
      { bytes: [...bytes], agencies: registryTexts['agencies.yml']!, topics: registryTexts['topics.yml']! },
    );
    expect(inNode.text).toContain('## Vaccinationsläget (Anders Tegnell, FoHM)');
    expect(inBrowser).toBe(inNode.text);
  });
});
