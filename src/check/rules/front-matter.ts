/**
 * Rules: the front matter. It is present and closed, YAML and nothing else,
 * a mapping with the fields of the schema (`schema.ts`), and its date is a
 * real date equal to the one in the file name.
 */
import { START } from '../../core/diagnostics.ts';
import type { SchemaProblemKind } from '../error-map.ts';
import type { MinutesSubject } from '../subjects.ts';
import { EXAMPLE_BODY, EXAMPLE_FRONT_MATTER, meeting } from './example-archive.ts';
import { defineRule, type Report } from './rule.ts';

/** Reports the front matter's schema problems of `kind`. */
function reportSchema(kind: SchemaProblemKind) {
  return (file: MinutesSubject, report: Report) => {
    for (const problem of file.findings.schema) {
      if (problem.kind !== kind) continue;
      report(problem.place, problem.reason, {
        ...(problem.note ? { note: problem.note } : {}),
        ...(problem.expected?.length ? { expected: problem.expected } : {}),
        ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
      });
    }
  };
}

const front = (replace: string, by: string) => meeting(EXAMPLE_FRONT_MATTER.replace(replace, by));

/** `front-matter-missing` */
export const frontMatterMissing = defineRule<MinutesSubject>(
  {
    id: 'front-matter-missing',
    severity: 'error',
    phase: 'minutes',
    when: 'Rad 1 är inte ---.',
    fix: 'Börja filen med --- och front matter (uppgifterna om mötet: title, date, speakers, agencies och topics), och avsluta den med en rad med ---.',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': EXAMPLE_BODY },
        message: '1:1: Förväntade front matter som börjar med --- på rad 1',
      },
    ],
  },
  (file, report) => {
    const problem = file.parsed.frontMatterProblem;
    if (problem?.kind !== 'missing') return;
    report(START, `Förväntade front matter som börjar med --- på rad 1, men raden är ${JSON.stringify(problem.firstLine.slice(0, 60))}.`, {
      actual: problem.firstLine,
    });
  },
);

/** `front-matter-unclosed` */
export const frontMatterUnclosed = defineRule<MinutesSubject>(
  {
    id: 'front-matter-unclosed',
    severity: 'error',
    phase: 'minutes',
    when: 'Front matter avslutas aldrig med en rad med bara ---.',
    fix: 'Lägg till raden --- före den första rubriken.',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': `---\n${EXAMPLE_FRONT_MATTER}\n\n${EXAMPLE_BODY}` },
        message: '1:1: Front matter som börjar på rad 1 avslutas aldrig: förväntade en rad med bara --- efter fälten.',
      },
    ],
  },
  (file, report) => {
    if (file.parsed.frontMatterProblem?.kind !== 'unclosed') return;
    report(START, 'Front matter som börjar på rad 1 avslutas aldrig: förväntade en rad med bara --- efter fälten.');
  },
);

/** `front-matter-repeated` */
export const frontMatterRepeated = defineRule<MinutesSubject>(
  {
    id: 'front-matter-repeated',
    severity: 'error',
    phase: 'minutes',
    when: 'En andra front matter-del i texten: en rad ---, fält (title: …, date: …) och en rad ---. Den skulle bli en dagordningspunkt med fälten som rubrik.',
    fix: 'Flytta de fält som behövs till front matter överst i filen och ta bort den andra delen, eller lägg mötet i en egen fil.',
    examples: [
      {
        files: {
          'minutes/2021-03-02-socialchefsnatverket.md': meeting(
            undefined,
            `${EXAMPLE_BODY}\n---\ntitle: Annat\ndate: 2021-03-03\n---\n\nMer.\n`,
          ),
        },
        message:
          '15:1: En andra front matter-del börjar här, med fälten title och date; den står i texten och skulle bli en dagordningspunkt.',
      },
    ],
  },
  (file, report) => {
    const repeated = file.parsed.repeatedFrontMatter;
    if (!repeated) return;
    const fields =
      repeated.fields.length === 1 ? repeated.fields[0]! : `${repeated.fields.slice(0, -1).join(', ')} och ${repeated.fields.at(-1)!}`;
    report(
      repeated.place,
      `En andra front matter-del börjar här, med ${repeated.fields.length === 1 ? 'fältet' : 'fälten'} ${fields}; den står i texten och skulle bli en dagordningspunkt.`,
      {
        actual: repeated.fields.join(', '),
      },
    );
  },
);

