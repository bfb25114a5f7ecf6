/**
 * A cache of per-file results, keyed by the file's path and content, the
 * registries and the code: a file that has not changed is not parsed again.
 * Kept in memory (for the preview server) and on disk under
 * node_modules/.cache/minnesarkivet/ (for the next build). The same folder
 * keeps the files a build makes from the code and packages alone (the page's
 * compiled code, the Swedish word list), so that a full build copies them
 * instead of making them again.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../check/load.ts';
import type { FileResult } from '../check/process-file.ts';

const SOURCE_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The project's `package-lock.json`: the packages' versions. */
const PACKAGE_LOCK = path.join(path.dirname(SOURCE_DIR), 'package-lock.json');

/** Marks a folder of made files as complete (the last thing written into it). */
const COMPLETE = '.klar';

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

  /** @param dir Where to keep results on disk (default: `node_modules/.cache/minnesarkivet`); null keeps them in memory only. */
  constructor(private readonly dir: string | null = path.resolve('node_modules/.cache/minnesarkivet')) {}

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

  /**
   * Puts the files that `make` writes into a folder into `target`: made once for this code and these packages
   * (`name` tells the kinds apart), kept, and copied into `target` by later builds. Without a folder on disk, or
   * when the kept copy cannot be written (a read-only `node_modules`), `make` writes into `target` itself.
   */
  async files(name: string, target: string, make: (dir: string) => Promise<unknown>): Promise<void> {
    const folder = await this.folder();
    if (!folder) {
      await make(target);
      return;
    }
    const packages = createHash('sha256')
      .update(await readFile(PACKAGE_LOCK).catch(() => ''))
      .digest('hex')
      .slice(0, 12);
    const kept = path.join(folder, `filer-${name}-${packages}`);
    const complete = await readFile(path.join(kept, COMPLETE), 'utf8').then(
      () => true,
      () => false,
    );
    if (!complete) {
      const made = `${kept}.${process.pid}-${Date.now()}`;
      try {
        await make(made);
        await writeFile(path.join(made, COMPLETE), '');
        // What an interrupted build left there, incomplete.
        await rm(kept, { recursive: true, force: true });
        await rename(made, kept);
      } catch {
        await rm(made, { recursive: true, force: true }).catch(() => undefined);
        await make(target);
        return;
      }
    }
    // Another build replacing the kept copy at this moment (the first build of new code, twice at once) makes it anew.
    await cp(kept, target, { recursive: true, filter: (source) => path.basename(source) !== COMPLETE }).catch(() => make(target));
  }
}
