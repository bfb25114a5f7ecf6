/**
 * The check's worker threads: every minutes file that is not in the cache is
 * checked in a worker, one file at a time, under a time limit. A file that
 * takes longer (some inputs make the Markdown parser's time explode) or that
 * makes the worker fail gets a message of its own; its worker is replaced and
 * the other files go on. The pool stays alive between checks in a
 * long-running process (the preview), without keeping the process alive.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { SourceFile } from '../check/load.ts';
import { failedResult, type FileResult, timedOutResult } from '../check/process-file.ts';
import type { Registries } from '../check/registry.ts';
import { startWorker } from './run-worker.ts';

/** How long one file may take to check before it is stopped and reported. */
export const FILE_TIME_LIMIT_MS = 10_000;

/** The memory one check worker may use: a file that needs more is reported, not the machine exhausted. */
const WORKER_HEAP_MB = 2048;

/** A message to a check worker. */
export type CheckRequest =
  { kind: 'registries'; key: string; registries: Registries } | { kind: 'file'; id: number; key: string; source: SourceFile };
/** A check worker's answer: `ready` once it has loaded (the time limit counts from then), then each file's result. */
export type CheckAnswer = { kind: 'ready' } | { kind: 'result'; id: number; result: FileResult };

interface Job {
  id: number;
  source: SourceFile;
  resolve(result: FileResult): void;
}

interface Thread {
  worker: Worker;
  /** True once the worker has loaded its code. */
  ready: boolean;
  /** The registries (by key) this worker holds. */
  registriesKey: string | undefined;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** Workers in a row that may stop before loading their code before the pool gives up. */
const MAX_START_FAILURES = 3;

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
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private registries: { key: string; registries: Registries } | undefined;
  private nextId = 0;
  /** Workers in a row that stopped before they had loaded their code. */
  private startFailures = 0;
  private readonly size: number;
  private readonly limitMs: number;
  private readonly module: URL;

  constructor(options: CheckPoolOptions = {}) {
    this.size = Math.max(1, options.threads ?? availableParallelism());
    this.limitMs = options.fileTimeLimitMs ?? FILE_TIME_LIMIT_MS;
    this.module = options.workerModule ?? new URL('./check-worker.ts', import.meta.url);
  }

  /** Checks `sources` against `registries` (`key` names their version). Results keep the order of `sources`. */
  check(sources: readonly SourceFile[], registries: Registries, key: string): Promise<FileResult[]> {
    this.registries = { key, registries };
    this.startFailures = 0;
    const results = sources.map((source) => new Promise<FileResult>((resolve) => this.queue.push({ id: this.nextId++, source, resolve })));
    while (this.threads.length < Math.min(this.size, this.queue.length)) this.threads.push(this.spawn());
    for (const thread of this.threads) this.feed(thread);
    return Promise.all(results);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private spawn(): Thread {
    const worker = startWorker(this.module, undefined, { maxOldGenerationSizeMb: WORKER_HEAP_MB });
    const thread: Thread = { worker, ready: false, registriesKey: undefined, job: undefined, timer: undefined };
    worker.on('message', (answer: CheckAnswer) => {
      if (answer.kind === 'ready') {
        thread.ready = true;
        this.startFailures = 0;
      } else if (thread.job?.id === answer.id) this.finish(thread, answer.result);
      this.feed(thread);
    });
    const lost = (failure: unknown) => {
      if (!this.threads.includes(thread)) return;
      // A worker that cannot even load its code (a broken installation) would fail again: after a few in a row,
      // every waiting file gets the failure as its message, instead of workers being started without end.
      if (!thread.ready && ++this.startFailures >= MAX_START_FAILURES) {
        this.threads.splice(this.threads.indexOf(thread), 1);
        void thread.worker.terminate();
        for (const job of this.queue.splice(0)) job.resolve(failedResult(job.source.path, failure));
        return;
      }
      const job = thread.job;
      this.replace(thread);
      if (job) job.resolve(failedResult(job.source.path, failure));
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`arbetstråden avslutades (kod ${code})`)));
    // Loading takes a moment: keep the process alive for it only while files wait.
    if (this.queue.length === 0) worker.unref();
    return thread;
  }

  /** Gives an idle thread the next file, with its time limit. */
  private feed(thread: Thread): void {
    if (thread.job || !thread.ready) return;
    const job = this.queue.shift();
    if (!job) {
      thread.worker.unref();
      return;
    }
    const { key, registries } = this.registries!;
    if (thread.registriesKey !== key) {
      thread.worker.postMessage({ kind: 'registries', key, registries } satisfies CheckRequest);
      thread.registriesKey = key;
    }
    thread.job = job;
    thread.worker.ref();
    thread.timer = setTimeout(() => {
      this.replace(thread);
      job.resolve(timedOutResult(job.source.path, this.limitMs));
    }, this.limitMs);
    thread.worker.postMessage({ kind: 'file', id: job.id, key, source: job.source } satisfies CheckRequest);
  }

  private finish(thread: Thread, result: FileResult): void {
    const job = thread.job;
    clearTimeout(thread.timer);
    thread.job = undefined;
    job?.resolve(result);
  }

  /** Stops a thread's worker (stuck or lost) and puts a fresh one in its place, which takes the next file. */
  private replace(thread: Thread): void {
    clearTimeout(thread.timer);
    const index = this.threads.indexOf(thread);
    if (index === -1) return;
    void thread.worker.terminate();
    const fresh = this.spawn();
    this.threads[index] = fresh;
    this.feed(fresh);
  }
}
