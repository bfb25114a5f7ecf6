/**
 * The code that runs in the page, compiled: esbuild bundles each entry point
 * of `src/browser/` (TypeScript, with the `src/core/` modules it imports) into
 * one ES module under the site's `assets/`, with its source map beside it.
 * The build writes them after Eleventy has copied `templates/assets/`, so a
 * file of the same name there could not replace them. The bundles are built
 * for the browser platform: an import of a Node module fails the build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** The project's root, where `src/browser/` is. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** An entry point (a path from the project's root) and the file of its bundle in the site. */
export interface BrowserBundle {
  entry: string;
  output: string;
  /** `esm` (default: loaded with `<script type="module">`) or `iife` (a classic script that must run before another one). */
  format?: 'esm' | 'iife';
}

/**
 * gray-matter (which the check reads front matter with) keeps the original text as a Node Buffer in `orig`,
 * which nothing reads; in the page, where there is no Buffer, it keeps the text's bytes instead.
 */
const grayMatterWithoutBuffer: Plugin = {
  name: 'gray-matter-without-buffer',
  setup(build) {
    build.onLoad({ filter: /gray-matter[\\/]lib[\\/]utils\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace('Buffer.from(input)', 'new TextEncoder().encode(input)'),
      loader: 'js',
    }));
  },
};

/** Each entry point of `src/browser/` and its file in the site (its address stays `/assets/…`). */
export const BROWSER_BUNDLES: readonly BrowserBundle[] = [
  { entry: 'src/browser/search/main.ts', output: 'assets/search.js' },
  { entry: 'src/browser/page/main.ts', output: 'assets/page.js' },
  { entry: 'src/browser/redaktion/main.ts', output: 'assets/redaktion.js' },
  { entry: 'src/browser/redaktion/manual-init.ts', output: 'assets/redaktion-init.js', format: 'iife' },
];

/**
 * The browsers the bundles are written for: those with everything the pages use (ES modules,
 * WebAssembly for Pagefind, `URLSearchParams.size`): Chrome and Edge 113, Firefox 112, Safari 17.
 */
export const BROWSER_TARGETS = ['es2022', 'chrome113', 'edge113', 'firefox112', 'safari17'];

/** A compiled file: its path in the site and its contents. */
export interface BundledFile {
  path: string;
  contents: Uint8Array;
}

/**
 * Compiles the entry points of `bundles` (default: {@link BROWSER_BUNDLES}) in memory: each bundle (minified, an ES module, as the
 * pages load it with `<script type="module">`) and its linked source map (`search.js.map`), whose sources are
 * named from the project's root. Throws esbuild's failure (a syntax error, an import that does not resolve or
 * is a Node module).
 */
export async function bundleBrowserCode(bundles: readonly BrowserBundle[] = BROWSER_BUNDLES): Promise<BundledFile[]> {
  const files: BundledFile[] = [];
  for (const format of ['esm', 'iife'] as const) {
    const group = bundles.filter((bundle) => (bundle.format ?? 'esm') === format);
    if (group.length === 0) continue;
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: group.map(({ entry, output }) => ({ in: entry, out: output.replace(/\.js$/, '') })),
      outdir: ROOT,
      bundle: true,
      format,
      platform: 'browser',
      target: BROWSER_TARGETS,
      minify: true,
      sourcemap: 'linked',
      write: false,
      logLevel: 'silent',
      plugins: [grayMatterWithoutBuffer],
    });
    files.push(
      ...result.outputFiles.map((file) => ({ path: path.relative(ROOT, file.path).split(path.sep).join('/'), contents: file.contents })),
    );
  }
  return files;
}

/** Compiles the code that runs in the page into `siteDir` (`assets/search.js`, `assets/page.js` and their maps). Returns the files written. */
export async function writeBrowserBundles(siteDir: string): Promise<string[]> {
  const files = await bundleBrowserCode();
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(siteDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
    written.push(target);
  }
  return written;
}
