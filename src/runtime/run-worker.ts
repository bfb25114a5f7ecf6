/**
 * One way to run a TypeScript module in a worker thread: start it with its
 * data, wait for its one answer, stop it. Used by the check's worker pool
 * and the import (with a time limit and a memory cap, so a broken document
 * cannot hang or exhaust it).
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';

/** Options of {@link runWorker}. */
export interface RunWorkerOptions {
  /** Caps on the worker's memory. Default: Node's. */
  resourceLimits?: ResourceLimits;
  /** Stop the worker when it has not answered after this many milliseconds: the promise then rejects with a {@link WorkerTimeout}. Default: no limit. */
  timeoutMs?: number;
}

/** Why {@link runWorker} rejects when the worker did not answer in time. */
export class WorkerTimeout extends Error {
  override name = 'WorkerTimeout';

  constructor(readonly timeoutMs: number) {
    super(`The worker did not answer within ${timeoutMs} ms.`);
  }
}

/** Starts `module` (TypeScript: the worker registers tsx before it loads it) in a worker thread with `data` as its `workerData`. */
export function startWorker(module: URL, data: unknown, resourceLimits?: ResourceLimits): Worker {
  const bootstrap = `(async () => { const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register(); await import(${JSON.stringify(module.href)}); })();`;
  return new Worker(bootstrap, { eval: true, workerData: data, ...(resourceLimits ? { resourceLimits } : {}) });
}

/**
 * Runs `module` (TypeScript: the worker registers tsx before it loads it) in a worker thread
 * with `data` as its `workerData`, and resolves with the first message it posts. The worker is
 * terminated before the promise settles. Rejects with the worker's error (also when it passes its
 * memory cap), with a {@link WorkerTimeout}, or when it stops without answering.
 */
export function runWorker<T>(module: URL, data: unknown, options: RunWorkerOptions = {}): Promise<T> {
  const worker = startWorker(module, data, options.resourceLimits);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().then(finish, finish);
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => settle(() => reject(new WorkerTimeout(options.timeoutMs!))), options.timeoutMs);
    worker.on('message', (message: T) => settle(() => resolve(message)));
    worker.on('error', (failure: Error) => settle(() => reject(failure)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The worker stopped (exit code ${code}) without answering.`))));
  });
}
