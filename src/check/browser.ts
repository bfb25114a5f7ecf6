/**
 * The check's entry for a browser (the editor, Redaktionen): the whole
 * check of an archive's files, from their texts, with the messages in the
 * secretary's one-line format. Imports nothing from Node: a test bundles it
 * for the browser with esbuild and runs it in Chromium, getting the same
 * messages as `npm run check`.
 */
export { archiveOfTexts, type ArchiveFiles } from './archive-files.ts';
export { checkFiles, type ArchiveCheck } from './check-archive.ts';
export { formatDiagnostic, messageText, summarize, type Diagnostic } from '../core/diagnostics.ts';
