/**
 * Incremental publishing (issue 22): a build renders again only the pages
 * whose data changed, indexes again only the search parts whose records
 * changed, and takes everything else from the build the site points to.
 *
 * Each build leaves a manifest beside its folder (`site.builds/<name>.bygge.json`):
 * the key of everything a page depends on besides the archive ({@link buildKey}:
 * the code, the packages, the templates, the registries, the site setting, the
 * deployment), what each paginated page read of the archive (`site/page-reads.ts`)
 * with the values' keys at that build, each search part's key, and the files that
 * depend on nothing but the key (the assets, the browser bundles, the Swedish word
 * list). The next build with the same key:
 *
 * - renders a paginated page again when its pagination item is new or one of the
 *   paths it read has another value now, and links the previous file otherwise;
 * - always renders the pages of their own (the front page, the lists, the feeds,
 *   the sitemap: a handful) and writes the index files, which depend on everything;
 * - indexes a search part again when its records changed, and links the previous
 *   part's files otherwise (a meeting added, edited or removed changes one part,
 *   or two where it moves a boundary: `search/search.ts`).
 *
 * Another key, a missing or unreadable manifest, or `full` means a full build. The
 * result is the same as a full build's (a test compares the two trees file by file).
 * Files are hard links into the previous build (its folder is never written again),
 * copies where a link cannot be made.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathKey, type PageReads, valueKey } from '../site/page-reads.ts';
import { codeVersion } from './cache.ts';
import { currentBuild, manifestFile } from './publish.ts';

/** Raised when the manifest's shape changes: an older manifest means a full build. */
const MANIFEST_VERSION = 1;

/** The project's root, where `package-lock.json` is. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A paginated page as the manifest keeps it. */
export interface ManifestPage {
  /** The pagination list and the key of the page's items (`PageReads`). */
  list: string;
  item: string;
  /** The page's file, relative to the build folder. */
  file: string;
  /** What it read: indexes into the manifest's `paths`. */
  reads: number[];
}

/** What a build leaves for the next one. */
export interface BuildManifest {
  version: number;
  key: string;
  /** Every path a paginated page read, and the key of its value at this build. */
  paths: string[];
  keys: string[];
  pages: ManifestPage[];
  /** Each search part's folder and the key of its records. */
  parts: { dir: string; key: string }[];
  /** Files that depend on the build key alone (relative to the build folder). */
  files: string[];
}

/** What a build needs to know to be the same as another besides the archive (see {@link buildKey}). */
export interface BuildKeyInput {
  templatesDir: string;
  /** The registries' texts (`agencies.yml`, `topics.yml`), the site setting's values, the deployment, the part size … */
  data: unknown;
}

/** Every file of `dir` (relative paths, sorted), recursively. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The key of everything but the archive that the pages depend on: the code and packages, the templates' files, `data`. */
export async function buildKey(input: BuildKeyInput): Promise<string> {
  const hash = createHash('sha256')
    .update(String(MANIFEST_VERSION))
    .update(await codeVersion());
  hash.update(await readFile(path.join(ROOT, 'package-lock.json')).catch(() => ''));
  for (const file of await filesOf(input.templatesDir))
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(input.templatesDir, file)));
  return hash.update(JSON.stringify(input.data)).digest('hex').slice(0, 32);
}

/** The build the site points to and its manifest, when it was made with `key`; undefined otherwise (a full build). */
export async function previousBuild(siteDir: string, key: string): Promise<{ folder: string; manifest: BuildManifest } | undefined> {
  const folder = await currentBuild(siteDir);
  if (!folder) return undefined;
  try {
    const manifest = JSON.parse(await readFile(manifestFile(folder), 'utf8')) as BuildManifest;
    return manifest.version === MANIFEST_VERSION && manifest.key === key ? { folder, manifest } : undefined;
  } catch {
    return undefined;
  }
}

/** Which pages a build renders and which it takes from the previous one. */
export interface PagePlan {
  /** Whether the page made from `items` of `list` is rendered (else it is taken from the previous build). */
  renderPage(list: string, items: readonly unknown[]): boolean;
  /** The previous build's pages this build takes, by the key of their list and item. */
  reused: ManifestPage[];
}

const pageId = (list: string, item: string) => `${list}\0${item}`;

/**
 * The plan for `archive` (the data the templates get) after the build of `manifest`: a page is taken when its
 * list's items still hold its item and every path it read has the same value. Pure.
 */
export function planPages(manifest: BuildManifest, archive: object, lists: readonly string[]): PagePlan {
  const same = manifest.paths.map((p, i) => pathKey(archive, p) === manifest.keys[i]);
  const unchanged = new Map<string, ManifestPage>();
  for (const page of manifest.pages) if (page.reads.every((read) => same[read])) unchanged.set(pageId(page.list, page.item), page);
  const reused: ManifestPage[] = [];
  const taken = new Set<string>();
  for (const list of lists) {
    const items = (archive as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      const id = pageId(list, valueKey([item]));
      const page = unchanged.get(id);
      if (page && !taken.has(id)) {
        taken.add(id);
        reused.push(page);
      }
    }
  }
  return { renderPage: (list, items) => !taken.has(pageId(list, valueKey(items))), reused };
}

