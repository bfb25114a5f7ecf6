/**
 * `npm run check [-- [--format text|github|gitlab] [--output fil] [folder]]`: checks every minutes file
 * and both registries and prints every problem and a summary: as `path:line:col: message [rule-id]`
 * (the default, for the secretary), as GitHub Actions workflow commands (`--format github`: annotations
 * at the file and line of a pull request) or as a GitLab Code Quality report (`--format gitlab`).
 * `--output fil` writes the chosen format to that file instead, and the one-line format to the terminal.
 * Exit code 1 when there is an error, 0 with warnings only.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CheckFormat, CHECK_FORMATS, formatGithub, formatGitlab, isCheckFormat } from '../core/diagnostic-formats.ts';
import { type Diagnostic, formatDiagnostic, hasErrors, summarize } from '../core/diagnostics.ts';
import { FileCache } from '../build/cache.ts';
import { fixFiles, type FixedFile } from '../build/fix-files.ts';
import { checkArchive } from '../build/pipeline.ts';
import { loadArchive } from '../check/load.ts';
import { type CommandHelp, helpText } from './args.ts';
import { CommandError, defineCommand } from './command.ts';

const options = { format: { type: 'string' }, output: { type: 'string' }, fix: { type: 'boolean' } } as const;

/** The one-line format: every problem on its line(s), then the summary, ending in a line break. */
function formatText(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  return [...diagnostics.map(formatDiagnostic), summarize(diagnostics, filesChecked)].map((line) => `${line}\n`).join('');
}

/** A file's path relative to the working folder (the repository's root in CI) when it lies inside it, as the forges want it. */
function fromWorkingFolder(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** The report in `format`. */
function report(format: CheckFormat, diagnostics: readonly Diagnostic[], filesChecked: number): string {
  if (format === 'text') return formatText(diagnostics, filesChecked);
  const forForge = diagnostics.map((d) => ({ ...d, file: fromWorkingFolder(d.file) }));
  return format === 'github' ? formatGithub(forForge, filesChecked) : formatGitlab(forForge);
}

const help: CommandHelp = {
  usage: 'npm run check [-- [--fix] [--format text|github|gitlab] [--output fil] [mapp]]',
  summary:
    'Kontrollerar alla minnesanteckningar och båda registren i mappen (minutes/ om ingen anges) och skriver varje problem som fil:rad:kolumn: meddelande [regel], och sist en sammanfattning. Avslutas med kod 1 vid fel, 0 om det bara finns varningar.',
  options: [
    [
      '--fix',
      'rätta först det som kan rättas utan att innebörden ändras (osynliga tecken, hårda mellanslag i rubriker, radslut …) och skriv ut varje rättelse',
    ],
    ['--format text', 'en rad per problem (standard)'],
    ['--format github', 'GitHub Actions-kommandon: meddelandena visas vid fil och rad i en pull request'],
    ['--format gitlab', 'en Code Quality-rapport (JSON) för GitLab CI'],
    ['--output fil', 'skriv formatet till filen i stället; terminalen får en rad per problem'],
    ['mapp', 'mappen att kontrollera, till exempel test/fixtures/bad'],
  ],
};

/** The fixes as lines, `path:line: rättat: what`, then how many; nothing when there was nothing to fix. */
function fixesText(fixed: readonly FixedFile[]): string {
  const lines = fixed.flatMap(({ file, fixes, skipped }) =>
    skipped ? [`${file}:1:1: inte rättad: ${skipped}.`] : fixes.map((f) => `${file}:${f.line}:1: rättat: ${f.what}`),
  );
  const written = fixed.filter((f) => !f.skipped);
  if (written.length === 0) return lines.map((line) => `${line}\n`).join('');
  const count = written.reduce((sum, f) => sum + f.fixes.length, 0);
  const summary = `Rättade ${count} ${count === 1 ? 'sak' : 'saker'} i ${written.length} ${written.length === 1 ? 'fil' : 'filer'}; kontrollen nedan gäller de rättade filerna.`;
  return [...lines, summary, ''].map((line) => `${line}\n`).join('');
}

/** Applies the mechanical fixes to the folder's minutes files, with a Swedish message when a file cannot be written. */
async function applyFixes(dir: string): Promise<FixedFile[]> {
  const loaded = await loadArchive(dir);
  try {
    return await fixFiles(loaded.minutes.map((m) => m.path));
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    const why =
      failure.code === 'EACCES' || failure.code === 'EPERM' || failure.code === 'EROFS'
        ? 'behörighet saknas (är mappen skrivskyddad?)'
        : failure.code === 'ENOSPC'
          ? 'disken är full'
          : failure.code === 'ENOENT'
            ? 'filen försvann medan den rättades'
            : String(failure.code ?? failure.message);
    throw new CommandError(
      `Rättelserna kunde inte skrivas${failure.path ? ` till ${failure.path}` : ''}: ${why}. Inga halva filer har skrivits.`,
    );
  }
}

/** A mistake in the arguments, said as `args.ts` says one: what was wrong, then the help, with exit code 2. */
function mistake(text: string): CommandError {
  return new CommandError(`${text}\n\n${helpText(help)}`, 2);
}

/** `npm run check`. */
export const checkCommand = defineCommand({
  help,
  options,
  positionals: 1,
  async run({ positionals, values, output }) {
    const format = values.format ?? 'text';
    if (!isCheckFormat(format)) throw mistake(`Okänt format "${format}". Välj ${CHECK_FORMATS.join(', ')}.`);
    if (values.output === '') throw mistake('Valet --output behöver ett filnamn.');
    const dir = positionals[0] ?? 'minutes';
    if (values.fix) output.write(fixesText(await applyFixes(dir)));
    const result = await checkArchive(dir, { cache: new FileCache() });
    if (values.output === undefined) {
      output.write(report(format, result.diagnostics, result.filesChecked));
    } else {
      output.write(formatText(result.diagnostics, result.filesChecked));
      try {
        await writeFile(values.output, report(format, result.diagnostics, result.filesChecked));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === 'ENOENT' ? 'mappen finns inte' : code === 'EACCES' || code === 'EPERM' ? 'behörighet saknas' : String(code ?? error);
        throw new CommandError(`Rapporten kunde inte skrivas till ${values.output}: ${why}.`);
      }
    }
    return hasErrors(result.diagnostics) ? 1 : 0;
  },
});
