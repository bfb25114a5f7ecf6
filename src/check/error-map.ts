/**
 * Turns schema failures into friendly problems, one per field, at the field's
 * place in the file: the generic adapter between zod and the rules, which
 * imports no rule. What a field should hold, and the fields a mapping
 * allows, come from the schema itself (`schema.ts`). The wording is pinned by
 * tests in `test/check/validate.test.ts`.
 */
import type { z } from 'zod';
import type { Position } from '../core/diagnostics.ts';
import { meantHint } from '../core/suggest.ts';
import { siteUrlProblem } from '../core/urls.ts';
import { allowedFields, fieldHelp, RULE } from './schema.ts';
import { placeOf, type YamlData } from './yaml.ts';

/**
 * What kind of schema failure a problem is; the front matter's and the registries' rules each report
 * the kinds they own (`front-matter-unknown-field`, `registry-unknown-field` …).
 */
export type SchemaProblemKind = 'unknown-field' | 'missing-field' | 'invalid' | 'date-format' | 'date-invalid';

/** One schema failure, placed at the field it is about, with its reason and (when more exact than the rule's fix) its note. */
export interface SchemaProblem {
  kind: SchemaProblemKind;
  place: Position;
  reason: string;
  note?: string;
  expected?: string[];
  actual?: string;
}

/** The schema failures of a YAML document as problems, one per field. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], yaml: YamlData, schema: z.ZodType): SchemaProblem[] {
  return issues.flatMap((issue) => problemsOf(issue, yaml, schema));
}

function problemsOf(issue: z.core.$ZodIssue, yaml: YamlData, schema: z.ZodType): SchemaProblem[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const field = path.map((p) => (typeof p === 'number' || /^\d+$/.test(p) ? `post ${Number(p) + 1}` : p)).join(' → ') || 'front matter';
  const help = fieldHelp(schema, path);
  const value = valueAt(yaml.data, path);
  const found = describeValue(value);
  const actual = typeof value === 'string' ? { actual: value } : {};

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedFields(schema, path);
    return issue.keys.map((key) => {
      return {
        kind: 'unknown-field',
        place: placeOf(yaml, [...path, key], 'key'),
        reason: `Okänt fält "${key}".${meantHint(key, allowed)}`,
        note: `Tillåtna fält här: ${allowed.join(', ')}.`,
        expected: allowed,
        actual: key,
      };
    });
  }
  const place = placeOf(yaml, path);
  const example = help.example ? `Skriv till exempel:\n    ${indent(help.example)}` : undefined;
  const expected = help.example ? [help.example] : [];
  const problem = (kind: SchemaProblemKind, reason: string, note?: string, at = place): SchemaProblem => ({
    kind,
    place: at,
    reason,
    ...(note ? { note } : {}),
    expected,
    ...actual,
  });
  if (issue.code === 'invalid_type' && value === undefined) {
    return [
      problem(
        'missing-field',
        `Fältet "${field}" saknas: förväntade ${help.expected}.`,
        `Lägg till till exempel:\n    ${indent(help.example)}`,
        placeOf(yaml, path.slice(0, -1)),
      ),
    ];
  }
  if (issue.code === 'invalid_type') return [problem('invalid', `Fältet "${field}" ska vara ${help.expected}, men är ${found}.`, example)];
  if (issue.message === RULE.synonymGroup) {
    const count = Array.isArray(value) ? value.length : 0;
    return [
      problem('invalid', `Fältet "${field}" ska vara ${help.expected}, men ${count === 0 ? 'är tomt' : 'har bara ett ord'}.`, example),
    ];
  }
  if (issue.code === 'too_small') return [problem('invalid', `Fältet "${field}" är tomt; förväntade ${help.expected}.`, example)];
  if (issue.message === RULE.dateFormat) {
    const hint = /^\d{1,2} \p{L}+ \d{4}$/u.test(String(value)) ? 'Skriv datumet med siffror: år-månad-dag.' : undefined;
    return [
      {
        ...problem('date-format', `Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-19, men är ${found}.`, hint),
        expected: ['ÅÅÅÅ-MM-DD'],
      },
    ];
  }
  if (issue.message === RULE.dateInvalid)
    return [{ kind: 'date-invalid', place, reason: `Datumet ${found} finns inte i kalendern.`, ...actual }];
  if (issue.message === RULE.idFormat) {
    return [problem('invalid', `Fältet "${field}" ska vara ${help.expected} (till exempel ${help.example}), men är ${found}.`)];
  }
  if (issue.message === RULE.siteUrl) {
    return [
      problem(
        'invalid',
        `Fältet "${field}" ska vara ${help.expected}, men "${String(value)}" kan inte användas: ${siteUrlProblem(String(value))}.`,
      ),
    ];
  }
  if (issue.message === RULE.websiteFormat) {
    return [
      problem('invalid', `Fältet "${field}" ska vara ${help.expected}, men är ${found}.`, 'Utelämna fältet om du inte vet adressen.'),
    ];
  }
  return [problem('invalid', `Fältet "${field}" ska vara ${help.expected}, men är ${found}.`, example)];
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
