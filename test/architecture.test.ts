/**
 * The import rules of `src/` (written in the README's Architecture section):
 * each folder may import only the folders listed for it, so the pipeline's
 * stages stay independent and the arrows point one way.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/helpers.ts';

/** Which folders of `src/` each folder may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  check: ['core'],
  index: ['core'],
  search: ['core'],
  site: ['core'],
  redaktion: ['core', 'check'],
  browser: ['core', 'check', 'tools', 'redaktion'],
  runtime: [],
  build: ['core', 'check', 'index', 'search', 'site', 'runtime', 'redaktion'],
  tools: ['core', 'check'],
  dev: ['core', 'runtime', 'build', 'site'],
  bench: ['core', 'check', 'build', 'dev'],
  cli: ['core', 'check', 'index', 'search', 'site', 'runtime', 'build', 'tools', 'dev', 'bench'],
  types: [],
};

/** Edges that are not imports, with why they are allowed. */
const EXCEPTIONS: Record<string, string> = {
  'src/runtime/command.ts -> src/cli/bin/build.ts': 'the path of the build CLI, which it starts as a child process with the build heap',
};

/** A source file: its path from the project root and its text. */
interface Source {
  path: string;
  text: string;
}

/** The relative module specifiers a file names: static and dynamic imports, re-exports and `new URL('./x.ts', import.meta.url)`. */
function specifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((m) => m[1]!);
}

/** The folder of `src/` a path is in (`check` for `src/check/rules/body.ts`), `test` for the tests, or undefined. */
function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] === 'test') return 'test';
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

/** Every import that breaks the rules, as `from -> to`. */
export function forbiddenImports(sources: readonly Source[]): string[] {
  const broken: string[] = [];
  for (const source of sources) {
    const from = folderOf(source.path);
    if (!from || from === 'test') continue;
    for (const specifier of specifiers(source.text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(source.path), specifier));
      const to = folderOf(target);
      if (to === undefined || to === from) continue;
      const edge = `${source.path} -> ${target}`;
      if (to === 'test' || (!(ALLOWED[from] ?? []).includes(to) && !EXCEPTIONS[edge])) broken.push(edge);
    }
  }
  return broken;
}

async function sourceFiles(): Promise<Source[]> {
  const names = (await readdir(path.join(ROOT, 'src'), { recursive: true })) as string[];
  const files = names.filter((name) => /\.(ts|js)$/.test(name)).map((name) => `src/${name.split(path.sep).join('/')}`);
  return Promise.all(files.map(async (file) => ({ path: file, text: await readFile(path.join(ROOT, file), 'utf8') })));
}

describe('the import rules of src/', () => {
  it('hold for every file', async () => {
    const sources = await sourceFiles();
    expect(sources.length).toBeGreaterThan(40);
    expect(forbiddenImports(sources)).toEqual([]);
  });

  it('name every folder of src/', async () => {
    const folders = (await readdir(path.join(ROOT, 'src'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('catch a forbidden edge: the site running the check, a stage importing another, src importing a test helper', () => {
    expect(
      forbiddenImports([
        { path: 'src/site/view.ts', text: "import { checkArchive } from '../build/pipeline.ts';" },
        { path: 'src/check/rules/body.ts', text: "const x = await import('../../search/search.ts');" },
        { path: 'src/bench/search.ts', text: "export { launchBrowser } from '../../test/support/browser.ts';" },
        { path: 'src/core/urls.ts', text: "const worker = new URL('../build/check-worker.ts', import.meta.url);" },
        { path: 'src/check/parse.ts', text: "import { slugify } from '../core/slug.ts';\nimport { x } from './heading.ts';" },
      ]),
    ).toEqual([
      'src/site/view.ts -> src/build/pipeline.ts',
      'src/check/rules/body.ts -> src/search/search.ts',
      'src/bench/search.ts -> test/support/browser.ts',
      'src/core/urls.ts -> src/build/check-worker.ts',
    ]);
  });
});
