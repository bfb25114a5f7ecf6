/**
 * Rules: the file itself. It is UTF-8 text, has no invisible control
 * characters, is not empty or unusually large, is named `YYYY-MM-DD-name.md`,
 * is the only file of its meeting, and sits in the minutes folder with
 * nothing unpublished beside it. Also the runner's own messages, for a file
 * whose check failed or ran out of time.
 */
import { START } from '../../core/diagnostics.ts';
import { dateOfMinutesFile } from '../../core/minutes-files.ts';
import { CONTROL_CHARACTERS, describeControl } from '../../core/text.ts';
import type { FailureSubject, FolderSubject, MinutesSubject, PublishedSubject, SourceSubject } from '../subjects.ts';
import { EXAMPLE_BODY, EXAMPLE_FRONT_MATTER, EXAMPLE_MINUTES, meeting } from './example-archive.ts';
import { defineRule } from './rule.ts';

/** Minutes larger than this get a warning: they are usually pasted images or duplicated text. */
export const LARGE_FILE_BYTES = 1024 * 1024;

/** `file-encoding` */
export const fileEncoding = defineRule<SourceSubject>(
  {
    id: 'file-encoding',
    severity: 'error',
    phase: 'source',
    when: 'Filen är inte sparad som UTF-8 (till exempel Windows-1252/ANSI eller UTF-16). Meddelandet pekar ut det första tecknet som inte kan läsas.',
    fix: 'Spara om filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8; i VS Code: Spara med kodning → UTF-8), så blir å, ä och ö rätt.',
    examples: [
      {
        files: { [EXAMPLE_MINUTES]: new Uint8Array([...new TextEncoder().encode(meeting().slice(0, 48)), 0xe4, 0x0a]) },
        message: '3:5: Filen är inte sparad som UTF-8: byten 0xE4 är inte giltig UTF-8 (i Windows-1252 vore det "ä"',
      },
    ],
  },
  (file, report) => {
    const problem = file.encoding;
    if (!problem) return;
    if (problem.kind === 'utf-16') {
      report(problem.place, 'Filen är sparad som UTF-16; förväntade UTF-8.');
      return;
    }
    const byte = `0x${(problem.byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    report(
      problem.place,
      `Filen är inte sparad som UTF-8: byten ${byte} är inte giltig UTF-8 (i Windows-1252 vore det "${problem.asWindows1252}", så filen är troligen sparad som Windows-1252/ANSI).`,
    );
  },
);

/** `file-control-character` */
export const fileControlCharacter = defineRule<SourceSubject>(
  {
    id: 'file-control-character',
    severity: 'error',
    phase: 'source',
    when: 'Ett osynligt styrtecken i texten: en manuell radbrytning eller sidbrytning från Word, ett NUL-tecken, ett riktningstecken som vänder texten eller ett annat tecken som inte hör hemma i text.',
    fix: 'Ta bort tecknet, eller byt det mot en vanlig radbrytning eller ett mellanslag (det syns inte: markera från kolumnen före till kolumnen efter och skriv om texten).',
    examples: [
      {
        files: { [EXAMPLE_MINUTES]: meeting(undefined, EXAMPLE_BODY.replace('först på', 'först\u000bpå')) },
        message: '13:19: Ett osynligt tecken, U+000B (manuell radbrytning från Word, Skift+Enter), står här; det kan inte publiceras.',
      },
    ],
  },
  (file, report) => {
    if (file.text === undefined) return;
    file.text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(CONTROL_CHARACTERS)) {
        const column = [...line.slice(0, match.index)].length + 1;
        report({ line: index + 1, column }, `Ett osynligt tecken, ${describeControl(match[0])}, står här; det kan inte publiceras.`, {
          actual: match[0],
        });
      }
    });
  },
);

/** A surrogate without its other half: a broken emoji, which no page, feed or search index can carry. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `control-character-encoded` */
export const controlCharacterEncoded = defineRule<PublishedSubject>(
  {
    id: 'control-character-encoded',
    severity: 'error',
    phase: 'published',
    when: 'Ett osynligt styrtecken, ett riktningstecken eller ett halvt tecken (en ensam surrogat) skrivet som escape-sekvens i YAML ("\\x01", "\\u202E", "\\ud800", "\\e") eller som teckenreferens i texten (&#x202E;): filen ser ren ut, men tecknet publiceras och kan göra flödet ogiltigt eller vända texten.',
    fix: 'Ta bort escape-sekvensen eller teckenreferensen (eller skriv det tecken som var menat).',
    examples: [
      {
        files: { [EXAMPLE_MINUTES]: meeting(undefined, EXAMPLE_BODY.replace('## Vaccinationsläget', '## Vaccinationsläget &#x202E;')) },
        message:
          '11:22: Ett osynligt tecken, U+202E (riktningstecken som vänder texten), står här skrivet som escape-sekvens eller teckenreferens; det kan inte publiceras.',
      },
      {
        files: {
          [EXAMPLE_MINUTES]: meeting(EXAMPLE_FRONT_MATTER.replace('title: Socialchefsnätverket 2 mars 2021', 'title: "Möte \\ud800 x"')),
        },
        message:
          '2:8: Ett halvt tecken, U+D800 (en ensam surrogat, ofta en trasig emoji), står här skrivet som escape-sekvens eller teckenreferens; det kan inte publiceras.',
      },
    ],
  },
  (subject, report) => {
    const lines = subject.text.split('\n');
    const seen = new Set<string>();
    for (const piece of subject.published) {
      for (const pattern of [CONTROL_CHARACTERS, LONE_SURROGATE]) {
        for (const match of piece.text.matchAll(pattern)) {
          const place = piece.placeAt(match.index);
          // Written as itself, the character is file-control-character's (the line as written holds it).
          if (lines[place.line - 1]?.includes(match[0])) continue;
          const key = `${place.line}:${place.column}:${match[0]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const what =
            pattern === LONE_SURROGATE
              ? `Ett halvt tecken, U+${match[0].charCodeAt(0).toString(16).toUpperCase()} (en ensam surrogat, ofta en trasig emoji)`
              : `Ett osynligt tecken, ${describeControl(match[0])}`;
          report(place, `${what}, står här skrivet som escape-sekvens eller teckenreferens; det kan inte publiceras.`, {
            actual: match[0],
          });
        }
      }
    }
  },
);

