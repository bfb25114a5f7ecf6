/**
 * Rules: the file itself. It is UTF-8 text (read by `load.ts`), not empty,
 * named `YYYY-MM-DD-name.md`, and the only file of its meeting.
 */
import path from 'node:path';
import { type Diagnostic, fileReporter, type FileReporter, START } from '../../core/diagnostics.ts';
import { dateOfMinutesFile, MINUTES_FILE_NAME } from '../../core/minutes-files.ts';
import { defineRule } from './rule.ts';

/** `file-encoding` */
export const fileEncoding = defineRule({
  id: 'file-encoding',
  severity: 'error',
  when: 'Filen är inte sparad som UTF-8 (till exempel Windows-1252/ANSI eller UTF-16). Meddelandet pekar ut det första tecknet som inte kan läsas.',
  fix: 'Spara om filen som UTF-8: i Anteckningar Spara som → Kodning: UTF-8, i VS Code Spara med kodning → UTF-8.',
  example: 'En fil sparad som Windows-1252 där "ä" blir byten 0xE4.',
});

/** `file-empty` */
export const fileEmpty = defineRule({
  id: 'file-empty',
  severity: 'error',
  when: 'Filen är tom.',
  fix: 'Skapa mötet med npm run new -- ÅÅÅÅ-MM-DD, eller ta bort filen.',
  example: 'En fil på 0 byte, minutes/2021-03-02-socialchefsnatverket.md.',
});

/** `file-large` */
export const fileLarge = defineRule({
  id: 'file-large',
  severity: 'warning',
  when: 'Filen är större än 1 MB.',
  fix: 'Leta efter inklistrade bilder eller text som kommit med två gånger.',
  example: 'En fil på 3 MB med en inklistrad bild som text.',
});

/** `file-ignored` */
export const fileIgnored = defineRule({
  id: 'file-ignored',
  severity: 'warning',
  when: 'En fil eller mapp i minutes/ som varken är minnesanteckningar (.md) eller ett register.',
  fix: 'Importera Word- och textfiler med npm run import; flytta andra filer därifrån.',
  example: 'minutes/anteckningar.docx eller en mapp minutes/gamla/.',
});

/** `file-control-character` */
export const fileControlCharacter = defineRule({
  id: 'file-control-character',
  severity: 'error',
  when: 'Ett osynligt styrtecken i texten: en manuell radbrytning eller sidbrytning från Word, ett NUL-tecken, ett riktningstecken som vänder texten eller ett annat tecken som inte hör hemma i text.',
  fix: 'Ta bort tecknet (det syns inte: markera från kolumnen före till kolumnen efter och skriv om texten), eller byt det mot en vanlig radbrytning eller ett mellanslag.',
  example: 'En rubrik med en manuell radbrytning (Skift+Enter i Word, U+000B) mitt i.',
});

/** `file-name` */
export const fileNameRule = defineRule({
  id: 'file-name',
  severity: 'error',
  when: 'Filnamnet följer inte mönstret ÅÅÅÅ-MM-DD-namn.md.',
  fix: 'Döp om filen, till exempel till 2021-03-02-socialchefsnatverket.md.',
  example: 'minutes/möte 2 mars.md',
});

/** `meeting-duplicate` */
export const meetingDuplicate = defineRule({
  id: 'meeting-duplicate',
  severity: 'error',
  when: 'Två filer för samma datum, också när namnen bara skiljer sig i stora och små bokstäver.',
  fix: 'Behåll en fil per möte: slå ihop filerna eller rätta datumet i den ena.',
  example: 'minutes/2021-03-02-socialchefsnatverket.md och minutes/2021-03-02-extra.md',
});

/** `file-failed` */
export const fileFailed = defineRule({
  id: 'file-failed',
  severity: 'error',
  when: 'Kontrollen kunde inte läsa filen till slut: något i den fick verktyget att avbryta. Det är ett fel i verktyget, men filen publiceras inte förrän det är löst.',
  fix: 'Leta efter ovanliga konstruktioner kring raden som anges (mycket långa rader, djupt inbäddade listor, inklistrad kod) och förenkla dem; rapportera gärna felet med filen bifogad.',
  example: 'En fil som får Markdown-läsaren att krascha.',
});

