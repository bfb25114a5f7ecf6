/**
 * The import rules of `src/`, read from the README's Architecture table (one
 * list, so the README cannot drift from what is enforced): each folder may
 * import only the folders listed for it, a room with doors is entered only
 * through them, and no files import each other in a circle, so the
 * pipeline's stages stay independent and the arrows point one way.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/helpers.ts';

/** The import rules as the README's Architecture table states them. */
export interface ImportRules {
  /** Which rooms each room may import from (besides itself): `check`, `check/rules`, `core` … */
  allowed: Record<string, readonly string[]>;
  /** For a room with doors, the only files of it that other rooms may import. */
  doors: Record<string, readonly string[]>;
}

/**
 * Reads the rules from the README's Architecture table: a row per room (`| \`check/rules/\` | … | … |`),
 * whose last cell names the rooms it may import as backticked folders (`core/`), and, after "enter it
 * only through", the files that are its doors.
 */
export function readImportRules(readme: string): ImportRules {
  const section = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('\n## ', readme.indexOf('## Architecture') + 1));
  const allowed: Record<string, string[]> = {};
  const doors: Record<string, string[]> = {};
  for (const row of section.matchAll(/^\| `([a-z/]+)\/` \|.*\| (.*) \|$/gm)) {
    const room = row[1]!;
    const [imports = '', entrances] = row[2]!.split(/enters? it only through/);
    allowed[room] = [...imports.matchAll(/`([a-z]+(?:\/[a-z]+)?)\/`/g)].map((m) => m[1]!).filter((r) => r !== room);
    if (entrances) doors[room] = [...entrances.matchAll(/`([\w-]+\.ts)`/g)].map((m) => m[1]!);
  }
  return { allowed, doors };
}

/** Edges that are not imports, with why they are allowed. */
const EXCEPTIONS: Record<string, string> = {
  'src/runtime/command.ts -> src/cli/bin/build.ts': 'the path of the build CLI, which it starts as a child process with the build heap',
};

/** A source file: its path from the project root and its text. */
interface Source {
  path: string;
  text: string;
}

/**
 * The relative module specifiers a file names: static and dynamic imports, re-exports and, unless
 * `modulesOnly`, `new URL('./x.ts', import.meta.url)` (a worker or child process started from a file,
 * which does not load it as a module of its own).
 */
function specifiers(text: string, modulesOnly = false): string[] {
  const pattern = modulesOnly
    ? /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g
    : /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

/** The room of `src/` a path is in (`check/rules` for `src/check/rules/body.ts`, `check` for `src/check/parse.ts`), `test` for the tests, or undefined. */
function roomOf(file: string, rules: ImportRules): string | undefined {
  const parts = file.split('/');
  if (parts[0] === 'test') return 'test';
  if (parts[0] !== 'src' || parts.length <= 2) return undefined;
  const nested = `${parts[1]}/${parts[2]}`;
  return parts.length > 3 && rules.allowed[nested] ? nested : parts[1];
}

/** The files a source imports (or, unless `modulesOnly`, starts as a worker), as paths from the project root. */
function importsOf(source: Source, modulesOnly = false): string[] {
  return specifiers(source.text, modulesOnly).map((specifier) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(source.path), specifier)),
  );
}

/** The room a room belongs to for the rules of its parent (`check` for `check/rules`). */
const parentOf = (room: string) => room.split('/')[0]!;

/** Every import that breaks the rules, as `from -> to`. */
export function forbiddenImports(sources: readonly Source[], rules: ImportRules): string[] {
  const broken: string[] = [];
  for (const source of sources) {
    const from = roomOf(source.path, rules);
    if (!from || from === 'test') continue;
    for (const target of importsOf(source)) {
      const to = roomOf(target, rules);
      if (to === undefined || to === from) continue;
      const edge = `${source.path} -> ${target}`;
      if (EXCEPTIONS[edge]) continue;
      const door = rules.doors[to];
      const throughDoor = !door || door.includes(path.posix.basename(target));
      // A nested room is part of its parent: the parent's rules let others in, through its doors.
      const allowed =
        (rules.allowed[from] ?? []).includes(to) ||
        (rules.allowed[from] ?? []).includes(parentOf(to)) ||
        parentOf(from) === to ||
        parentOf(from) === parentOf(to);
      if (to === 'test' || !allowed || !throughDoor) broken.push(edge);
    }
  }
  return broken;
}

