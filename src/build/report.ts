/**
 * What `npm run build` prints about a build, in order: the check's messages
 * and summary first (always, also when writing failed afterwards), then what
 * was cleaned up, then how it ended. Pure: the lines are returned, not printed.
 */
import { swedishCount } from '../core/count.ts';
import { formatDiagnostic, summarize } from '../core/diagnostics.ts';
import type { BuildResult } from './build.ts';

/** The lines of the report on `result`, for the site folder `siteDir` as the command was given it; `seconds` is the build's duration as printed. */
export function buildReport(result: BuildResult, siteDir: string, seconds: string): string[] {
  const lines = result.check.diagnostics.map(formatDiagnostic);
  lines.push(summarize(result.check.diagnostics, result.check.filesChecked));
  if (result.removed.length > 0) lines.push(`Tog bort det som avbrutna byggen lämnat kvar: ${result.removed.join(', ')}.`);
  if (result.failure) lines.push(result.failure.message);
  else if (!result.built) lines.push(`Inget byggdes: rätta felen ovan. ${siteDir}/ är oförändrad.`);
  else {
    const index = result.check.index!;
    lines.push(
      `Byggde ${siteDir}/ på ${seconds} s: ${index.meetings.length} möten, ${index.items.length} punkter, ${result.pages.length} filer` +
        (result.reused ? `, varav ${swedishCount(result.reused, 'oförändrad sida', 'oförändrade sidor')} från förra bygget.` : '.'),
    );
    const parts = result.searchParts;
    if (parts && parts.indexed < parts.total)
      lines.push(
        `Sökindexet: ${swedishCount(parts.indexed, 'del', 'delar')} av ${parts.total} indexerades om, de andra är oförändrade från förra bygget.`,
      );
  }
  return lines;
}
