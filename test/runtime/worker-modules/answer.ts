/** A worker for the runWorker tests: answers with its data, doubled, once it has loaded TypeScript. */
import { parentPort, workerData } from 'node:worker_threads';

const { numbers } = workerData as { numbers: number[] };
parentPort?.postMessage(numbers.map((n): number => n * 2));
