/**
 * Turns schema failures into friendly messages, one per field, at the field's
 * place in the file. What a field should hold, and the fields a mapping
 * allows, come from the schema itself (`schema.ts`). The wording is pinned by
 * tests in `test/check/validate.test.ts`.
 */
import type { z } from 'zod';
import type { FileReporter } from '../core/diagnostics.ts';
import { didYouMean } from '../core/suggest.ts';
import { dateFormat, dateInvalid } from './rules/front-matter.ts';
import type { Rule } from './rules/rule.ts';
import { allowedFields, fieldHelp, RULE } from './schema.ts';
import { placeOf, type YamlData } from './yaml.ts';

/** The rules a schema's failures are reported as: the front matter's or a registry's. */
export interface SchemaRules {
  unknownField: Rule;
  missingField: Rule;
  invalid: Rule;
}

/** What the messages are about: the file's reporter, its YAML, the schema it was checked against and the rules to report. */
export interface SchemaContext {
  report: FileReporter;
  yaml: YamlData;
  /** The schema of the whole YAML document (the help and allowed fields are looked up in it). */
  schema: z.ZodType;
  rules: SchemaRules;
}

/** Reports one diagnostic per schema issue, placed at the field it is about. */
export function reportSchemaIssues(issues: readonly z.core.$ZodIssue[], context: SchemaContext): void {
  for (const issue of issues) reportIssue(issue, context);
}

function reportIssue(issue: z.core.$ZodIssue, context: SchemaContext): void {
  const { yaml, rules, schema } = context;
  const report = context.report.report;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const field = path.map((p) => (typeof p === 'number' || /^\d+$/.test(p) ? `post ${Number(p) + 1}` : p)).join(' → ') || 'front matter';
  const help = fieldHelp(schema, path);
  const value = valueAt(yaml.data, path);
  const found = describeValue(value);
  const actual = typeof value === 'string' ? { actual: value } : {};

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedFields(schema, path);
    for (const key of issue.keys) {
      const guess = didYouMean(key, allowed);
      report(
        rules.unknownField,
        placeOf(yaml, [...path, key], 'key'),
        `Okänt fält "${key}".${guess ? ` Menade du "${guess}"?` : ''} Tillåtna fält här: ${allowed.join(', ')}.`,
        {
          expected: allowed,
          actual: key,
        },
      );
    }
    return;
  }
  const place = placeOf(yaml, path);
  const expected = { expected: [help.example] };
  if (issue.code === 'invalid_type' && value === undefined) {
    report(
      rules.missingField,
      placeOf(yaml, path.slice(0, -1)),
      `Fältet "${field}" saknas: förväntade ${help.expected}. Lägg till till exempel:\n    ${indent(help.example)}`,
      expected,
    );
  } else if (issue.code === 'invalid_type') {
    report(
      rules.invalid,
      place,
      `Fältet "${field}" ska vara ${help.expected}, men är ${found}. Skriv till exempel:\n    ${indent(help.example)}`,
      { ...expected, ...actual },
    );
  } else if (issue.code === 'too_small') {
    report(
      rules.invalid,
      place,
      `Fältet "${field}" är tomt; förväntade ${help.expected}, till exempel:\n    ${indent(help.example)}`,
      expected,
    );
  } else if (issue.message === RULE.dateFormat) {
    const hint = /^\d{1,2} \p{L}+ \d{4}$/u.test(String(value)) ? ' Skriv datumet med siffror: år-månad-dag.' : '';
    report(dateFormat, place, `Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-19, men är ${found}.${hint}`, {
      expected: ['ÅÅÅÅ-MM-DD'],
      ...actual,
    });
  } else if (issue.message === RULE.dateInvalid) {
    report(dateInvalid, place, `Datumet ${found} finns inte i kalendern. Kontrollera månad och dag.`, actual);
  } else if (issue.message === RULE.idFormat) {
    report(rules.invalid, place, `Fältet "${field}" ska vara ${help.expected} (till exempel ${help.example}), men är ${found}.`, {
      ...expected,
      ...actual,
    });
  } else if (issue.message === RULE.websiteFormat) {
    report(rules.invalid, place, `Fältet "${field}" ska vara ${help.expected}, men är ${found}. Utelämna fältet om du inte vet adressen.`, {
      ...expected,
      ...actual,
    });
  } else {
    report(rules.invalid, place, `Fältet "${field}" ska vara ${help.expected}, men är ${found}.`, { ...expected, ...actual });
  }
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
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
