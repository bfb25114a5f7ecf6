/**
 * The build's worker threads: the check's pool (`check-pool.ts`) checks
 * minutes files on every core, each under a time limit.
 */
import type { SourceFile } from '../check/load.ts';
import type { FileResult } from '../check/process-file.ts';
import type { Registries } from '../check/registry.ts';
import { CheckPool } from './check-pool.ts';

/** The check's worker threads, started when a check first needs them and kept for the next one. */
let pool: CheckPool | undefined;

/**
 * Checks `sources` against the registries (read once by the caller; `registriesKey` names their
 * version) in worker threads, each file under {@link FILE_TIME_LIMIT_MS}. Results keep the order of `sources`.
 */
export async function processFiles(sources: readonly SourceFile[], registries: Registries, registriesKey: string): Promise<FileResult[]> {
  if (sources.length === 0) return [];
  pool ??= new CheckPool();
  return pool.check(sources, registries, registriesKey);
}
