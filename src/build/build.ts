/**
 * The whole build: check → index → render → search index, into a fresh
 * build folder that replaces the site only when everything succeeded (see
 * `publish.ts`: `site` is a link flipped atomically to the newest build).
 * A failed build leaves the previous site as it was; a deleted or renamed
 * meeting leaves nothing stale behind, because nothing is built in place.
 * One build of a site runs at a time (`site.lock`), and each build removes
 * what interrupted builds left behind.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hasErrors } from '../core/diagnostics.ts';
import { type ArchiveIndex, indexJsonSchema } from '../core/index-schema.ts';
import { FileCache } from './cache.ts';
import { checkArchive, type CheckResult } from './pipeline.ts';
import { RULE_GROUPS } from '../check/rules/catalogue.ts';
import { filterableLists, renderSite } from '../site/render.ts';
import { SEARCH_PART_RECORDS, searchRecords, searchShards, searchVocabulary, writeSearchIndex } from '../search/search.ts';
import { keyFolder, writeKeyFiles } from '../search/pagefind-keys.ts';
import { SWEDISH_ENDINGS_FILE, SWEDISH_FOLDER, SWEDISH_LICENCE_FILE, VOCABULARY_FOLDER } from '../core/search-contract.ts';
import { swedishWords, type SwedishWords } from '../search/swedish.ts';
import { type Deployment, DeploymentError, siteFile, urls } from '../core/urls.ts';
import type { SiteSetting } from '../check/site-setting.ts';
import { writeRedaktion } from './redaktion.ts';
import { type SiteData, toSiteData } from '../site/view.ts';
import { assetLinkFailure } from './asset-links.ts';
import { writeBrowserBundles } from './browser-bundles.ts';
import { type BuildFailure, describeFailure } from './failure.ts';
import { acquireBuildLock, assertReplaceableSite, newBuildFolder, publishBuild, removeLeftovers } from './publish.ts';
import { registriesKey } from './cache.ts';
import { ReadTracker } from '../site/page-reads.ts';
import {
  buildKey,
  filesUnder,
  nextManifest,
  partFiles,
  partKey,
  type PagePlan,
  planPages,
  previousBuild,
  takeFiles,
  withReusedPages,
  writeManifest,
} from './incremental.ts';

/** The check's rules as the guide page lists them: the site takes them as data. */
export const RULES = RULE_GROUPS;

/** Options of {@link buildSite}. */
export interface BuildOptions {
  /** The minutes folder. */
  minutesDir: string;
  /** The site folder to replace. */
  siteDir: string;
  /** The templates folder. Default: `templates`. */
  templatesDir?: string;
  /**
   * Where the site is published, or how to find out from the site setting once the check has read it
   * (`resolveDeployment`); a `DeploymentError` from it stops the build with its message.
   */
  deploy: Deployment | ((setting: SiteSetting) => Deployment);
  /** Per-file results by content, so unchanged minutes are not parsed again. Default: none. */
  cache?: FileCache;
  /** The target size of a part of the search index, in records (`searchShards`). Default: {@link SEARCH_PART_RECORDS} or more, by the archive's size. */
  searchShardSize?: number;
  /**
   * Render every page and index every search part, whatever the previous build (`--helt`). Default: false, so a build
   * after the one the site points to, with the same code, templates, registries and setting, takes what did not change
   * from it (`incremental.ts`).
   */
  full?: boolean;
}

/** What a build did. */
export interface BuildResult {
  check: CheckResult;
  /** True when the site folder was replaced. */
  built: boolean;
  /** Why the site was not replaced although the check passed (a full disk, a missing permission, a link among the assets …). */
  failure?: BuildFailure;
  /** What earlier, interrupted builds had left and this build removed (paths beside the site). */
  removed: string[];
  /** The site's pages: those the renderer wrote and those taken from the previous build. */
  pages: string[];
  /** How many of `pages` were taken from the previous build (0 in a full build). */
  reused: number;
  /** How many parts the search index has, and how many of them this build indexed (the others were taken from the previous build). */
  searchParts?: { total: number; indexed: number };
  /** Milliseconds each stage took (check, render, search, write), for the benchmark. */
  timings: Record<string, number>;
}

