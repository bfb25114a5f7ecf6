/**
 * `npm run check [-- folder]`: checks every minutes file and both registries,
 * prints every problem as `path:line:col: message [rule-id]` and a summary.
 * Exit code 1 when there is an error, 0 with warnings only.
 */
import { formatDiagnostic, hasErrors, summarize } from '../core/diagnostics.ts';
import { FileCache } from '../build/cache.ts';
import { checkArchive } from '../build/pipeline.ts';

const dir = process.argv[2] ?? 'minutes';
const result = await checkArchive(dir, { cache: new FileCache() });
for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
console.log(summarize(result.diagnostics, result.filesChecked));
process.exitCode = hasErrors(result.diagnostics) ? 1 : 0;
