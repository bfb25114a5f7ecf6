/** A worker thread of `parallel.ts`: processes its slice of the minutes files. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFile } from '../check/load.ts';
import { allowedEmails, processFile } from '../check/process-file.ts';
import { readRegistries } from '../check/registry.ts';

const { sources, agencies, topics } = workerData as { sources: SourceFile[]; agencies?: SourceFile; topics?: SourceFile };
const { registries } = readRegistries(agencies, topics);
const emails = allowedEmails(registries);
parentPort?.postMessage(sources.map((source) => processFile(source, registries, emails)));
