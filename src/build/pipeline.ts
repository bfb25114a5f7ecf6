/**
 * The pipeline from a minutes folder to the structured index:
 * load → parse → validate → build index. Used by the check, the build and the
 * tests. `checkSources` is pure; `checkArchive` adds the disk: loading, a
 * cache of per-file results by content, and worker threads for many files.
 */
import { buildIndex } from '../index/build-index.ts';
import { type Diagnostic, hasErrors } from '../core/diagnostics.ts';
import { FileCache, registriesKey, resultKey } from './cache.ts';
import type { ArchiveIndex } from '../core/index-schema.ts';
import { loadArchive, type LoadedArchive, type SourceMemo } from '../check/load.ts';
import type { MeetingRecord } from '../core/model.ts';
import { processFiles } from './workers.ts';
import { type FileResult, isIncomplete } from '../check/process-file.ts';
import { checkFiles, checkRegistries, combineChecks, type ArchiveCheck, type CheckedRegistries } from '../check/check-archive.ts';
import type { Registries } from '../core/model.ts';
import type { SiteSetting } from '../check/site-setting.ts';

export type { SourceMemo } from '../check/load.ts';

/** What a check of the archive found. */
export interface CheckResult {
  /** Every problem in every file, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** The index, when there are no errors (warnings allowed). */
  index: ArchiveIndex | undefined;
  /** The validated meetings (also those of a run with errors, for tools that want partial results). */
  meetings: MeetingRecord[];
  registries: Registries;
  /** The site setting (`webbplats.yml`, its defaults where missing). */
  setting: SiteSetting;
  /** The files as loaded (their texts: Redaktionen's snapshot holds the registries as published). */
  files: LoadedArchive;
  /** How many files were checked (minutes and registries). */
  filesChecked: number;
}

/** The check's result with the index built when there are no errors. */
function withIndex(check: ArchiveCheck, files: LoadedArchive): CheckResult {
  return { ...check, files, index: hasErrors(check.diagnostics) ? undefined : buildIndex(check.meetings, check.registries) };
}

/**
 * Combines per-file results with the checks across files and builds the index when there are no
 * errors. `registries` is what {@link checkRegistries} gave for `loaded`. Pure.
 */
export function combineResults(loaded: LoadedArchive, registries: CheckedRegistries, results: readonly FileResult[]): CheckResult {
  return withIndex(combineChecks(loaded, registries, results), loaded);
}

/** Checks loaded sources, one file after another, and builds the index. Pure. */
export function checkSources(loaded: LoadedArchive): CheckResult {
  return withIndex(checkFiles(loaded), loaded);
}

/** Options of {@link checkArchive}. */
export interface CheckOptions {
  /** Per-file results by content; unchanged files are not parsed again. Default: none. */
  cache?: FileCache;
  /** Files read before (a long-running process); unchanged ones are not read again. Default: none. */
  memo?: SourceMemo;
}

/**
 * Loads the minutes folder and checks it, reusing cached results and using every core for the rest.
 * The registries are read once, here, and handed to the workers and to {@link combineResults} as data.
 */
export async function checkArchive(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const loaded = await loadArchive(dir, options.memo);
  const { cache } = options;
  const read = checkRegistries(loaded);
  const registries = registriesKey(loaded.agencies, loaded.topics);
  const keys = loaded.minutes.map((source) => resultKey(source, registries));
  const cached = cache ? await Promise.all(keys.map((key) => cache.get(key))) : keys.map(() => undefined);
  const missing = loaded.minutes.filter((_, i) => !cached[i]);
  const fresh = await processFiles(missing, read.registries, registries);
  let next = 0;
  const results = cached.map((hit, i) => {
    if (hit) return hit;
    const result = fresh[next++]!;
    if (!isIncomplete(result)) void cache?.set(keys[i]!, result);
    return result;
  });
  return combineResults(loaded, read, results);
}
