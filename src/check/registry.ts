/**
 * The registries kept beside the minutes: agencies (`agencies.yml`) and topics
 * (`topics.yml`). Minutes refer to them by id, name, short name or alias; this
 * module reads them and resolves those names.
 */
import { type Diagnostic, type Position, error, START } from '../core/diagnostics.ts';
import { AGENCY_HELP, schemaDiagnostics, TOPIC_HELP, type FieldHelp } from './error-map.ts';
import type { SourceFile } from './load.ts';
import { agencyEntrySchema, topicEntrySchema, type AgencyEntry, type TopicEntry } from './schema.ts';
import { placeOf, readYaml } from './yaml.ts';
import type { z } from 'zod';
export { agencyLabel } from '../core/model.ts';

/** Where a registry entry is written, for messages that name both places. */
export interface SourcePlace extends Position {
  file: string;
}

/** An agency from `agencies.yml`. */
export type Agency = AgencyEntry & { place: SourcePlace };
/** A topic from `topics.yml`. */
export type Topic = TopicEntry & { place: SourcePlace };

/** Both registries with name lookup. */
export interface Registries {
  agencies: Agency[];
  topics: Topic[];
  /** Agencies by lookup key of id, name, short name and aliases. */
  agencyByName: Map<string, Agency>;
  /** Topics by lookup key of id, name and aliases. */
  topicByName: Map<string, Topic>;
}

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
export function readRegistries(agencyFile: SourceFile | undefined, topicFile: SourceFile | undefined): { registries: Registries; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const agencies = readRegistry(agencyFile, agencyEntrySchema, AGENCY_HELP, diagnostics);
  const topics = readRegistry(topicFile, topicEntrySchema, TOPIC_HELP, diagnostics);
  const agencyByName = indexNames(agencies, (a) => [a.id, a.name, a.short, ...a.aliases], 'aktör', diagnostics);
  const topicByName = indexNames(topics, (t) => [t.id, t.name, ...t.aliases], 'ämne', diagnostics);
  return { registries: { agencies, topics, agencyByName, topicByName }, diagnostics };
}

function readRegistry<T extends { id: string }>(
  file: SourceFile | undefined,
  schema: z.ZodType<T>,
  help: Record<string, FieldHelp>,
  diagnostics: Diagnostic[],
): (T & { place: SourcePlace })[] {
  if (!file || file.text === undefined) return [];
  const { yaml, diagnostics: syntax } = readYaml(file.text, { file: file.path, ruleId: 'registry-yaml' });
  diagnostics.push(...syntax);
  if (syntax.length > 0) return [];
  if (!Array.isArray(yaml.data)) {
    diagnostics.push(error(file.path, START, 'registry-invalid', `Registret ska vara en lista där varje post börjar med "- id: …", men är ${yaml.data === undefined ? 'tomt' : 'något annat'}. Se README för formatet.`));
    return [];
  }
  const seen = new Map<string, number>();
  return yaml.data.flatMap((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      diagnostics.push(...schemaDiagnostics(issues, { file: file.path, yaml, help, rulePrefix: 'registry' }));
      return [];
    }
    const entry = result.data;
    const place = { file: file.path, ...placeOf(yaml, [index]) };
    const first = seen.get(entry.id);
    if (first !== undefined) {
      diagnostics.push(error(file.path, placeOf(yaml, [index, 'id']), 'registry-duplicate-id', `Id "${entry.id}" finns redan på rad ${first}. Varje post behöver ett eget id; slå ihop posterna eller byt id.`));
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
    const names = new Map(namesOf(entry).filter((n): n is string => Boolean(n)).map((n) => [nameKey(n), n]));
    for (const [name, written] of names) {
      const other = byName.get(name);
      if (other && other !== entry) {
        diagnostics.push(
          error(entry.place.file, entry.place, 'registry-duplicate-name', `Namnet "${written}" används redan för ${kind} "${other.id}" (rad ${other.place.line}). Ett namn eller alias kan bara betyda en sak; ta bort det från den ena posten.`),
        );
        continue;
      }
      byName.set(name, entry);
    }
  }
  return byName;
}
