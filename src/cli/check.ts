/**
 * `npm run check [-- folder]`: checks every minutes file and both registries,
 * prints every problem as `path:line:col: message [rule-id]` and a summary.
 * Exit code 1 when there is an error, 0 with warnings only.
 */
import { formatDiagnostic, hasErrors, summarize } from '../core/diagnostics.ts';
import { FileCache } from '../build/cache.ts';
import { checkArchive } from '../build/pipeline.ts';
import { defineCommand } from './command.ts';

/** `npm run check`. */
export const checkCommand = defineCommand({
  help: {
    usage: 'npm run check [-- mapp]',
    summary:
      'Kontrollerar alla minnesanteckningar och båda registren i mappen (minutes/ om ingen anges) och skriver varje problem som fil:rad:kolumn: meddelande [regel], och sist en sammanfattning. Avslutas med kod 1 vid fel, 0 om det bara finns varningar.',
    options: [['mapp', 'mappen att kontrollera, till exempel test/fixtures/bad']],
  },
  options: {},
  positionals: 1,
  async run({ positionals, output }) {
    const dir = positionals[0] ?? 'minutes';
    const result = await checkArchive(dir, { cache: new FileCache() });
    for (const diagnostic of result.diagnostics) output.log(formatDiagnostic(diagnostic));
    output.log(summarize(result.diagnostics, result.filesChecked));
    return hasErrors(result.diagnostics) ? 1 : 0;
  },
});
