/**
 * `npm run build`: the check, then (when there are no errors) the structured
 * index written to `site/index.json` with its JSON Schema beside it. With
 * errors it prints them, exits 1 and leaves `site/` as it was.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic, summarize } from '../diagnostics.ts';
import { indexJsonSchema } from '../index-schema.ts';
import { checkArchive } from '../pipeline.ts';

const minutesDir = process.argv[2] ?? 'minutes';
const siteDir = process.argv[3] ?? 'site';
const result = await checkArchive(minutesDir);
for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
console.log(summarize(result.diagnostics, result.filesChecked));
if (!result.index) {
  console.log(`Inget byggdes: rätta felen ovan. ${siteDir}/ är oförändrad.`);
  process.exitCode = 1;
} else {
  await mkdir(siteDir, { recursive: true });
  await writeFile(path.join(siteDir, 'index.json'), `${JSON.stringify(result.index, null, 2)}\n`);
  await writeFile(path.join(siteDir, 'index.schema.json'), `${JSON.stringify(indexJsonSchema(), null, 2)}\n`);
  console.log(`Indexet skrevs till ${siteDir}/index.json (${result.index.meetings.length} möten, ${result.index.items.length} punkter).`);
}