/**
 * Builds the site. Never touches the current site unless the whole build succeeded. Throws
 * `SiteLockedError` (from `publish.ts`) when another build of the same site is running, and
 * `SiteFolderError` when the site path is not ours to replace (a real folder, the minutes). A failure to
 * write (disk full, permission, read-only disk) is returned as `failure`, explained in Swedish, with
 * the check's result, and the new build's folder removed.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let lap = performance.now();
  const time = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - lap);
    lap = now;
  };
  // Before anything is written or removed beside the site: never the minutes, never a folder we did not build.
  await assertReplaceableSite(options.siteDir, {
    minnesanteckningarna: options.minutesDir,
    mallarna: options.templatesDir ?? 'templates',
  });
  const lock = await acquireBuildLock(options.siteDir);
  try {
    // What killed builds left is removed while the check runs.
    const leftovers = removeLeftovers(options.siteDir);
    const check = await checkArchive(options.minutesDir, options.cache ? { cache: options.cache } : {});
    time('check');
    const removed = await leftovers;
    if (!check.index || hasErrors(check.diagnostics)) return { check, built: false, pages: [], reused: 0, timings, removed };
    const linked = await assetLinkFailure(path.join(options.templatesDir ?? 'templates', 'assets'));
    if (linked) return { check, built: false, failure: linked, pages: [], reused: 0, timings, removed };
    let deploy: Deployment;
    try {
      deploy = typeof options.deploy === 'function' ? options.deploy(check.setting) : options.deploy;
    } catch (error) {
      if (!(error instanceof DeploymentError)) throw error;
      return {
        check,
        built: false,
        failure: { kind: 'setting', message: `${error.message} Inget byggdes; ${options.siteDir}/ är oförändrad.` },
        pages: [],
        reused: 0,
        timings,
        removed,
      };
    }

    let staging: string | undefined;
    try {
      staging = await newBuildFolder(options.siteDir);
      const { pages, reused, searchParts } = await buildInto(
        staging,
        { ...check, index: check.index },
        { ...options, deploy },
        timings,
        time,
      );
      await publishBuild(options.siteDir, staging);
      time('swap');
      return { check, built: true, pages, reused, searchParts, timings, removed };
    } catch (error) {
      if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      return { check, built: false, failure: describeFailure(error, options.siteDir), pages: [], reused: 0, timings, removed };
    }
  } finally {
    await lock.release();
  }
}

/**
 * Renders the pages, the search index and the index files into the empty folder `staging`, taking from the
 * previous build what did not change (`incremental.ts`), and leaves the manifest for the next build. Returns the
 * pages and how many were taken.
 */
