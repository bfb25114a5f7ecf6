/** A worker thread of `check-pool.ts`: checks one minutes file at a time against the registries it was last given. */
import { parentPort } from 'node:worker_threads';
import { processFile } from '../check/process-file.ts';
import type { Registries } from '../check/registry.ts';
import type { CheckAnswer, CheckRequest } from './check-pool.ts';

const registries = new Map<string, Registries>();
parentPort?.on('message', (request: CheckRequest) => {
  if (request.kind === 'registries') {
    registries.clear();
    registries.set(request.key, request.registries);
    return;
  }
  const result = processFile(request.source, registries.get(request.key)!);
  parentPort?.postMessage({ kind: 'result', id: request.id, result } satisfies CheckAnswer);
});
parentPort?.postMessage({ kind: 'ready' } satisfies CheckAnswer);
