/**
 * Processes minutes files on every core: worker threads take slices of the
 * files while the main thread takes one too. Results keep the input order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../check/load.ts';
import { allowedEmails, type FileResult, processFile } from '../check/process-file.ts';
import type { Registries } from '../check/registry.ts';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 150;

/** A worker that runs TypeScript: it registers tsx before it loads `module`. */
export function typeScriptWorker(module: URL, workerData: unknown): Worker {
  const bootstrap = `(async () => { const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register(); await import(${JSON.stringify(module.href)}); })();`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Processes `sources` against the registries (read once by the caller), in parallel when there are many. */
export async function processFiles(sources: readonly SourceFile[], registries: Registries): Promise<FileResult[]> {
  const emails = allowedEmails(registries);
  const threads = Math.min(availableParallelism(), Math.ceil(sources.length / (PARALLEL_THRESHOLD / 2)));
  if (threads <= 1) return sources.map((source) => processFile(source, registries, emails));
  const slices = Array.from({ length: threads }, (_, t) => sources.filter((_, i) => i % threads === t));
  const [own = [], ...others] = slices;
  const workers = others.map(
    (slice) =>
      new Promise<FileResult[]>((resolve, reject) => {
        const worker = typeScriptWorker(new URL('./check-worker.ts', import.meta.url), { sources: slice, registries });
        worker.once('message', (results: FileResult[]) => {
          resolve(results);
          void worker.terminate();
        });
        worker.once('error', reject);
      }),
  );
  const mine = own.map((source) => processFile(source, registries, emails));
  const theirs = await Promise.all(workers);
  // Put the results back in the order of `sources`.
  const results: FileResult[] = new Array(sources.length);
  [mine, ...theirs].forEach((slice, t) => slice.forEach((result, k) => (results[k * threads + t] = result)));
  return results;
}
