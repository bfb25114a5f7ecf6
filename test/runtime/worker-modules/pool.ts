/** A worker for the WorkerPool tests: answers a task with it and the shared data; `hang` never answers, `crash` throws. */
import { serveTasks } from '../../../src/runtime/worker-pool.ts';

serveTasks<string, string, string>((task, shared) => {
  if (task === 'hang') for (;;);
  if (task === 'crash') throw new Error('trasig uppgift');
  return `${task} ${shared}`;
});