/**
 * The import cycles between files, each as its files in order (Tarjan's strongly connected components).
 * A worker started by its file's URL is not an import: its file runs in a thread of its own.
 */
export function importCycles(sources: readonly Source[]): string[][] {
  const graph = new Map(sources.map((s) => [s.path, importsOf(s, true)]));
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    order.set(file, order.size);
    low.set(file, order.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, order.get(next)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.reverse());
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return cycles;
}

async function sourceFiles(): Promise<Source[]> {
  const names = (await readdir(path.join(ROOT, 'src'), { recursive: true })) as string[];
  const files = names.filter((name) => /\.(ts|js)$/.test(name)).map((name) => `src/${name.split(path.sep).join('/')}`);
  return Promise.all(files.map(async (file) => ({ path: file, text: await readFile(path.join(ROOT, file), 'utf8') })));
}

describe('the import rules of src/', () => {
  let rules: ImportRules;
  let sources: Source[];
  beforeAll(async () => {
    rules = readImportRules(await readFile(path.join(ROOT, 'README.md'), 'utf8'));
    sources = await sourceFiles();
  });

  it('are read from the README’s table: a row per folder and the rules room with its doors', () => {
    expect(rules.allowed.core).toEqual([]);
    expect(rules.allowed.check).toEqual(['core']);
    expect(rules.allowed.cli).toContain('bench');
    expect(rules.doors['check/rules']).toEqual(['catalogue.ts', 'rule.ts', 'example-archive.ts']);
  });

  it('hold for every file', () => {
    expect(sources.length).toBeGreaterThan(40);
    expect(forbiddenImports(sources, rules)).toEqual([]);
  });

  it('leave no import cycle between files', () => {
    expect(importCycles(sources)).toEqual([]);
  });

  it('name every folder of src/', async () => {
    const folders = (await readdir(path.join(ROOT, 'src'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(
      Object.keys(rules.allowed)
        .filter((room) => !room.includes('/'))
        .sort(),
    );
  });

  it('find a cycle of files, and only the files in it', () => {
    expect(
      importCycles([
        { path: 'src/check/context.ts', text: "import { x } from './registry.ts';" },
        { path: 'src/check/registry.ts', text: "import { y } from './error-map.ts';" },
        { path: 'src/check/error-map.ts', text: "import { z } from './rules/front-matter.ts';" },
        { path: 'src/check/rules/front-matter.ts', text: "import { c } from '../context.ts';\nimport { s } from '../../core/slug.ts';" },
        { path: 'src/core/slug.ts', text: '' },
      ]),
    ).toEqual([['src/check/context.ts', 'src/check/registry.ts', 'src/check/error-map.ts', 'src/check/rules/front-matter.ts']]);
  });

  it('keep the rules room closed: others enter only through its doors', () => {
    expect(
      forbiddenImports(
        [
          { path: 'src/build/build.ts', text: "import { RULE_GROUPS } from '../check/rules/catalogue.ts';" },
          { path: 'src/browser/redaktion/check.ts', text: "import { namesUnchecked } from '../../check/rules/names.ts';" },
          { path: 'src/check/process-file.ts', text: "import { fileFailed } from './rules/file.ts';" },
          { path: 'src/check/rules/names.ts', text: "import type { MinutesSubject } from '../subjects.ts';" },
        ],
        rules,
      ),
    ).toEqual(['src/browser/redaktion/check.ts -> src/check/rules/names.ts', 'src/check/process-file.ts -> src/check/rules/file.ts']);
  });

  it('catch a forbidden edge: the site running the check, a stage importing another, src importing a test helper', () => {
    expect(
      forbiddenImports(
        [
          { path: 'src/site/view.ts', text: "import { checkArchive } from '../build/pipeline.ts';" },
          { path: 'src/check/rules/body.ts', text: "const x = await import('../../search/search.ts');" },
          { path: 'src/bench/search.ts', text: "export { launchBrowser } from '../../test/support/browser.ts';" },
          { path: 'src/core/urls.ts', text: "const worker = new URL('../build/check-worker.ts', import.meta.url);" },
          { path: 'src/check/parse.ts', text: "import { slugify } from '../core/slug.ts';\nimport { x } from './heading.ts';" },
        ],
        rules,
      ),
    ).toEqual([
      'src/site/view.ts -> src/build/pipeline.ts',
      'src/check/rules/body.ts -> src/search/search.ts',
      'src/bench/search.ts -> test/support/browser.ts',
      'src/core/urls.ts -> src/build/check-worker.ts',
    ]);
  });
});
