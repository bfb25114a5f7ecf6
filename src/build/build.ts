/**
 * The whole build: check → index → render → search index, into a fresh
 * staging folder that replaces the site only when everything succeeded.
 * A failed build leaves the previous site as it was; a deleted or renamed
 * meeting leaves nothing stale behind, because nothing is built in place.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors } from '../core/diagnostics.ts';
import { type ArchiveIndex, indexJsonSchema } from '../core/index-schema.ts';
import type { FileCache } from './cache.ts';
import { checkArchive, type CheckResult } from './pipeline.ts';
import { RULE_GROUPS } from '../check/rules/catalogue.ts';
import { renderSite } from '../site/render.ts';
import { SEARCH_SHARD_RECORDS, searchRecords, searchShards } from '../search/search.ts';
import { writeSearchIndexInWorker } from './workers.ts';
import { type Deployment, siteFile, urls } from '../core/urls.ts';
import { type SiteData, toSiteData } from '../site/view.ts';

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
  deploy: Deployment;
  /** Per-file results by content, so unchanged minutes are not parsed again. Default: none. */
  cache?: FileCache;
  /** The most records one part of the search index holds. Default: {@link SEARCH_SHARD_RECORDS}. */
  searchShardSize?: number;
}

/** What a build did. */
export interface BuildResult {
  check: CheckResult;
  /** True when the site folder was replaced. */
  built: boolean;
  /** Files written by the renderer. */
  pages: string[];
  /** Milliseconds each stage took (check, render, search, write), for the benchmark. */
  timings: Record<string, number>;
}

/** Builds the site. Never touches `siteDir` unless the whole build succeeded. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let lap = performance.now();
  const time = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - lap);
    lap = now;
  };
  const check = await checkArchive(options.minutesDir, options.cache ? { cache: options.cache } : {});
  time('check');
  if (!check.index || hasErrors(check.diagnostics)) return { check, built: false, pages: [], timings };

  const siteDir = path.resolve(options.siteDir);
  const staging = `${siteDir}.tmp-${process.pid}`;
  const previous = `${siteDir}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    // Pagefind indexes (driven from a worker thread) while Eleventy renders here: both cores work.
    const searchStarted = performance.now();
    const shards = searchShards(searchRecords(check.index, options.deploy.pathPrefix), options.searchShardSize);
    const search = writeSearchIndexInWorker(shards, staging, options.deploy.pathPrefix).then(() => {
      timings.search = Math.round(performance.now() - searchStarted);
    });
    const site = toSiteData(check.index, { searchIndexes: shards.map((shard) => shard.dir) });
    const pages = await renderInBatches(site, staging, options).catch(async (failure: unknown) => {
      await search.catch(() => undefined);
      throw failure;
    });
    time('render');
    await writeIndexJson(path.join(staging, siteFile(urls.index)), check.index);
    await writeFile(path.join(staging, siteFile(urls.indexSchema)), `${JSON.stringify(indexJsonSchema(), null, 2)}\n`);
    await search;
    time('waitForSearch');
    await swap(staging, siteDir, previous);
    time('swap');
    return { check, built: true, pages, timings };
  } catch (failure) {
    await rm(staging, { recursive: true, force: true });
    throw failure;
  }
}

/** Meeting pages rendered by one Eleventy run: Eleventy keeps every page it wrote in memory until the run ends. */
const RENDER_BATCH = 1500;

/** Renders the site; a large archive's meeting pages in batches, so memory stays bounded. */
async function renderInBatches(site: SiteData, outputDir: string, options: BuildOptions): Promise<string[]> {
  const render = { templatesDir: options.templatesDir, deploy: options.deploy, rules: RULES };
  const meetings = site.renderMeetings.map((m) => m.id);
  if (meetings.length <= RENDER_BATCH) return renderSite(site, outputDir, render);
  const pages = await renderSite(site, outputDir, { ...render, skipMeetings: true });
  for (let start = 0; start < meetings.length; start += RENDER_BATCH) {
    pages.push(...(await renderSite(site, outputDir, { ...render, onlyMeetings: meetings.slice(start, start + RENDER_BATCH) })));
  }
  return pages;
}

/**
 * Writes the index as JSON one entry at a time: at 10,000 meetings the index is hundreds of
 * megabytes, and one string of it does not fit in the heap beside everything else.
 */
async function writeIndexJson(file: string, index: ArchiveIndex): Promise<void> {
  const out = createWriteStream(file);
  const write = (chunk: string) =>
    out.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  // Every key of the index in order; lists are written an entry at a time.
  let separator = '{';
  for (const [key, value] of Object.entries(index)) {
    await write(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    if (!Array.isArray(value)) {
      await write(JSON.stringify(value));
      continue;
    }
    await write('[');
    for (let i = 0; i < value.length; i++) await write(`${i ? ',' : ''}${JSON.stringify(value[i])}`);
    await write(']');
  }
  await write('}\n');
  await new Promise<void>((resolve, reject) => out.end((failure?: Error | null) => (failure ? reject(failure) : resolve())));
}

/** Puts `staging` in place of `target`, keeping the old one until the new one is in place. */
async function swap(staging: string, target: string, previous: string): Promise<void> {
  await rm(previous, { recursive: true, force: true });
  let hadTarget = true;
  try {
    await rename(target, previous);
  } catch (failure) {
    if ((failure as NodeJS.ErrnoException).code !== 'ENOENT') throw failure;
    hadTarget = false;
  }
  try {
    await rename(staging, target);
  } catch (failure) {
    if (hadTarget) await rename(previous, target);
    throw failure;
  }
  await rm(previous, { recursive: true, force: true });
}
