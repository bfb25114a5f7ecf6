import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_BUNDLES, bundleBrowserCode, writeBrowserBundles } from '../../src/build/browser-bundles.ts';
import { ROOT, tempDir } from '../support/helpers.ts';

describe('the code that runs in the page', () => {
  it('is compiled into the site’s assets, each bundle with its source map', async () => {
    const site = await tempDir();
    const written = await writeBrowserBundles(site);
    expect(written.map((file) => path.relative(site, file).split(path.sep).join('/')).sort()).toEqual([
      'assets/page.js',
      'assets/page.js.map',
      'assets/redaktion-init.js',
      'assets/redaktion-init.js.map',
      'assets/redaktion.js',
      'assets/redaktion.js.map',
      'assets/search.js',
      'assets/search.js.map',
    ]);
    const search = await readFile(path.join(site, 'assets/search.js'), 'utf8');
    expect(search).toMatch(/\/\/# sourceMappingURL=search\.js\.map\n?$/);
    const map = JSON.parse(await readFile(path.join(site, 'assets/search.js.map'), 'utf8')) as { sources: string[] };
    expect(map.sources).toEqual(
      expect.arrayContaining(['../src/browser/search/main.ts', '../src/core/search-contract.ts', '../src/core/suggest.ts']),
    );
  });

  it('is ES modules with no imports left: Pagefind is loaded at run time from the site', async () => {
    for (const file of await bundleBrowserCode()) {
      if (!file.path.endsWith('.js')) continue;
      const code = new TextDecoder().decode(file.contents);
      // An import statement or CommonJS's require (not a method, nor a word that begins with "import"; Pagefind's own import() is run-time).
      expect(code, file.path).not.toMatch(/(?:^|[;}\n])\s*import\s*(?:[{*]|[\w$]+\s*(?:,|from\b))|(?<![.\w$])require\(/);
      // A Node module's name as a string ("node:fs"), not a property called node.
      expect(code, file.path).not.toMatch(/["'`]node:[a-z]/);
    }
  });

  it('fails to compile when the page’s code reaches a Node module', async () => {
    await expect(bundleBrowserCode([{ entry: 'test/fixtures/browser/imports-node.ts', output: 'assets/x.js' }])).rejects.toThrow(
      /node:crypto/,
    );
  });

  it('comes from src/browser/ only: templates/assets/ holds no script', async () => {
    expect(BROWSER_BUNDLES.every(({ entry }) => entry.startsWith('src/browser/'))).toBe(true);
    const assets = await readdir(path.join(ROOT, 'templates/assets'));
    expect(assets.filter((name) => /\.(m?js|ts)$/.test(name))).toEqual([]);
  });
});
