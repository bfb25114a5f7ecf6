/**
 * `npm run import -- minnesanteckningar.docx [--datum 2021-03-02] [--mapp minutes] [--tidsgrans 60] [--ersatt]`:
 * turns a Word or text document into a draft minutes file in minutes/ and
 * prints a report: what was guessed, what needs a human look (with line
 * numbers in the draft), what was left out, and what the check says.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importReport } from '../tools/import/draft.ts';
import { replaceFile, writeNewFile } from '../tools/new-file.ts';
import { isUntouchedTemplate } from '../tools/new-meeting.ts';
import type { ImportAnswer } from '../tools/import/worker.ts';
import { count } from '../core/count.ts';
import { meetingDateProblem } from '../core/dates.ts';
import { minutesFileName, minutesFilesOn } from '../core/minutes-files.ts';
import { checkArchive } from '../build/pipeline.ts';
import { readRegistries } from '../check/registry.ts';
import { loadArchive } from '../check/load.ts';
import { runWorker, WorkerTimeout } from '../runtime/run-worker.ts';
import { CommandError, defineCommand } from './command.ts';

const MAX_BYTES = 25 * 1024 * 1024;
/** The longest time limit `--tidsgrans` takes, in seconds: an hour. */
const MAX_SECONDS = 3600;

/**
 * The time limit `--tidsgrans` gives, in whole seconds (1 to {@link MAX_SECONDS}, 60 when it is not given), or
 * a Swedish mistake (exit code 2): "abc" was NaN seconds, and 1e12 overflowed the timer and stopped at once.
 */
function timeLimit(written: string | undefined): number {
  if (written === undefined) return 60;
  const seconds = /^\d{1,4}$/.test(written.trim()) ? Number(written.trim()) : NaN;
  if (seconds >= 1 && seconds <= MAX_SECONDS) return seconds;
  throw new CommandError(
    `--tidsgrans ska vara ett helt antal sekunder från 1 till ${MAX_SECONDS}, men är "${written}". Skriv till exempel --tidsgrans 120. Ingenting skrevs.`,
    2,
  );
}

/** `npm run import`. */
export const importCommand = defineCommand({
  help: {
    usage: 'npm run import -- fil.docx [--datum ÅÅÅÅ-MM-DD] [--mapp minutes] [--tidsgrans 60] [--ersatt]',
    summary:
      'Gör ett Word-dokument (.docx) eller en textfil (.txt) till ett utkast i minutes/ och skriver en rapport: vad importen gissade, vad du behöver titta på (med radnummer i utkastet), vad den lämnade utanför och vad kontrollen säger. En fil som redan finns för datumet skrivs inte över, utom den tomma mallen från npm run new (eller med --ersatt).',
    options: [
      ['fil', 'dokumentet att importera (.docx, .txt), högst 25 MB'],
      ['--datum ÅÅÅÅ-MM-DD', 'mötets datum, om dokumentets rubrikrad inte har det'],
      ['--mapp mapp', 'mappen med minnesanteckningar (minutes om ingen anges)'],
      ['--tidsgrans sekunder', 'hur länge importen får hålla på, 1–3600 sekunder (60 om inget anges)'],
      ['--ersatt', 'ersätter en fil som redan finns för datumet; den gamla texten sparas i filen med .bak efter namnet'],
    ],
  },
  options: { datum: { type: 'string' }, mapp: { type: 'string' }, tidsgrans: { type: 'string' }, ersatt: { type: 'boolean' } },
  positionals: 1,
  async run({ values, positionals, output }) {
    const [input] = positionals;
    const dir = values.mapp ?? 'minutes';

    if (!input) throw new CommandError('Ange filen att importera: npm run import -- sökväg/till/minnesanteckningar.docx (eller .txt).', 2);
    const seconds = timeLimit(values.tidsgrans);
    const dateProblem = values.datum === undefined ? undefined : meetingDateProblem(values.datum);
    if (dateProblem) throw new CommandError(`${dateProblem} Skriv till exempel --datum 2021-03-02. Ingenting skrevs.`, 2);
    const size = (
      await stat(input).catch(() => {
        throw new CommandError(`Filen ${input} finns inte.`);
      })
    ).size;
    if (size > MAX_BYTES) {
      throw new CommandError(
        `Filen ${input} är ${(size / 1024 / 1024).toFixed(0)} MB; importen läser filer upp till 25 MB. Ta bort bilder ur dokumentet och försök igen.`,
      );
    }

    const loaded = await loadArchive(dir);
    const { registries } = readRegistries(loaded.agencies, loaded.topics);
    const bytes = await readFile(input);
    // In a worker thread with a time limit and a memory cap: a broken or hostile document cannot hang or exhaust the import.
    const answer = await runWorker<ImportAnswer>(
      new URL('../tools/import/worker.ts', import.meta.url),
      { fileName: path.basename(input), bytes, registries, date: values.datum },
      { resourceLimits: { maxOldGenerationSizeMb: 1024 }, timeoutMs: seconds * 1000 },
    ).catch((failure: Error) => {
      throw new CommandError(
        failure instanceof WorkerTimeout
          ? `Importen avbröts efter ${count(seconds, 'sekund', 'sekunder')}: dokumentet är för stort eller trasigt. Spara det som .txt och försök igen${seconds < MAX_SECONDS ? `, eller kör med --tidsgrans ${Math.min(seconds * 2, MAX_SECONDS)}` : ''}. Ingenting skrevs.`
          : `Importen misslyckades: ${failure.message}. Ingenting skrevs.`,
      );
    });
    if (!answer.ok) throw new CommandError(`${answer.message} Ingenting skrevs.`);
    const { result } = answer;

    const date = result.draft.date;
    if (!date)
      throw new CommandError(
        'Hittade inget mötesdatum i dokumentet. Ange det: npm run import -- fil --datum ÅÅÅÅ-MM-DD. Ingenting skrevs.',
      );
    const [existing] = minutesFilesOn(
      date,
      loaded.minutes.map((m) => m.path),
    );
    let draftPath = path.join(dir, minutesFileName(date));
    if (existing) {
      const before = await readFile(existing, 'utf8');
      if (isUntouchedTemplate(before, date)) {
        await replaceFile(existing, result.text);
        output.log(`Ersatte den tomma mallen ${existing} (från npm run new) med importen.`);
      } else if (values.ersatt) {
        const copy = `${existing}.bak`;
        await writeNewFile(copy, before);
        await replaceFile(existing, result.text);
        output.log(
          `Ersatte ${existing} med importen. Den gamla texten sparades i ${copy}; flytta den ur ${dir} eller ta bort den när du inte behöver den (kontrollen varnar för den så länge den ligger där).`,
        );
      } else {
        throw new CommandError(
          `Det finns redan minnesanteckningar för ${date}: ${existing}, och filen är inte längre den tomma mallen från npm run new. Ingenting skrevs över. Vill du ersätta den med importen, kör samma kommando med --ersatt (den gamla texten sparas då i ${existing}.bak); annars flytta eller ta bort filen först, eller ange ett annat datum med --datum.`,
        );
      }
      draftPath = existing;
    } else {
      await writeNewFile(draftPath, result.text);
    }
    const check = await checkArchive(dir);
    output.log(
      importReport(
        result.draft,
        result.itemLines,
        draftPath,
        check.diagnostics.filter((d) => d.file === draftPath),
      ),
    );
    return 0;
  },
});