/** `file-timeout` */
export const fileTimeout = defineRule({
  id: 'file-timeout',
  severity: 'error',
  when: 'Kontrollen av filen tog längre tid än gränsen (10 sekunder) och avbröts. Vissa konstruktioner, till exempel tusentals oavslutade länkar [a]( eller * i rad, gör Markdown-läsaren mycket långsam.',
  fix: 'Leta efter långa rader med många [, ( eller * och förenkla dem; dela upp en mycket stor fil.',
  example: 'En rad med 100 000 tecken *a_*a_*a_…',
});

/** The rules of this family, in the guide's order. */
export const RULES = [
  fileEncoding,
  fileControlCharacter,
  fileEmpty,
  fileLarge,
  fileIgnored,
  fileNameRule,
  meetingDuplicate,
  fileFailed,
  fileTimeout,
];

/** Reports a file name that does not follow `YYYY-MM-DD-name.md`. Returns the date the name gives, if it does. */
export function checkFileName(report: FileReporter): string | undefined {
  const fileName = path.basename(report.file);
  const date = MINUTES_FILE_NAME.test(fileName) ? dateOfMinutesFile(fileName) : undefined;
  if (date === undefined) {
    report.report(
      fileNameRule,
      START,
      `Filnamnet "${fileName}" följer inte mönstret ÅÅÅÅ-MM-DD-namn.md. Döp om filen, till exempel till 2021-01-19-socialchefsnatverket.md (datumet först, sedan små bokstäver a–z, siffror och bindestreck).`,
      { expected: ['ÅÅÅÅ-MM-DD-namn.md'], actual: fileName },
    );
  }
  return date;
}

/** Reports every file after the first whose meeting would get the same URL (date). */
export function findDuplicateMeetings(files: readonly string[]): Diagnostic[] {
  const byDate = new Map<string, string[]>();
  for (const file of files) {
    const date = dateOfMinutesFile(file);
    if (date) byDate.set(date, [...(byDate.get(date) ?? []), file]);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [date, [first, ...others]] of byDate) {
    for (const other of others) {
      const caseOnly = first!.toLowerCase() === other.toLowerCase();
      const why = caseOnly
        ? `Filnamnen skiljer sig bara i stora och små bokstäver från ${first}; på Windows och macOS är det samma fil.`
        : `${first} är redan mötet den ${date}.`;
      fileReporter(other, diagnostics).report(
        meetingDuplicate,
        START,
        `Två filer för samma möte (${date}): ${why} Behåll en fil per möte: slå ihop dem, eller rätta datumet i den ena.`,
      );
    }
  }
  return diagnostics;
}

/** Characters that never belong in minutes or registries: C0 and C1 controls but tab and line feed, DEL, non-characters and bidirectional controls. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g;

/** What a control character is, in Swedish, for the message. */
function describeControl(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<string, string> = {
    '\u0000': 'NUL-tecken, ofta från en fil sparad som UTF-16',
    '\u000B': 'manuell radbrytning från Word, Skift+Enter',
    '\u000C': 'sidbrytning från Word',
    '\uFFFE': 'icke-tecken',
    '\uFFFF': 'icke-tecken',
  };
  const name = names[char] ?? (/[\u202A-\u202E\u2066-\u2069]/.test(char) ? 'riktningstecken som vänder texten' : 'styrtecken');
  return `${code} (${name})`;
}

/** How many control characters one file reports one by one; the rest are counted in the last message. */
export const CONTROL_REPORT_LIMIT = 20;

/** Reports invisible control characters, each at its line and column (the first {@link CONTROL_REPORT_LIMIT}; the rest are counted). */
export function checkControlCharacters(text: string, report: FileReporter): void {
  let reported = 0;
  let more = 0;
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(CONTROL)) {
      if (reported >= CONTROL_REPORT_LIMIT) {
        more++;
        continue;
      }
      reported++;
      const column = [...line.slice(0, match.index)].length + 1;
      report.report(
        fileControlCharacter,
        { line: index + 1, column },
        `Ett osynligt tecken, ${describeControl(match[0])}, står här; det kan inte publiceras. Ta bort det, eller byt det mot en vanlig radbrytning eller ett mellanslag.`,
        { actual: match[0] },
      );
    }
  });
  if (more > 0) {
    report.report(
      fileControlCharacter,
      START,
      `Filen har ${more} fler osynliga styrtecken utöver de ${CONTROL_REPORT_LIMIT} som anges här. Sök efter dem i en editor som visar osynliga tecken.`,
    );
  }
}
