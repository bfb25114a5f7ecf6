/**
 * Worker threads that run tasks under a time limit: outcomes in the order of
 * the tasks, the shared data sent once per version, a task past its time
 * limit or one that makes its worker fail ends on its own while the others
 * go on, and a worker that cannot load does not make the pool start workers
 * without end. The check's use of it is tested in `test/build/check-pool.test.ts`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/runtime/worker-pool.ts';

const module = (name: string) => new URL(`./worker-modules/${name}.ts`, import.meta.url);
const pool = new WorkerPool<string, string, string>({ module: module('pool'), threads: 2, timeLimitMs: 1000 });
afterAll(() => pool.close());

describe('WorkerPool', () => {
  it('gives each task’s result in the order of the tasks, with the shared data of the run', async () => {
    const tasks = ['a', 'b', 'c', 'd', 'e'];
    expect(await pool.run(tasks, 'ett', 'v1')).toEqual(tasks.map((task) => ({ kind: 'done', result: `${task} ett` })));
    expect(await pool.run(['f'], 'två', 'v2')).toEqual([{ kind: 'done', result: 'f två' }]);
  });

  it('stops a task at the time limit and a task that fails its worker, and runs the others', async () => {
    const outcomes = await pool.run(['före', 'hang', 'crash', 'efter'], 'x', 'v3');
    expect(outcomes.map((o) => o.kind)).toEqual(['done', 'timeout', 'failed', 'done']);
    expect(outcomes[1]).toEqual({ kind: 'timeout', limitMs: 1000 });
    expect((outcomes[2] as { failure: Error }).failure.message).toBe('trasig uppgift');
    // The workers that were replaced take the next run.
    expect(await pool.run(['igen'], 'x', 'v3')).toEqual([{ kind: 'done', result: 'igen x' }]);
  });

  it('gives every task the failure, and returns, when its workers cannot load their code', async () => {
    const broken = new WorkerPool<string, string, string>({ module: module('fail'), threads: 2, timeLimitMs: 1000 });
    try {
      const outcomes = await broken.run(['a', 'b', 'c'], 'x', 'v1');
      expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'failed', 'failed']);
      expect((outcomes[0] as { failure: Error }).failure.message).toBe('trasigt dokument');
    } finally {
      await broken.close();
    }
  });
});
