/**
 * Runs Pagefind's indexing in a worker thread: its messages to Pagefind's
 * process are answered here, not on the main thread, which is busy rendering
 * pages with Eleventy at the same time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { closeSearch, type SearchShard, writeSearchIndex } from '../search/search.ts';

const { shards, outputDir, pathPrefix } = workerData as { shards: SearchShard[]; outputDir: string; pathPrefix: string };
try {
  await writeSearchIndex(shards, outputDir, pathPrefix);
  parentPort?.postMessage({ ok: true });
} catch (failure) {
  parentPort?.postMessage({ ok: false, message: failure instanceof Error ? failure.message : String(failure) });
} finally {
  await closeSearch();
}