/** `front-matter-language` */
export const frontMatterLanguage = defineRule<MinutesSubject>(
  {
    id: 'front-matter-language',
    severity: 'error',
    phase: 'minutes',
    when: 'Första raden är ---js, ---javascript eller något annat än ---. Sådant körs aldrig.',
    fix: 'Ändra första raden till bara --- och skriv fälten som YAML (title: …).',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': meeting().replace(/^---/, '---js') },
        message: '1:4: Front matter på språket "js" tillåts inte och körs aldrig; förväntade YAML.',
      },
    ],
  },
  (file, report) => {
    const problem = file.parsed.frontMatterProblem;
    if (problem?.kind !== 'language') return;
    report({ line: 1, column: 4 }, `Front matter på språket "${problem.language}" tillåts inte och körs aldrig; förväntade YAML.`, {
      expected: ['yaml'],
      actual: problem.language,
    });
  },
);

/** `front-matter-yaml` */
export const frontMatterYaml = defineRule<MinutesSubject>(
  {
    id: 'front-matter-yaml',
    severity: 'error',
    phase: 'minutes',
    when: 'Front matter kan inte läsas: ett kolon, ett citattecken eller en ] saknas, indraget är fel eller ett fält står två gånger.',
    fix: 'Rätta raden: lägg till det som saknas eller ta bort det som är för mycket.',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': front('topics: [Vaccination]', 'topics: [Vaccination') },
        message: '8:21: YAML kan inte läsas här: listan saknar sitt avslutande ]. Raden är "topics: [Vaccination".',
      },
    ],
  },
  (file, report) => {
    const problem = file.parsed.frontMatterProblem;
    if (problem?.kind !== 'yaml') return;
    for (const error of problem.errors) report(error.place, error.reason, error.line !== undefined ? { actual: error.line } : {});
  },
);

/** `front-matter-not-mapping` */
export const frontMatterNotMapping = defineRule<MinutesSubject>(
  {
    id: 'front-matter-not-mapping',
    severity: 'error',
    phase: 'minutes',
    when: 'Front matter är en lista eller en ensam text i stället för fält.',
    fix: 'Skriv ett fält per rad: namnet, kolon, värdet.',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': meeting('- Vaccination') },
        message: '2:1: Front matter ska vara fält med värden (title: …, date: …), men är en lista.',
      },
    ],
  },
  (file, report) => {
    const problem = file.parsed.frontMatterProblem;
    if (problem?.kind !== 'not-mapping') return;
    report({ line: 2, column: 1 }, `Front matter ska vara fält med värden (title: …, date: …), men är ${problem.found}.`);
  },
);

/** `front-matter-unknown-field` */
export const frontMatterUnknownField = defineRule<MinutesSubject>(
  {
    id: 'front-matter-unknown-field',
    severity: 'error',
    phase: 'minutes',
    when: 'Ett fält som inte finns, ofta ett stavfel (tpoics). Meddelandet föreslår rätt namn.',
    fix: 'Rätta fältnamnet; meddelandet räknar upp de tillåtna fälten.',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': front('topics:', 'tpoics:') },
        message: '8:1: Okänt fält "tpoics". Menade du "topics"? Tillåtna fält här: title, date, speakers, agencies, topics, items.',
      },
    ],
  },
  reportSchema('unknown-field'),
);

