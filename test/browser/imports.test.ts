/**
 * The code that runs in the page imports no Node module, directly or through
 * the modules it imports (`src/core/` and its own): followed file by file from
 * every module of `src/browser/`, as the bundler does. Type-only imports are
 * erased and not followed. (The bundle test also fails the build of such code.)
 */
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';

/** What a module imports when it runs: the specifiers of its imports, re-exports and dynamic imports that are not type-only. */
export function runtimeImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)) if (!m[1]) found.push(m[2]!);
  for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

const isNodeModule = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/**
 * Every chain from one of `entries` to a Node module (`src/browser/a.ts -> src/core/slug.ts -> node:crypto`), following
 * relative imports through `read` (a file's text by its path from the root, undefined when there is none).
 */
export async function nodeImportChains(entries: readonly string[], read: (file: string) => Promise<string | undefined>): Promise<string[]> {
  const chains: string[] = [];
  const seen = new Set<string>(entries);
  const queue = entries.map((file) => [file]);
  for (let chain = queue.shift(); chain; chain = queue.shift()) {
    const file = chain.at(-1)!;
    const text = await read(file);
    if (text === undefined) continue;
    for (const specifier of runtimeImports(text)) {
      if (isNodeModule(specifier)) chains.push([...chain, specifier].join(' -> '));
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push([...chain, target]);
    }
  }
  return chains;
}

const readProjectFile = (file: string) => readFile(path.join(ROOT, file), 'utf8').catch(() => undefined);

describe('the code that runs in the page', () => {
  it('imports no Node module, directly or through its imports', async () => {
    const names = (await readdir(path.join(ROOT, 'src/browser'), { recursive: true })) as string[];
    const files = names.filter((name) => name.endsWith('.ts')).map((name) => `src/browser/${name.split(path.sep).join('/')}`);
    expect(files).toEqual(expect.arrayContaining(['src/browser/search/main.ts', 'src/browser/page/main.ts']));
    expect(await nodeImportChains(files, readProjectFile)).toEqual([]);
  });

  it('would be caught reaching one through core, but not through a type-only import', async () => {
    const files: Record<string, string> = {
      'src/browser/a.ts': "import { b } from './b.ts';\nimport type { T } from '../core/types.ts';\nexport { c } from '../core/c.ts';",
      'src/browser/b.ts': "import {\n  personId,\n} from '../core/slug.ts';\nconst x = await import('./lazy.ts');",
      'src/browser/lazy.ts': "import fs from 'fs';",
      'src/core/slug.ts': "import { createHash } from 'node:crypto';\nimport anyAscii from 'any-ascii';",
      'src/core/types.ts': "import path from 'node:path';",
      'src/core/c.ts': "export const c = 'from node:path';",
    };
    expect(await nodeImportChains(['src/browser/a.ts'], async (file) => files[file])).toEqual([
      'src/browser/a.ts -> src/browser/b.ts -> src/core/slug.ts -> node:crypto',
      'src/browser/a.ts -> src/browser/b.ts -> src/browser/lazy.ts -> fs',
    ]);
  });
});
