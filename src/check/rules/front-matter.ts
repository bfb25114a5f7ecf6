/**
 * Rules: the front matter. It is present and closed, YAML and nothing else,
 * a mapping with the fields of the schema (`schema.ts`), and its date is a
 * real date equal to the one in the file name.
 */
import { type MeetingContext, placeIn } from '../context.ts';
import type { SchemaRules } from '../error-map.ts';
import { defineRule } from './rule.ts';

/** `front-matter-missing` */
export const frontMatterMissing = defineRule({
  id: 'front-matter-missing',
  severity: 'error',
  when: 'Rad 1 är inte ---.',
  fix: 'Börja filen med --- och front matter (uppgifterna om mötet), och avsluta den med en rad med ---.',
  example: 'Filen börjar med "## Lägesrapport" i stället för ---.',
});

/** `front-matter-unclosed` */
export const frontMatterUnclosed = defineRule({
  id: 'front-matter-unclosed',
  severity: 'error',
  when: 'Front matter avslutas aldrig med en rad med bara ---.',
  fix: 'Lägg till raden --- före den första rubriken.',
  example: '---\ntitle: Socialchefsnätverket 2 mars 2021\n## Lägesrapport',
});

/** `front-matter-language` */
export const frontMatterLanguage = defineRule({
  id: 'front-matter-language',
  severity: 'error',
  when: 'Första raden är ---js, ---javascript eller något annat än ---. Sådant körs aldrig.',
  fix: 'Ändra första raden till bara --- och skriv front matter som namn: värde.',
  example: '---js',
});

/** `front-matter-yaml` */
export const frontMatterYaml = defineRule({
  id: 'front-matter-yaml',
  severity: 'error',
  when: 'Front matter kan inte läsas: ett kolon, ett citattecken eller en ] saknas, indraget är fel eller ett fält står två gånger.',
  fix: 'Rätta raden som meddelandet pekar ut; meddelandet säger vad som saknas.',
  example: 'topics: [Vaccination, Besöksförbud',
});

/** `front-matter-not-mapping` */
export const frontMatterNotMapping = defineRule({
  id: 'front-matter-not-mapping',
  severity: 'error',
  when: 'Front matter är en lista eller en ensam text i stället för fält.',
  fix: 'Skriv ett fält per rad: title: …, date: … och så vidare.',
  example: '---\n- Vaccination\n---',
});

/** `front-matter-unknown-field` */
export const frontMatterUnknownField = defineRule({
  id: 'front-matter-unknown-field',
  severity: 'error',
  when: 'Ett fält som inte finns, ofta ett stavfel (tpoics). Meddelandet föreslår rätt namn.',
  fix: 'Rätta fältnamnet; tillåtna fält är title, date, speakers, agencies, topics och items.',
  example: 'tpoics: [Vaccination]',
});

/** `front-matter-missing-field` */
export const frontMatterMissingField = defineRule({
  id: 'front-matter-missing-field',
  severity: 'error',
  when: 'title eller date saknas, eller en talare saknar name eller agency.',
  fix: 'Lägg till fältet; meddelandet visar ett exempel.',
  example: 'speakers:\n  - name: Anders Tegnell',
});

/** `front-matter-invalid` */
export const frontMatterInvalid = defineRule({
  id: 'front-matter-invalid',
  severity: 'error',
  when: 'Ett fält har fel sorts värde, till exempel text där en lista ska stå, eller en tom rubrik.',
  fix: 'Skriv värdet som i exemplet i meddelandet.',
  example: 'topics: Vaccination och Besöksförbud',
});

/** `date-format` */
export const dateFormat = defineRule({
  id: 'date-format',
  severity: 'error',
  when: 'Datumet är inte skrivet ÅÅÅÅ-MM-DD.',
  fix: 'Skriv datumet med siffror, till exempel 2021-03-02.',
  example: 'date: 2 mars 2021',
});

/** `date-invalid` */
export const dateInvalid = defineRule({
  id: 'date-invalid',
  severity: 'error',
  when: 'Datumet finns inte i kalendern (2021-02-30).',
  fix: 'Kontrollera månad och dag.',
  example: 'date: 2021-02-30',
});

/** `date-filename-mismatch` */
export const dateFilenameMismatch = defineRule({
  id: 'date-filename-mismatch',
  severity: 'error',
  when: 'Datumet är inte detsamma som i filnamnet.',
  fix: 'Rätta datumet eller döp om filen.',
  example: 'date: 2021-03-03 i filen 2021-03-02-socialchefsnatverket.md',
});

/** The rules of this family, in the guide's order. */
export const RULES = [
  frontMatterMissing,
  frontMatterUnclosed,
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

/** The rules the front matter's schema failures are reported as. */
export const FRONT_MATTER_RULES: SchemaRules = {
  unknownField: frontMatterUnknownField,
  missingField: frontMatterMissingField,
  invalid: frontMatterInvalid,
};

/** Reports a front matter date that differs from the one the file name gives. */
export function checkDateMatchesFileName(date: string, dateInName: string | undefined, context: MeetingContext): void {
  if (dateInName === undefined || dateInName === date) return;
  context.report(
    dateFilenameMismatch,
    placeIn(context, ['date']),
    `Datumet ${date} stämmer inte med filnamnet, som börjar med ${dateInName}. Rätta datumet eller döp om filen så att de är lika.`,
    { expected: [dateInName], actual: date },
  );
}