/** `front-matter-missing-field` */
export const frontMatterMissingField = defineRule<MinutesSubject>(
  {
    id: 'front-matter-missing-field',
    severity: 'error',
    phase: 'minutes',
    when: 'title eller date saknas, eller en talare saknar name eller agency.',
    fix: 'Lägg till fältet; meddelandet visar ett exempel.',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': front('    agency: FoHM\n', '') },
        message: '5:5: Fältet "speakers → post 1 → agency" saknas: förväntade en aktör från agencies.yml.',
      },
    ],
  },
  reportSchema('missing-field'),
);

/** `front-matter-invalid` */
export const frontMatterInvalid = defineRule<MinutesSubject>(
  {
    id: 'front-matter-invalid',
    severity: 'error',
    phase: 'minutes',
    when: 'Ett fält har fel sorts värde, till exempel text där en lista ska stå, eller en tom rubrik.',
    fix: 'Skriv värdet som i exemplet i meddelandet.',
    examples: [
      {
        files: {
          'minutes/2021-03-02-socialchefsnatverket.md': front(
            'speakers:\n  - name: Anders Tegnell\n    agency: FoHM',
            'speakers: Anders Tegnell',
          ),
        },
        message: '4:11: Fältet "speakers" ska vara en lista med personer, var och en med name och agency, men är "Anders Tegnell".',
      },
    ],
  },
  reportSchema('invalid'),
);

/** `date-format` */
export const dateFormat = defineRule<MinutesSubject>(
  {
    id: 'date-format',
    severity: 'error',
    phase: 'minutes',
    when: 'Datumet är inte skrivet ÅÅÅÅ-MM-DD.',
    fix: 'Skriv datumet med siffror, till exempel 2021-03-02.',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': front('date: 2021-03-02', 'date: 2 mars 2021') },
        message:
          '3:7: Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-19, men är "2 mars 2021". Skriv datumet med siffror: år-månad-dag.',
      },
    ],
  },
  reportSchema('date-format'),
);

/** `date-invalid` */
export const dateInvalid = defineRule<MinutesSubject>(
  {
    id: 'date-invalid',
    severity: 'error',
    phase: 'minutes',
    when: 'Datumet finns inte i kalendern (2021-02-30).',
    fix: 'Kontrollera månad och dag.',
    examples: [
      {
        files: { 'minutes/2021-02-30-socialchefsnatverket.md': front('date: 2021-03-02', 'date: 2021-02-30') },
        message: '3:7: Datumet "2021-02-30" finns inte i kalendern. Kontrollera månad och dag.',
      },
    ],
  },
  reportSchema('date-invalid'),
);

/** `date-filename-mismatch` */
export const dateFilenameMismatch = defineRule<MinutesSubject>(
  {
    id: 'date-filename-mismatch',
    severity: 'error',
    phase: 'minutes',
    when: 'Datumet är inte detsamma som i filnamnet.',
    fix: 'Rätta datumet eller döp om filen så att de är lika.',
    examples: [
      {
        files: { 'minutes/2021-03-02-socialchefsnatverket.md': front('date: 2021-03-02', 'date: 2021-03-03') },
        message: '3:7: Datumet 2021-03-03 stämmer inte med filnamnet, som börjar med 2021-03-02.',
      },
    ],
  },
  (file, report) => {
    const mismatch = file.findings.dateMismatch;
    if (!mismatch) return;
    report(mismatch.place, `Datumet ${mismatch.date} stämmer inte med filnamnet, som börjar med ${mismatch.dateInName}.`, {
      expected: [mismatch.dateInName],
      actual: mismatch.date,
    });
  },
);

/** The rules of this family, in the guide's order. */
export const RULES = [
  frontMatterMissing,
  frontMatterUnclosed,
  frontMatterRepeated,
  frontMatterLanguage,
  frontMatterYaml,
  frontMatterNotMapping,
  frontMatterUnknownField,
  frontMatterMissingField,
  frontMatterInvalid,
  dateFormat,
  dateInvalid,
  dateFilenameMismatch,
];
