/**
 * The import's entry for a browser (the editor's "Släpp Word-filen här"):
 * a Word or text document's bytes in, the draft minutes file out, the same
 * implementation as `npm run import`. Imports nothing from Node (mammoth's
 * browser build reads the .docx).
 */
export { importDocument, IMPORTABLE, type ImportResult } from './import-document.ts';
export { readRegistries } from '../../check/registry.ts';
