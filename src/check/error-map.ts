/**
 * Turns schema failures into friendly messages, one per field, at the field's
 * place in the file. The wording is pinned by tests in `test/validate.test.ts`.
 */
import type { z } from 'zod';
import { type Diagnostic, error } from '../core/diagnostics.ts';
import { RULE } from './schema.ts';
import { meantHint } from '../core/suggest.ts';
import { placeOf, type YamlData } from './yaml.ts';

/** What a field should hold, with an example, for the messages. */
export interface FieldHelp {
  expected: string;
  example: string;
}

/** Help for every front matter field, by path pattern (`*` stands for a list index or item anchor). */
export const FRONT_MATTER_HELP: Record<string, FieldHelp> = {
  '': { expected: 'fält med värden (title: …, date: …)', example: 'title: Socialchefsnätverket 19 januari 2021' },
  title: { expected: 'mötets rubrik', example: 'title: Socialchefsnätverket 19 januari 2021' },
  date: { expected: 'ett datum skrivet ÅÅÅÅ-MM-DD', example: 'date: 2021-01-19' },
  speakers: { expected: 'en lista med personer, var och en med name och agency', example: 'speakers:\n  - name: Anders Tegnell\n    agency: FoHM' },
  'speakers.*': { expected: 'en person med name och agency', example: '  - name: Anders Tegnell\n    agency: FoHM' },
  'speakers.*.name': { expected: 'personens namn som i rubrikerna', example: 'name: Anders Tegnell' },
  'speakers.*.agency': { expected: 'en aktör från agencies.yml', example: 'agency: FoHM' },
  agencies: { expected: 'en lista med aktörer från agencies.yml', example: 'agencies: [Socialstyrelsen, SKR, FoHM]' },
  'agencies.*': { expected: 'en aktör från agencies.yml', example: 'agencies: [Socialstyrelsen, SKR, FoHM]' },
  topics: { expected: 'en lista med ämnen från topics.yml', example: 'topics: [Vaccination, Besöksförbud]' },
  'topics.*': { expected: 'ett ämne från topics.yml', example: 'topics: [Vaccination, Besöksförbud]' },
  items: { expected: 'inställningar per dagordningspunkt, med punktens ankare som nyckel', example: 'items:\n  besoksforbud:\n    topics: [Besöksförbud]' },
  'items.*': { expected: 'inställningar för en dagordningspunkt (topics)', example: '  besoksforbud:\n    topics: [Besöksförbud]' },
  'items.*.topics': { expected: 'en lista med ämnen från mötets topics', example: 'topics: [Besöksförbud]' },
};

const REGISTRY_COMMON: Record<string, FieldHelp> = {
  '': { expected: 'en lista där varje post börjar med "- id: …"', example: '- id: fohm\n  name: Folkhälsomyndigheten' },
  '*': { expected: 'en post med id och name', example: '- id: fohm\n  name: Folkhälsomyndigheten' },
  '*.id': { expected: 'ett id med små bokstäver a–z, siffror och bindestreck', example: 'id: fohm' },
  '*.name': { expected: 'namnet som det ska visas', example: 'name: Folkhälsomyndigheten' },
  '*.aliases': { expected: 'en lista med andra skrivsätt', example: 'aliases: [FHM]' },
  '*.aliases.*': { expected: 'ett annat skrivsätt', example: 'aliases: [FHM]' },
};

/** Help for the fields of `agencies.yml`. */
export const AGENCY_HELP: Record<string, FieldHelp> = {
  ...REGISTRY_COMMON,
  '*.short': { expected: 'ett kort namn', example: 'short: FoHM' },
  '*.website': { expected: 'en adress som börjar med https://', example: 'website: https://www.folkhalsomyndigheten.se/' },
  '*.emails': { expected: 'en lista med publicerade e-postadresser', example: 'emails: [registrator@example.se]' },
  '*.emails.*': { expected: 'en e-postadress', example: 'emails: [registrator@example.se]' },
};

/** Help for the fields of `topics.yml`. */
export const TOPIC_HELP: Record<string, FieldHelp> = {
  ...REGISTRY_COMMON,
  '*': { expected: 'en post med id, name och description', example: '- id: besoksforbud\n  name: Besöksförbud' },
  '*.id': { expected: 'ett id med små bokstäver a–z, siffror och bindestreck', example: 'id: besoksforbud' },
  '*.name': { expected: 'ämnets namn som det ska visas', example: 'name: Besöksförbud' },
  '*.description': { expected: 'en mening om vad ämnet omfattar', example: 'description: Tillfälliga lokala besöksförbud.' },
  '*.signals': { expected: 'en lista med signalord', example: 'signals: [besöksförbud]' },
  '*.signals.*': { expected: 'ett signalord', example: 'signals: [besöksförbud]' },
};

