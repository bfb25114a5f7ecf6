/**
 * The registries kept beside the minutes: agencies (`agencies.yml`) and topics
 * (`topics.yml`). Minutes refer to them by id, name, short name or alias; this
 * module reads them and resolves those names.
 */
import type { z } from 'zod';
import { type Diagnostic, type FileReporter, fileReporter, START } from '../core/diagnostics.ts';
import type { Agency, Registries, SourcePlace, Topic } from '../core/model.ts';
import { reportSchemaIssues, type SchemaRules } from './error-map.ts';
import type { SourceFile } from './load.ts';
import { checkPersonalData } from './rules/personal-data.ts';
import {
  registryDuplicateId,
  registryDuplicateName,
  registryInvalid,
  registryMissingField,
  registryUnknownField,
  registryYaml,
} from './rules/registry.ts';
import {
  agencyEntrySchema,
  agencyRegistrySchema,
  topicEntrySchema,
  topicRegistrySchema,
  type AgencyEntry,
  type TopicEntry,
} from './schema.ts';
import { placeOf, readYaml } from './yaml.ts';
export { agencyLabel } from '../core/model.ts';

const REGISTRY_RULES: SchemaRules = { unknownField: registryUnknownField, missingField: registryMissingField, invalid: registryInvalid };

export type { Agency, Registries, SourcePlace, Topic } from '../core/model.ts';

// The registry entries the schemas accept are the ones the rest of the archive works with.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agenciesAgree: Same<AgencyEntry, Omit<Agency, 'place'>> = true;
const topicsAgree: Same<TopicEntry, Omit<Topic, 'place'>> = true;
void agenciesAgree;
void topicsAgree;

/** The key names are compared by: case and runs of spaces do not matter, diacritics do. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Looks up an agency by id, name, short name or alias. */
export function findAgency(registries: Registries, name: string): Agency | undefined {
  return registries.agencyByName.get(nameKey(name));
}

/** Looks up a topic by id, name or alias. */
export function findTopic(registries: Registries, name: string): Topic | undefined {
  return registries.topicByName.get(nameKey(name));
}

/** Every name an agency may be written with (for did-you-mean). */
export function agencyNames(registries: Registries): string[] {
  return registries.agencies.flatMap((a) => [a.name, ...(a.short ? [a.short] : []), ...a.aliases]);
}

/** Every name a topic may be written with (for did-you-mean). */
export function topicNames(registries: Registries): string[] {
  return registries.topics.flatMap((t) => [t.name, ...t.aliases]);
}

/** Reads and checks both registries. Missing or broken registries give empty lists and diagnostics. */
export function readRegistries(
  agencyFile: SourceFile | undefined,
  topicFile: SourceFile | undefined,
): { registries: Registries; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const agencies = readRegistry(agencyFile, agencyEntrySchema, agencyRegistrySchema, diagnostics);
  const topics = readRegistry(topicFile, topicEntrySchema, topicRegistrySchema, diagnostics);
  const agencyByName = indexNames(agencies, (a) => [a.id, a.name, a.short, ...a.aliases], 'aktör', diagnostics);
  const topicByName = indexNames(topics, (t) => [t.id, t.name, ...t.aliases], 'ämne', diagnostics);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const emails = new Set(agencies.flatMap((a) => a.emails.map((e) => e.toLowerCase())));
  // Registry text is published too (names, descriptions): scan it for personal data as the minutes are.
  for (const file of [agencyFile, topicFile]) {
    if (file?.text !== undefined) checkPersonalData(file.text, [], emails, fileReporter(file.path, diagnostics).report);
  }
  return { registries: { agencies, topics, agencyById, agencyByName, topicByName, emails }, diagnostics };
}

function readRegistry<T extends { id: string }>(
  file: SourceFile | undefined,
  schema: z.ZodType<T>,
  listSchema: z.ZodType,
  diagnostics: Diagnostic[],
): (T & { place: SourcePlace })[] {
  if (!file || file.text === undefined) return [];
  const reporter: FileReporter = fileReporter(file.path, diagnostics);
  const yaml = readYaml(file.text, reporter, registryYaml);
  if (!yaml) return [];
  if (!Array.isArray(yaml.data)) {
    reporter.report(
      registryInvalid,
      START,
      `Registret ska vara en lista där varje post börjar med "- id: …", men är ${yaml.data === undefined ? 'tomt' : 'något annat'}. Se README för formatet.`,
    );
    return [];
  }
  const seen = new Map<string, number>();
  return yaml.data.flatMap((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      reportSchemaIssues(issues, { report: reporter, yaml, schema: listSchema, rules: REGISTRY_RULES });
      return [];
    }
    const entry = result.data;
    const place = { file: file.path, ...placeOf(yaml, [index]) };
    const first = seen.get(entry.id);
    if (first !== undefined) {
      reporter.report(
        registryDuplicateId,
        placeOf(yaml, [index, 'id']),
        `Id "${entry.id}" finns redan på rad ${first}. Varje post behöver ett eget id; slå ihop posterna eller byt id.`,
      );
      return [];
    }
    seen.set(entry.id, place.line);
    return [{ ...entry, place }];
  });
}

function indexNames<T extends { id: string; place: SourcePlace }>(
  entries: readonly T[],
  namesOf: (entry: T) => (string | undefined)[],
  kind: string,
  diagnostics: Diagnostic[],
): Map<string, T> {
  const byName = new Map<string, T>();
  for (const entry of entries) {
    const names = new Map(
      namesOf(entry)
        .filter((n): n is string => Boolean(n))
        .map((n) => [nameKey(n), n]),
    );
    for (const [name, written] of names) {
      const other = byName.get(name);
      if (other && other !== entry) {
        fileReporter(entry.place.file, diagnostics).report(
          registryDuplicateName,
          entry.place,
          `Namnet "${written}" används redan för ${kind} "${other.id}" (rad ${other.place.line}). Ett namn eller alias kan bara betyda en sak; ta bort det från den ena posten.`,
        );
        continue;
      }
      byName.set(name, entry);
    }
  }
  return byName;
}
