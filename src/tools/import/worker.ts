/**
 * Runs an import in a worker thread, so that the CLI can stop it after a time
 * limit and cap its memory (a hostile or broken Word file cannot hang it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Registries } from '../../check/registry.ts';
import { importDocument } from './import-document.ts';

const { fileName, bytes, registries, date } = workerData as { fileName: string; bytes: Uint8Array; registries: Registries; date?: string };
try {
  const result = await importDocument(fileName, bytes, registries, date ? { date } : {});
  parentPort?.postMessage({ ok: true, result });
} catch (failure) {
  parentPort?.postMessage({ ok: false, message: failure instanceof Error ? failure.message : String(failure) });
}