/** Where the messages are about: the file, its YAML, and the help table and rule prefix that fit it. */
export interface SchemaContext {
  file: string;
  yaml: YamlData;
  help: Record<string, FieldHelp>;
  /** `front-matter` or `registry`; rule ids become `front-matter-unknown-field` and so on. */
  rulePrefix: string;
}

/** One diagnostic per schema issue, placed at the field it is about. */
export function schemaDiagnostics(issues: readonly z.core.$ZodIssue[], context: SchemaContext): Diagnostic[] {
  return issues.flatMap((issue) => describeIssue(issue, context));
}

function describeIssue(issue: z.core.$ZodIssue, context: SchemaContext): Diagnostic[] {
  const { file, yaml, rulePrefix } = context;
  const path = issue.path.map(String);
  const field = path.map((p) => (/^\d+$/.test(p) ? `post ${Number(p) + 1}` : p)).join(' → ') || 'front matter';
  const help = helpFor(path, context.help);
  const found = describeValue(valueAt(yaml.data, path));

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(path, context.help);
    return issue.keys.map((key) =>
      error(
        file,
        placeOf(yaml, [...path, key], 'key'),
        `${rulePrefix}-unknown-field`,
        `Okänt fält "${key}".${meantHint(key, allowed)} Tillåtna fält här: ${allowed.join(', ')}.`,
      ),
    );
  }
  const place = placeOf(yaml, path);
  if (issue.code === 'invalid_type' && valueAt(yaml.data, path) === undefined) {
    return [
      error(file, placeOf(yaml, path.slice(0, -1)), `${rulePrefix}-missing-field`, `Fältet "${field}" saknas: förväntade ${help.expected}. Lägg till till exempel:\n    ${indent(help.example)}`),
    ];
  }
  if (issue.code === 'invalid_type') {
    return [error(file, place, `${rulePrefix}-invalid`, `Fältet "${field}" ska vara ${help.expected}, men är ${found}. Skriv till exempel:\n    ${indent(help.example)}`)];
  }
  if (issue.code === 'too_small') {
    return [error(file, place, `${rulePrefix}-invalid`, `Fältet "${field}" är tomt; förväntade ${help.expected}, till exempel:\n    ${indent(help.example)}`)];
  }
  if (issue.message === RULE.dateFormat) {
    const hint = /^\d{1,2} \p{L}+ \d{4}$/u.test(String(valueAt(yaml.data, path))) ? ' Skriv datumet med siffror: år-månad-dag.' : '';
    return [error(file, place, 'date-format', `Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-19, men är ${found}.${hint}`)];
  }
  if (issue.message === RULE.dateInvalid) {
    return [error(file, place, 'date-invalid', `Datumet ${found} finns inte i kalendern. Kontrollera månad och dag.`)];
  }
  if (issue.message === RULE.idFormat) {
    return [error(file, place, `${rulePrefix}-invalid`, `Fältet "${field}" ska vara ${help.expected} (till exempel ${help.example}), men är ${found}.`)];
  }
  if (issue.message === RULE.websiteFormat) {
    return [error(file, place, `${rulePrefix}-invalid`, `Fältet "${field}" ska vara ${help.expected}, men är ${found}. Utelämna fältet om du inte vet adressen.`)];
  }
  return [error(file, place, `${rulePrefix}-invalid`, `Fältet "${field}" ska vara ${help.expected}, men är ${found}.`)];
}

/** The help entry for a path, matching list indices and record keys against `*`. */
function helpFor(path: readonly string[], table: Record<string, FieldHelp>): FieldHelp {
  const patterns = [path.join('.'), path.map((p, i) => (/^\d+$/.test(p) || (i === 1 && path[0] === 'items') ? '*' : p)).join('.')];
  for (const pattern of patterns) {
    const entry = table[pattern];
    if (entry) return entry;
  }
  return { expected: 'ett giltigt värde', example: '' };
}

/** The field names allowed in the mapping at `path`, from the help table. */
function allowedKeys(path: readonly string[], table: Record<string, FieldHelp>): string[] {
  const prefix = path.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.');
  const depth = path.length;
  return Object.keys(table)
    .filter((k) => k !== '' && k.split('.').length === depth + 1 && (depth === 0 || k.startsWith(`${prefix}.`)))
    .map((k) => k.split('.').at(-1) ?? k)
    .filter((k) => k !== '*');
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Describes a value in Swedish for "men är …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'tomt';
  if (Array.isArray(value)) return 'en lista';
  if (value !== null && typeof value === 'object') return 'en uppsättning fält';
  if (value === '') return 'tomt';
  const shown = String(value);
  return `"${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}"`;
}

function indent(example: string): string {
  return example.replace(/\n/g, '\n    ');
}
