/**
 * The check's worker threads: every minutes file that is not in the cache is
 * checked in a worker (`check-worker.ts`) of a {@link WorkerPool}, one file
 * at a time, under a time limit. A file that takes longer (some inputs make
 * the Markdown parser's time explode) or that makes the worker fail gets a
 * message of its own; its worker is replaced and the other files go on.
 */
import type { SourceFile } from '../check/load.ts';
import { failedResult, type FileResult, timedOutResult } from '../check/process-file.ts';
import type { Registries } from '../check/registry.ts';
import { WorkerPool } from '../runtime/worker-pool.ts';

/** How long one file may take to check before it is stopped and reported. */
export const FILE_TIME_LIMIT_MS = 10_000;

/** The memory one check worker may use: a file that needs more is reported, not the machine exhausted. */
const WORKER_HEAP_MB = 2048;

/** Options of {@link CheckPool}. */
export interface CheckPoolOptions {
  /** Worker threads. Default: the machine's cores. */
  threads?: number;
  /** Default: {@link FILE_TIME_LIMIT_MS}. */
  fileTimeLimitMs?: number;
  /** The worker's module. Default: `check-worker.ts` (the tests give one that cannot load). */
  workerModule?: URL;
}

/** Worker threads that check minutes files, each under a time limit. */
export class CheckPool {
  private readonly pool: WorkerPool<Registries, SourceFile, FileResult>;

  constructor(options: CheckPoolOptions = {}) {
    this.pool = new WorkerPool({
      module: options.workerModule ?? new URL('./check-worker.ts', import.meta.url),
      threads: options.threads,
      timeLimitMs: options.fileTimeLimitMs ?? FILE_TIME_LIMIT_MS,
      heapMb: WORKER_HEAP_MB,
    });
  }

  /** Checks `sources` against `registries` (`key` names their version). Results keep the order of `sources`. */
  async check(sources: readonly SourceFile[], registries: Registries, key: string): Promise<FileResult[]> {
    const outcomes = await this.pool.run(sources, registries, key);
    return outcomes.map((outcome, index) => {
      const file = sources[index]!.path;
      if (outcome.kind === 'done') return outcome.result;
      return outcome.kind === 'timeout'
        ? timedOutResult(file, outcome.limitMs, sources[index]!.bytes)
        : failedResult(file, outcome.failure);
    });
  }

  /** Stops every worker. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
