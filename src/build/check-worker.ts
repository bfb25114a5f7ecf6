/** A worker thread of `check-pool.ts`: checks one minutes file at a time against the registries it was last given. */
import type { SourceFile } from '../check/load.ts';
import { type FileResult, processFile } from '../check/process-file.ts';
import type { Registries } from '../check/registry.ts';
import { serveTasks } from '../runtime/worker-pool.ts';

serveTasks<Registries, SourceFile, FileResult>((source, registries) => processFile(source, registries));