/**
 * The manifest this build leaves: the pages it rendered (`rendered`, by file relative to the build folder) and the
 * ones it took (`reused`), what they read, with the values' keys in `archive` now. Pure.
 */
export function nextManifest(
  key: string,
  archive: object,
  rendered: ReadonlyMap<string, PageReads>,
  rest: Pick<BuildManifest, 'parts' | 'files'>,
): BuildManifest {
  const paths: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (p: string) => {
    let i = indexes.get(p);
    if (i === undefined) {
      i = paths.push(p) - 1;
      indexes.set(p, i);
    }
    return i;
  };
  const pages: ManifestPage[] = [];
  for (const [file, page] of rendered) {
    if (page.list === undefined || page.item === undefined) continue;
    pages.push({ list: page.list, item: page.item, file, reads: [...page.paths].map(indexOf) });
  }
  return { version: MANIFEST_VERSION, key, paths, keys: paths.map((p) => pathKey(archive, p)), pages, ...rest };
}

/** {@link nextManifest} with the pages taken from `previous` added, their reads carried over. */
export function withReusedPages(
  manifest: BuildManifest,
  reused: readonly ManifestPage[],
  previous: BuildManifest,
  archive: object,
): BuildManifest {
  const paths = [...manifest.paths];
  const keys = [...manifest.keys];
  const indexes = new Map(paths.map((p, i) => [p, i]));
  const indexOf = (p: string) => {
    let i = indexes.get(p);
    if (i === undefined) {
      i = paths.push(p) - 1;
      keys.push(pathKey(archive, p));
      indexes.set(p, i);
    }
    return i;
  };
  const pages = [
    ...manifest.pages,
    ...reused.map((page) => ({ ...page, reads: page.reads.map((read) => indexOf(previous.paths[read]!)) })),
  ];
  return { ...manifest, paths, keys, pages };
}

/** Writes `manifest` beside the build folder `folder`. */
export async function writeManifest(folder: string, manifest: BuildManifest): Promise<void> {
  await writeFile(manifestFile(folder), JSON.stringify(manifest));
}

/** The key of a search part: its records. */
export function partKey(records: unknown): string {
  return valueKey([records]);
}

/** The files of the part in `dir` of the build `folder`, without other parts' folders that may be inside it. */
export async function partFiles(folder: string, dir: string, otherDirs: readonly string[]): Promise<string[]> {
  const inside = otherDirs.filter((other) => other !== dir && other.startsWith(dir));
  const files = await filesOf(path.join(folder, dir)).catch(() => [] as string[]);
  return files.map((file) => path.join(dir, file)).filter((file) => !inside.some((other) => file.startsWith(other)));
}

/** Every file under `dir` of the build folder `folder`, relative to the folder. */
export async function filesUnder(folder: string, dir: string): Promise<string[]> {
  return (await filesOf(path.join(folder, dir)).catch(() => [] as string[])).map((file) => path.join(dir, file));
}

/** Puts each of `files` (relative paths) of the build `from` into the build `to`: a hard link, or a copy where a link cannot be made. */
export async function takeFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(to, file);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await link(path.join(from, file), target).catch(async (failure: NodeJS.ErrnoException) => {
      if (failure.code === 'EEXIST') throw failure;
      await copyFile(path.join(from, file), target);
    });
  }
}

/**
 * Before pages of the build `folder` are written again in place (the preview's quick rebuild of an edited meeting):
 * removes `files` (relative to the folder), so that the new ones do not write through a hard link into the build
 * they were taken from, and drops them from the folder's manifest, so that the next build renders them again
 * instead of taking files that no longer match what the manifest says they read.
 */
export async function forgetPages(folder: string, files: readonly string[]): Promise<void> {
  const gone = new Set(files.map((file) => path.normalize(file)));
  const text = await readFile(manifestFile(folder), 'utf8').catch(() => undefined);
  if (text !== undefined) {
    let manifest: BuildManifest | undefined;
    try {
      manifest = JSON.parse(text) as BuildManifest;
    } catch {
      manifest = undefined;
    }
    // An unreadable manifest means a full build next time anyway; removed so that it is not read again.
    if (!manifest || !Array.isArray(manifest.pages)) await rm(manifestFile(folder), { force: true });
    else await writeManifest(folder, { ...manifest, pages: manifest.pages.filter((page) => !gone.has(path.normalize(page.file))) });
  }
  for (const file of gone) await rm(path.join(folder, file), { force: true });
}
