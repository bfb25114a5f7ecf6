/**
 * A cache of per-file results, keyed by the file's path and content, the
 * registries and the code: a file that has not changed is not parsed again.
 * Kept in memory (for the preview server) and on disk under
 * node_modules/.cache/minnesarkivet/ (for the next build).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../check/load.ts';
import type { FileResult } from '../check/process-file.ts';

const SOURCE_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** A hash of every source file of the project: any change to the code starts a new cache. */
export async function codeVersion(): Promise<string> {
  const hash = createHash('sha256');
  const files = ((await readdir(SOURCE_DIR, { recursive: true })) as string[]).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) hash.update(file).update(await readFile(path.join(SOURCE_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The key of a file's result: its path and text and the registries' text. */
export function resultKey(source: SourceFile, registriesKey: string): string {
  return createHash('sha256')
    .update(source.path)
    .update('\0')
    .update(source.text ?? '')
    .update('\0')
    .update(registriesKey)
    .digest('hex');
}

/** The registries' part of the key. */
export function registriesKey(agencies: SourceFile | undefined, topics: SourceFile | undefined): string {
  return createHash('sha256')
    .update(agencies?.text ?? '')
    .update('\0')
    .update(topics?.text ?? '')
    .digest('hex');
}

/** Per-file results by key, in memory and (optionally) on disk. */
export class FileCache {
  private readonly memory = new Map<string, FileResult>();
  private version: Promise<string> | undefined;

  /** @param dir Where to keep results on disk; undefined keeps them in memory only. */
  constructor(private readonly dir: string | undefined = path.resolve('node_modules/.cache/minnesarkivet')) {}

  private async folder(): Promise<string | undefined> {
    if (!this.dir) return undefined;
    this.version ??= codeVersion().then(async (version) => {
      await mkdir(path.join(this.dir!, version), { recursive: true });
      // Results of older code are never read again.
      for (const old of await readdir(this.dir!))
        if (old !== version) await rm(path.join(this.dir!, old), { recursive: true, force: true });
      return version;
    });
    return path.join(this.dir, await this.version);
  }

  async get(key: string): Promise<FileResult | undefined> {
    const held = this.memory.get(key);
    if (held) return held;
    const folder = await this.folder();
    if (!folder) return undefined;
    try {
      const result = JSON.parse(await readFile(path.join(folder, `${key}.json`), 'utf8')) as FileResult;
      this.memory.set(key, result);
      return result;
    } catch {
      return undefined;
    }
  }

  async set(key: string, result: FileResult): Promise<void> {
    this.memory.set(key, result);
    const folder = await this.folder();
    if (folder) await writeFile(path.join(folder, `${key}.json`), JSON.stringify(result)).catch(() => undefined);
  }
}
