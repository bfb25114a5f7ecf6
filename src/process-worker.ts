/** A worker thread of `parallel.ts`: processes its slice of the minutes files. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFile } from './load.ts';
import { allowedEmails, processFile } from './process-file.ts';
import { readRegistries } from './registry.ts';

const { sources, agencies, topics } = workerData as { sources: SourceFile[]; agencies?: SourceFile; topics?: SourceFile };
const { registries } = readRegistries(agencies, topics);
const emails = allowedEmails(registries);
parentPort?.postMessage(sources.map((source) => processFile(source, registries, emails)));