/** `file-large` */
export const fileLarge = defineRule<SourceSubject>(
  {
    id: 'file-large',
    severity: 'warning',
    phase: 'source',
    when: 'Filen är större än 1 MB.',
    fix: 'Kontrollera att den inte innehåller inklistrade bilder eller dubblerad text.',
    examples: [
      {
        files: {
          [EXAMPLE_MINUTES]: meeting(undefined, `${EXAMPLE_BODY}\n${'Vaccinet ges först på särskilda boenden. '.repeat(26_000)}\n`),
        },
        message: '1:1: Filen är ovanligt stor (1,1 MB; minnesanteckningar brukar vara under 50 kB).',
      },
    ],
  },
  (file, report) => {
    if (file.text === undefined || file.bytes <= LARGE_FILE_BYTES) return;
    const mb = (file.bytes / 1024 / 1024).toFixed(1).replace('.', ',');
    report(START, `Filen är ovanligt stor (${mb} MB; minnesanteckningar brukar vara under 50 kB).`);
  },
);

/** `file-empty` */
export const fileEmpty = defineRule<MinutesSubject>(
  {
    id: 'file-empty',
    severity: 'error',
    phase: 'minutes',
    when: 'Filen är tom.',
    fix: 'Skriv mötet i filen (eller skapa det med npm run new -- ÅÅÅÅ-MM-DD), eller ta bort filen.',
    examples: [{ files: { [EXAMPLE_MINUTES]: '\n' }, message: '1:1: Filen är tom.' }],
  },
  (file, report) => {
    if (file.parsed.frontMatterProblem?.kind !== 'empty') return;
    report(START, 'Filen är tom. Förväntade front matter (mellan två rader med ---) och sedan dagordningspunkter som ## rubriker.');
  },
);

/** `file-ignored` */
export const fileIgnored = defineRule<FolderSubject>(
  {
    id: 'file-ignored',
    severity: 'warning',
    phase: 'folder',
    when: 'En fil eller mapp i minutes/ som varken är minnesanteckningar (.md) eller ett register, eller ett möte vars namn börjar med en punkt (en dold fil).',
    fix: 'Importera Word- och textfiler med npm run import; flytta andra filer därifrån.',
    examples: [
      { files: { 'minutes/anteckningar.docx': 'PK' }, message: '1:1: Filen tas inte med i arkivet: förväntade minnesanteckningar (.md)' },
      { files: { 'minutes/.2021-06-01-a.md': meeting() }, message: '1:1: Filen tas inte med i arkivet: namnet börjar med en punkt' },
    ],
  },
  (folder, report) => {
    for (const entry of folder.others) {
      const file = entry.path;
      if (entry.folder) {
        if (entry.hidden) continue; // .git and the like
        report(START, `Mappen läses inte: minnesanteckningar ska ligga direkt i ${folder.dir}/.`, {
          file,
          note: 'Flytta filerna dit eller ta bort mappen.',
        });
      } else if (entry.hidden) {
        if (!file.toLowerCase().endsWith('.md')) continue; // .gitkeep, .DS_Store: conventions of other tools
        report(START, 'Filen tas inte med i arkivet: namnet börjar med en punkt, så den är dold.', {
          file,
          note: 'Ta bort punkten först i namnet om filen är ett möte, annars flytta den härifrån.',
        });
      } else {
        report(START, 'Filen tas inte med i arkivet: förväntade minnesanteckningar (.md) eller agencies.yml/topics.yml.', {
          file,
          note: 'Importera Word- och textfiler med npm run import, eller flytta filen härifrån.',
        });
      }
    }
  },
);

