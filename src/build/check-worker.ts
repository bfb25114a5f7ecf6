/** A worker thread of `workers.ts`: processes its slice of the minutes files against the registries it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFile } from '../check/load.ts';
import { allowedEmails, processFile } from '../check/process-file.ts';
import type { Registries } from '../check/registry.ts';

const { sources, registries } = workerData as { sources: SourceFile[]; registries: Registries };
const emails = allowedEmails(registries);
parentPort?.postMessage(sources.map((source) => processFile(source, registries, emails)));
