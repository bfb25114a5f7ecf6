/**
 * The one helper that runs TypeScript in a worker thread: the answer, the
 * worker's own failure, a worker that ends without answering, the time limit
 * and the memory cap. The worker modules are in `worker-modules/`.
 */
import { describe, expect, it } from 'vitest';
import { runWorker, WorkerTimeout } from '../../src/runtime/run-worker.ts';

const worker = (name: string) => new URL(`./worker-modules/${name}.ts`, import.meta.url);

describe('runWorker', () => {
  it('runs a TypeScript module with its data and resolves with its answer', async () => {
    expect(await runWorker<number[]>(worker('answer'), { numbers: [1, 2, 21] })).toEqual([2, 4, 42]);
  });

  it('rejects with the worker’s own error', async () => {
    await expect(runWorker(worker('fail'), {})).rejects.toThrow('trasigt dokument');
  });

  it('rejects when the worker ends without answering', async () => {
    await expect(runWorker(worker('silent'), {})).rejects.toThrow(/stopped \(exit code \d+\) without answering/);
  });

  it('stops a worker at its time limit', async () => {
    const started = performance.now();
    const failure = await runWorker(worker('hang'), {}, { timeoutMs: 300 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerTimeout);
    expect((failure as WorkerTimeout).timeoutMs).toBe(300);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('stops a worker at its memory cap', async () => {
    const failure = await runWorker(worker('hog'), {}, { resourceLimits: { maxOldGenerationSizeMb: 32 }, timeoutMs: 60_000 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(WorkerTimeout);
    expect((failure as NodeJS.ErrnoException).code).toBe('ERR_WORKER_OUT_OF_MEMORY');
  });
});
