/**
 * Worker threads that run tasks, one task per thread at a time, each under a
 * time limit. A task that takes longer, or that makes its worker fail, ends
 * with an outcome of its own; its worker is replaced and the other tasks go
 * on. Data that every task needs (the check's registries) is sent to each
 * worker once per version, not with every task. The pool stays alive between
 * runs in a long-running process (the preview), without keeping the process
 * alive.
 *
 * The worker's module calls {@link serveTasks} with the function that does
 * one task. The check's pool (`build/check-pool.ts`) is one.
 */
import { availableParallelism } from 'node:os';
import { parentPort, type Worker } from 'node:worker_threads';
import { startWorker } from './run-worker.ts';

/** A message to a pool's worker: the data shared by the tasks (named by `key`, its version), or one task. */
export type PoolRequest<Shared, Task> =
  { kind: 'shared'; key: string; shared: Shared } | { kind: 'task'; id: number; key: string; task: Task };
/** A pool worker's answer: `ready` once it has loaded (the time limit counts from then), then each task's result. */
export type PoolAnswer<Result> = { kind: 'ready' } | { kind: 'result'; id: number; result: Result };

/** How one task ended: its worker's result, stopped at the time limit, or its worker lost (with why). */
export type TaskOutcome<Result> =
  { kind: 'done'; result: Result } | { kind: 'timeout'; limitMs: number } | { kind: 'failed'; failure: unknown };

/** Options of {@link WorkerPool}. */
export interface WorkerPoolOptions {
  /** The worker's module (TypeScript), which calls {@link serveTasks}. */
  module: URL;
  /** Worker threads. Default: the machine's cores. */
  threads?: number;
  /** How long one task may take, in milliseconds, before its worker is stopped. */
  timeLimitMs: number;
  /** The memory one worker may use, in megabytes. Default: Node's. */
  heapMb?: number;
}

interface Job<Task, Result> {
  id: number;
  task: Task;
  resolve(outcome: TaskOutcome<Result>): void;
}

interface Thread<Task, Result> {
  worker: Worker;
  /** True once the worker has loaded its code. */
  ready: boolean;
  /** The shared data (by key) this worker holds. */
  sharedKey: string | undefined;
  job: Job<Task, Result> | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** Workers in a row that may stop before loading their code before the pool gives up. */
const MAX_START_FAILURES = 3;

/** Worker threads that run tasks, each under a time limit. */
export class WorkerPool<Shared, Task, Result> {
  private readonly threads: Thread<Task, Result>[] = [];
  private readonly queue: Job<Task, Result>[] = [];
  private shared: { key: string; shared: Shared } | undefined;
  private nextId = 0;
  /** Workers in a row that stopped before they had loaded their code. */
  private startFailures = 0;
  private readonly size: number;

  constructor(private readonly options: WorkerPoolOptions) {
    this.size = Math.max(1, options.threads ?? availableParallelism());
  }

  /** Runs `tasks`, each with `shared` (`key` names its version). Outcomes keep the order of `tasks`; the promise never rejects. */
  run(tasks: readonly Task[], shared: Shared, key: string): Promise<TaskOutcome<Result>[]> {
    this.shared = { key, shared };
    this.startFailures = 0;
    const outcomes = tasks.map(
      (task) => new Promise<TaskOutcome<Result>>((resolve) => this.queue.push({ id: this.nextId++, task, resolve })),
    );
    while (this.threads.length < Math.min(this.size, this.queue.length)) this.threads.push(this.spawn());
    for (const thread of this.threads) this.feed(thread);
    return Promise.all(outcomes);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private spawn(): Thread<Task, Result> {
    const { heapMb } = this.options;
    const worker = startWorker(this.options.module, undefined, heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb });
    const thread: Thread<Task, Result> = { worker, ready: false, sharedKey: undefined, job: undefined, timer: undefined };
    worker.on('message', (answer: PoolAnswer<Result>) => {
      if (answer.kind === 'ready') {
        thread.ready = true;
        this.startFailures = 0;
      } else if (thread.job?.id === answer.id) this.finish(thread, { kind: 'done', result: answer.result });
      this.feed(thread);
    });
    const lost = (failure: unknown) => {
      if (!this.threads.includes(thread)) return;
      // A worker that cannot even load its code (a broken installation) would fail again: after a few in a row,
      // every waiting task gets the failure, instead of workers being started without end.
      if (!thread.ready && ++this.startFailures >= MAX_START_FAILURES) {
        this.threads.splice(this.threads.indexOf(thread), 1);
        void thread.worker.terminate();
        for (const job of this.queue.splice(0)) job.resolve({ kind: 'failed', failure });
        return;
      }
      const job = thread.job;
      this.replace(thread);
      if (job) job.resolve({ kind: 'failed', failure });
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`arbetstråden avslutades (kod ${code})`)));
    // Loading takes a moment: keep the process alive for it only while tasks wait.
    if (this.queue.length === 0) worker.unref();
    return thread;
  }

  /** Gives an idle thread the next task, with its time limit. */
  private feed(thread: Thread<Task, Result>): void {
    if (thread.job || !thread.ready) return;
    const job = this.queue.shift();
    if (!job) {
      thread.worker.unref();
      return;
    }
    const { key, shared } = this.shared!;
    if (thread.sharedKey !== key) {
      thread.worker.postMessage({ kind: 'shared', key, shared } satisfies PoolRequest<Shared, Task>);
      thread.sharedKey = key;
    }
    thread.job = job;
    thread.worker.ref();
    const limitMs = this.options.timeLimitMs;
    thread.timer = setTimeout(() => {
      this.replace(thread);
      job.resolve({ kind: 'timeout', limitMs });
    }, limitMs);
    thread.worker.postMessage({ kind: 'task', id: job.id, key, task: job.task } satisfies PoolRequest<Shared, Task>);
  }

  private finish(thread: Thread<Task, Result>, outcome: TaskOutcome<Result>): void {
    const job = thread.job;
    clearTimeout(thread.timer);
    thread.job = undefined;
    job?.resolve(outcome);
  }

  /** Stops a thread's worker (stuck or lost) and puts a fresh one in its place, which takes the next task. */
  private replace(thread: Thread<Task, Result>): void {
    clearTimeout(thread.timer);
    const index = this.threads.indexOf(thread);
    if (index === -1) return;
    void thread.worker.terminate();
    const fresh = this.spawn();
    this.threads[index] = fresh;
    this.feed(fresh);
  }
}

/**
 * The worker's side of a {@link WorkerPool}, called once by the worker's module: keeps the latest shared
 * data, answers each task with `handle(task, shared)`, and tells the pool it has loaded.
 */
export function serveTasks<Shared, Task, Result>(handle: (task: Task, shared: Shared) => Result): void {
  const port = parentPort;
  if (!port) return;
  const shared = new Map<string, Shared>();
  port.on('message', (request: PoolRequest<Shared, Task>) => {
    if (request.kind === 'shared') {
      shared.clear();
      shared.set(request.key, request.shared);
      return;
    }
    const result = handle(request.task, shared.get(request.key)!);
    port.postMessage({ kind: 'result', id: request.id, result } satisfies PoolAnswer<Result>);
  });
  port.postMessage({ kind: 'ready' } satisfies PoolAnswer<Result>);
}