async function buildInto(
  staging: string,
  check: CheckResult & { index: ArchiveIndex },
  options: BuildOptions & { deploy: Deployment },
  timings: Record<string, number>,
  time: (stage: string) => void,
): Promise<{ pages: string[]; reused: number; searchParts: { total: number; indexed: number } }> {
  const { index } = check;
  const templatesDir = options.templatesDir ?? 'templates';
  const prefix = options.deploy.pathPrefix;
  const key = await buildKey({
    templatesDir,
    data: {
      registries: registriesKey(check.files.agencies, check.files.topics),
      setting: check.setting,
      deploy: options.deploy,
      shardSize: options.searchShardSize ?? null,
      rules: RULES,
    },
  });
  const previous = options.full ? undefined : await previousBuild(options.siteDir, key);
  // Pagefind indexes (its own process) while Eleventy renders here: both cores work. A part whose
  // records are those of the previous build is taken from it.
  const searchStarted = performance.now();
  const shards = searchShards(searchRecords(index, prefix, check.setting.networkLabel), options.searchShardSize);
  const parts = shards.map((shard) => ({ dir: shard.dir, key: partKey(shard.records) }));
  const skip = parts.filter((part) => previous?.manifest.parts.some((p) => p.dir === part.dir && p.key === part.key)).map((p) => p.dir);
  const keysFolder = shards.length > 1 ? keyFolder(parts.map((part) => part.key)) : '';
  const search = (skip.length === shards.length ? Promise.resolve() : writeSearchIndex(shards, staging, { skip })).then(() => {
    timings.search = Math.round(performance.now() - searchStarted);
  });
  // Handled here so that Pagefind failing while Eleventy still renders is not an unhandled rejection; awaited below.
  search.catch(() => undefined);
  const site = toSiteData(index, {
    searchIndexes: shards.map((shard) => shard.dir),
    searchParts: shards.map((shard) => shard.id),
    searchKeys: keysFolder,
  });
  let pages: string[];
  let plan: PagePlan | undefined;
  const tracker = new ReadTracker();
  try {
    plan = previous ? planPages(previous.manifest, site, await filterableLists(templatesDir)) : undefined;
    pages = await renderInBatches(site, staging, { ...options, setting: check.setting, tracker, plan, copyAssets: !previous });
    time('render');
    await writeIndexJson(path.join(staging, siteFile(urls.index)), index);
    await writeFile(path.join(staging, siteFile(urls.indexSchema)), `${JSON.stringify(indexJsonSchema(), null, 2)}\n`);
    await writeVocabulary(staging, index);
    if (previous && plan) {
      await takeFiles(previous.folder, staging, [...plan.reused.map((page) => page.file), ...previous.manifest.files]);
      pages.push(...plan.reused.map((page) => path.join(staging, page.file)));
    } else {
      // Made from the code and packages alone: kept beside the check's results and copied by the next full build.
      const cache = options.cache ?? new FileCache(null);
      await cache.files('svenska', staging, writeSwedishWords);
      await cache.files('sidans-kod', staging, writeBrowserBundles);
    }
    pages.push(...(await writeRedaktion(staging, { files: check.files, meetings: check.meetings, setting: check.setting })));
  } catch (failure) {
    // The staging folder is removed by the caller: Pagefind must be done writing into it first.
    await search.catch(() => undefined);
    throw failure;
  }
  await search;
  time('waitForSearch');
  if (previous) {
    const dirs = parts.map((part) => part.dir);
    for (const dir of skip) await takeFiles(previous.folder, staging, await partFiles(previous.folder, dir, dirs));
  }
  // Which part holds which word, for the search page to ask only the parts a single index would find a query in.
  if (keysFolder)
    await writeKeyFiles(
      staging,
      parts.map((part) => part.dir),
      keysFolder,
    );
  time('searchKeys');
  const files = previous
    ? previous.manifest.files
    : [...(await filesUnder(staging, 'assets')), ...(await filesUnder(staging, path.join(siteFile(urls.search), SWEDISH_FOLDER)))];
  const rendered = new Map([...tracker.pages].map(([file, reads]) => [path.relative(staging, path.resolve(file)), reads]));
  const manifest = nextManifest(key, site, rendered, { parts, files });
  await writeManifest(staging, previous && plan ? withReusedPages(manifest, plan.reused, previous.manifest, site) : manifest);
  time('manifest');
  return { pages, reused: plan?.reused.length ?? 0, searchParts: { total: parts.length, indexed: parts.length - skip.length } };
}

/** Meeting pages rendered by one Eleventy run: Eleventy keeps every page it wrote in memory until the run ends. */
const RENDER_BATCH = 1500;

/** Renders the site; a large archive's meeting pages in batches, so memory stays bounded. */
async function renderInBatches(
  site: SiteData,
  outputDir: string,
  options: BuildOptions & {
    deploy: Deployment;
    setting: SiteSetting;
    tracker: ReadTracker;
    plan: PagePlan | undefined;
    copyAssets: boolean;
  },
): Promise<string[]> {
  const { plan } = options;
  const render = {
    templatesDir: options.templatesDir,
    deploy: options.deploy,
    setting: options.setting,
    rules: RULES,
    tracker: options.tracker,
    copyAssets: options.copyAssets,
    ...(plan ? { renderPage: plan.renderPage } : {}),
  };
  const meetings = site.renderMeetings.filter((m) => !plan || plan.renderPage('renderMeetings', [m])).map((m) => m.id);
  if (meetings.length <= RENDER_BATCH) return renderSite(site, outputDir, render);
  const pages = await renderSite(site, outputDir, { ...render, skipMeetings: true });
  for (let start = 0; start < meetings.length; start += RENDER_BATCH) {
    pages.push(
      ...(await renderSite(site, outputDir, { ...render, copyAssets: false, onlyMeetings: meetings.slice(start, start + RENDER_BATCH) })),
    );
  }
  return pages;
}

