/**
 * `npm run new -- 2021-03-02 [--natverk "Socialchefsnätverket"]`: creates
 * minutes/<date>-<network>.md from the template. Never overwrites a file, and
 * refuses a date that already has minutes.
 */
import path from 'node:path';
import { DEFAULT_NETWORK, minutesFileName, minutesFilesOn } from '../core/minutes-files.ts';
import { newMinutes } from '../tools/new-meeting.ts';
import { listMinutesFolder, writeNewFile } from '../tools/new-file.ts';
import { CommandError, defineCommand } from './command.ts';

/** `npm run new`. */
export const newCommand = defineCommand({
  help: {
    usage: 'npm run new -- ÅÅÅÅ-MM-DD [--natverk "Socialchefsnätverket"] [--mapp minutes]',
    summary:
      'Skapar en ny fil för mötet med datum och rubrik ifyllda och en förklaring till varje fält. En fil som redan finns skrivs aldrig över, och ett datum som redan har ett möte avvisas.',
    options: [
      ['ÅÅÅÅ-MM-DD', 'mötets datum, till exempel 2021-03-02'],
      ['--natverk namn', 'nätverkets namn i rubriken och filnamnet (Socialchefsnätverket om inget anges)'],
      ['--mapp mapp', 'mappen med minnesanteckningar (minutes om ingen anges)'],
    ],
  },
  options: { natverk: { type: 'string' }, mapp: { type: 'string' } },
  positionals: 1,
  async run({ values, positionals, output }) {
    const [date] = positionals;
    const dir = values.mapp ?? 'minutes';
    if (!date) throw new CommandError('Ange mötesdatum: npm run new -- ÅÅÅÅ-MM-DD (till exempel npm run new -- 2021-03-02).', 2);
    const created = newMinutes(date, values.natverk ?? DEFAULT_NETWORK);
    if ('error' in created) throw new CommandError(`${created.error} Skriv till exempel: npm run new -- 2021-03-02`, 2);
    const [existing] = minutesFilesOn(date, await listMinutesFolder(dir));
    if (existing) {
      throw new CommandError(
        `Det finns redan minnesanteckningar för ${date}: ${path.join(dir, existing)}. Ingenting skrevs över; öppna den filen i stället.`,
      );
    }
    const file = path.join(dir, minutesFileName(date, values.natverk ?? DEFAULT_NETWORK));
    await writeNewFile(file, created.text);
    output.log(
      `Skapade ${file}. Fyll i talare, aktörer och ämnen, skriv dagordningspunkterna som ## rubriker och kontrollera med npm run check.`,
    );
    return 0;
  },
});
