/**
 * Runs an import in a worker thread, so that the CLI can stop it after a time
 * limit and cap its memory (a hostile or broken Word file cannot hang it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Registries } from '../../core/model.ts';
import { importDocument, type ImportResult } from './import-document.ts';

/** What the worker answers: the import, or why it could not be done (in Swedish). */
export type ImportAnswer = { ok: true; result: ImportResult } | { ok: false; message: string };

const { fileName, bytes, registries, date } = workerData as { fileName: string; bytes: Uint8Array; registries: Registries; date?: string };
let answer: ImportAnswer;
try {
  answer = { ok: true, result: await importDocument(fileName, bytes, registries, date ? { date } : {}) };
} catch (failure) {
  answer = { ok: false, message: failure instanceof Error ? failure.message : String(failure) };
}
parentPort?.postMessage(answer);