/**
 * Writes the index as JSON one entry at a time: at 10,000 meetings the index is hundreds of
 * megabytes, and one string of it does not fit in the heap beside everything else. A failed write
 * (a full disk) rejects.
 */
async function writeIndexJson(file: string, index: ArchiveIndex): Promise<void> {
  await pipeline(Readable.from(indexJsonChunks(index)), createWriteStream(file));
}

/** The index as JSON in pieces: every key in order, lists an entry at a time. */
function* indexJsonChunks(index: ArchiveIndex): Generator<string> {
  let separator = '{';
  for (const [key, value] of Object.entries(index)) {
    yield `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    if (!Array.isArray(value)) {
      yield JSON.stringify(value);
      continue;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) yield `${i ? ',' : ''}${JSON.stringify(value[i])}`;
    yield ']';
  }
  yield '}\n';
}

/** Writes the archive's words for the search page's help with misspellings, one file per first letter, beside the search page. */
async function writeVocabulary(siteDir: string, index: ArchiveIndex): Promise<void> {
  const folder = path.join(siteDir, siteFile(urls.search), VOCABULARY_FOLDER);
  await mkdir(folder, { recursive: true });
  for (const [file, words] of searchVocabulary(index)) {
    await writeFile(path.join(siteDir, siteFile(urls.search), file), JSON.stringify(words));
  }
}

/** The folder of `dictionary-sv` (its `index.dic`, `index.aff` and `license`). */
const DICTIONARY_DIR = path.dirname(createRequire(import.meta.url).resolve('dictionary-sv'));

type SwedishList = SwedishWords & { licence: string; version: string };
let swedish: Promise<SwedishList> | undefined;

/** The Swedish word list, the dictionary's licence and version, read and made once per process. */
function swedishList(): Promise<SwedishList> {
  swedish ??= (async () => {
    const [dic, aff, licence, manifest] = await Promise.all(
      ['index.dic', 'index.aff', 'license', 'package.json'].map((file) => readFile(path.join(DICTIONARY_DIR, file), 'utf8')),
    );
    return { ...swedishWords(dic!, aff!), licence: licence!, version: (JSON.parse(manifest!) as { version: string }).version };
  })();
  return swedish;
}

/**
 * Writes the Swedish word list for the search page's typo help beside the search page (`sok/svenska/`): the stems
 * one file per first letter, the endings, and the dictionary's licence (LGPL-3.0), which the list is published under.
 */
async function writeSwedishWords(siteDir: string): Promise<void> {
  const searchDir = path.join(siteDir, siteFile(urls.search));
  await mkdir(path.join(searchDir, SWEDISH_FOLDER), { recursive: true });
  const { files, endings, licence, version } = await swedishList();
  for (const [file, words] of files) await writeFile(path.join(searchDir, file), `${words.join('\n')}\n`);
  await writeFile(path.join(searchDir, SWEDISH_ENDINGS_FILE), JSON.stringify(endings));
  await writeFile(
    path.join(searchDir, SWEDISH_LICENCE_FILE),
    [
      `Ordlistan i den här mappen är gjord ur dictionary-sv ${version} (https://github.com/wooorm/dictionaries/tree/main/dictionaries/sv):`,
      'ordens grundformer med små bokstäver utan accenter, och ändelserna ur dess affixregler.',
      'Den får användas, ändras och spridas enligt GNU Lesser General Public License version 3 (https://www.gnu.org/licenses/lgpl-3.0.html).',
      '',
      licence.trim(),
      '',
    ].join('\n'),
  );
}
