/**
 * The build's worker threads: the check processes minutes files on every core
 * (workers take slices of the files while the main thread takes one too;
 * results keep the input order), and Pagefind is driven from a thread of its
 * own while the main thread renders.
 */
import { availableParallelism } from 'node:os';
import type { SourceFile } from '../check/load.ts';
import { allowedEmails, type FileResult, processFile } from '../check/process-file.ts';
import type { Registries } from '../check/registry.ts';
import type { SearchShard } from '../search/search.ts';
import { runWorker } from './run-worker.ts';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 150;

/** Processes `sources` against the registries (read once by the caller), in parallel when there are many. */
export async function processFiles(sources: readonly SourceFile[], registries: Registries): Promise<FileResult[]> {
  const emails = allowedEmails(registries);
  const threads = Math.min(availableParallelism(), Math.ceil(sources.length / (PARALLEL_THRESHOLD / 2)));
  if (threads <= 1) return sources.map((source) => processFile(source, registries, emails));
  const slices = Array.from({ length: threads }, (_, t) => sources.filter((_, i) => i % threads === t));
  const [own = [], ...others] = slices;
  const workers = others.map((slice) =>
    runWorker<FileResult[]>(new URL('./check-worker.ts', import.meta.url), { sources: slice, registries }),
  );
  const mine = own.map((source) => processFile(source, registries, emails));
  const theirs = await Promise.all(workers);
  // Put the results back in the order of `sources`.
  const results: FileResult[] = new Array(sources.length);
  [mine, ...theirs].forEach((slice, t) => slice.forEach((result, k) => (results[k * threads + t] = result)));
  return results;
}

/** What the search worker answers. */
export type SearchAnswer = { ok: true } | { ok: false; message: string };

/** Writes the search index (`writeSearchIndex` of `search/search.ts`) in a worker thread, so it goes on while the main thread renders. */
export async function writeSearchIndexInWorker(shards: readonly SearchShard[], outputDir: string, pathPrefix = '/'): Promise<void> {
  const answer = await runWorker<SearchAnswer>(new URL('./search-worker.ts', import.meta.url), { shards, outputDir, pathPrefix });
  if (!answer.ok) throw new Error(answer.message);
}
