/**
 * Runs Pagefind's indexing in a worker thread (see `writeSearchIndexInWorker`
 * in `workers.ts`): its messages to Pagefind's process are answered here, not
 * on the main thread, which is busy rendering pages with Eleventy at the same
 * time. Answers once Pagefind's process is closed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { closeSearch, type SearchIndexOptions, type SearchShard, writeSearchIndex } from '../search/search.ts';
import type { SearchAnswer } from './workers.ts';

const { shards, outputDir, pathPrefix, options } = workerData as {
  shards: SearchShard[];
  outputDir: string;
  pathPrefix: string;
  options: SearchIndexOptions;
};
let answer: SearchAnswer;
try {
  await writeSearchIndex(shards, outputDir, pathPrefix, options);
  answer = { ok: true };
} catch (failure) {
  answer = { ok: false, message: failure instanceof Error ? failure.message : String(failure) };
} finally {
  await closeSearch();
}
parentPort?.postMessage(answer);