/** `file-name` */
export const fileNameRule = defineRule<MinutesSubject>(
  {
    id: 'file-name',
    severity: 'error',
    phase: 'minutes',
    when: 'Filnamnet följer inte mönstret ÅÅÅÅ-MM-DD-namn.md.',
    fix: 'Döp om filen, till exempel till 2021-01-19-socialchefsnatverket.md (datumet först, sedan små bokstäver a–z, siffror och bindestreck).',
    examples: [
      {
        files: { 'minutes/möte 2 mars.md': meeting() },
        message: '1:1: Filnamnet "möte 2 mars.md" följer inte mönstret ÅÅÅÅ-MM-DD-namn.md.',
      },
    ],
  },
  (file, report) => {
    if (file.findings.fileName.date !== undefined) return;
    const name = file.findings.fileName.name;
    report(START, `Filnamnet "${name}" följer inte mönstret ÅÅÅÅ-MM-DD-namn.md.`, { expected: ['ÅÅÅÅ-MM-DD-namn.md'], actual: name });
  },
);

/** `meeting-duplicate` */
export const meetingDuplicate = defineRule<FolderSubject>(
  {
    id: 'meeting-duplicate',
    severity: 'error',
    phase: 'folder',
    when: 'Två filer för samma datum, också när namnen bara skiljer sig i stora och små bokstäver.',
    fix: 'Behåll en fil per möte: slå ihop filerna, eller rätta datumet i den ena.',
    examples: [
      {
        files: { 'minutes/2021-03-02-extra.md': meeting() },
        file: EXAMPLE_MINUTES,
        message: '1:1: Två filer för samma möte den 2021-03-02 (minutes/2021-03-02-extra.md:1:1).',
      },
    ],
  },
  (folder, report) => {
    const byDate = new Map<string, string[]>();
    for (const { path } of folder.minutes) {
      const date = dateOfMinutesFile(path);
      if (date) byDate.set(date, [...(byDate.get(date) ?? []), path]);
    }
    for (const [date, [first, ...others]] of byDate) {
      for (const other of others) {
        const caseOnly = first!.toLowerCase() === other.toLowerCase();
        report(
          START,
          caseOnly
            ? `Två filer för samma möte den ${date}: namnen skiljer sig bara i stora och små bokstäver, och på Windows och macOS är de samma fil.`
            : `Två filer för samma möte den ${date}.`,
          { file: other, related: [{ file: first!, ...START }] },
        );
      }
    }
  },
);

/** `file-failed` */
export const fileFailed = defineRule<FailureSubject>(
  {
    id: 'file-failed',
    severity: 'error',
    phase: 'failure',
    when: 'Kontrollen kunde inte läsa filen till slut: något i den fick verktyget att avbryta. Det är ett fel i verktyget, men filen publiceras inte förrän det är löst.',
    fix: 'Förenkla ovanliga konstruktioner (mycket långa rader, djupt inbäddade listor, inklistrad kod), eller rapportera felet med filen bifogad.',
    examples: [{ files: { [EXAMPLE_MINUTES]: meeting() }, fault: 'throw', message: '1:1: Filen kunde inte kontrolleras till slut (' }],
  },
  (failure, report) => {
    if (failure.kind !== 'failed') return;
    report(
      START,
      `Filen kunde inte kontrolleras till slut (${failure.reason}). Det är ett fel i verktyget, men filen publiceras inte förrän det är löst.`,
    );
  },
);

/** `file-timeout` */
export const fileTimeout = defineRule<FailureSubject>(
  {
    id: 'file-timeout',
    severity: 'error',
    phase: 'failure',
    when: 'Kontrollen av filen tog längre tid än gränsen (10 sekunder) och avbröts. Vissa konstruktioner, till exempel tusentals oavslutade länkar [a]( eller * i rad, gör Markdown-läsaren mycket långsam.',
    fix: 'Leta efter långa rader med många [, ( eller * och förenkla dem, eller dela upp filen.',
    examples: [
      { files: { [EXAMPLE_MINUTES]: meeting() }, fault: 'timeout', message: '1:1: Kontrollen av filen avbröts efter 10 sekunder.' },
    ],
  },
  (failure, report) => {
    if (failure.kind !== 'timeout') return;
    const seconds = `Kontrollen av filen avbröts efter ${Math.round(failure.limitMs / 1000)} sekunder.`;
    // A large file is slow because it is large: blaming its brackets would send her looking for nothing.
    if (failure.bytes !== undefined && failure.bytes >= LARGE_FILE_BYTES) {
      const mb = (failure.bytes / 1024 / 1024).toFixed(1).replace('.', ',');
      report(START, `${seconds} Filen är ${mb} MB, för stor för att hinna kontrolleras (minnesanteckningar brukar vara under 50 kB).`, {
        note: 'Dela upp filen, ett möte per fil, eller ta bort inklistrad text, bilder och dubbletter.',
      });
      return;
    }
    report(
      START,
      `${seconds} Något i texten gör Markdown-läsaren mycket långsam, till exempel långa rader med tusentals [, ( eller * i rad.`,
    );
  },
);

/** The rules of this family, in the guide's order. */
export const RULES = [
  fileEncoding,
  fileControlCharacter,
  controlCharacterEncoded,
  fileEmpty,
  fileLarge,
  fileIgnored,
  fileNameRule,
  meetingDuplicate,
  fileFailed,
  fileTimeout,
];
