/**
 * The registries kept beside the minutes: agencies (`agencies.yml`) and topics
 * (`topics.yml`). Minutes refer to them by id, name, short name or alias; this
 * module reads them and resolves those names.
 */
import type { z } from 'zod';
import { namesOf } from '../core/agency-names.ts';
import type { Position } from '../core/diagnostics.ts';
import type { Agency, Registries, SourcePlace, Topic } from '../core/model.ts';
import { schemaProblems, type SchemaProblem } from './error-map.ts';
import {
  agencyEntrySchema,
  agencyRegistrySchema,
  topicEntrySchema,
  topicRegistrySchema,
  type AgencyEntry,
  type TopicEntry,
} from './schema.ts';
import type { SourceFile } from './source.ts';
import { placeOf, readYaml, type YamlError } from './yaml.ts';

export type { Agency, Registries, SourcePlace, Topic } from '../core/model.ts';

// The registry entries the schemas accept are the ones the rest of the archive works with.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agenciesAgree: Same<AgencyEntry, Omit<Agency, 'place'>> = true;
const topicsAgree: Same<TopicEntry, Omit<Topic, 'place'>> = true;
void agenciesAgree;
void topicsAgree;

/** One registry file as read: what it holds that is wrong, for the rules in `rules/registry.ts`. */
export interface RegistryRead {
  file: SourceFile;
  /** `aktör` or `ämne`, for messages. */
  kind: 'aktör' | 'ämne';
  /** YAML that cannot be read. */
  yamlErrors: YamlError[];
  /** Set when the document is not a list: `tomt` or `något annat`. */
  notList?: 'tomt' | 'något annat';
  /** The entries' schema failures. */
  schema: SchemaProblem[];
  /** Entries whose id an earlier entry has. */
  duplicateIds: { id: string; place: Position; first: Position }[];
  /** Names or aliases an earlier entry has. */
  duplicateNames: { written: string; place: SourcePlace; otherId: string; otherPlace: SourcePlace }[];
}

/** The key names are compared by: case and runs of spaces do not matter, diacritics do. */
export function nameKey(name: string): string {
  // NFC: a name written with combining accents (NFD, as some programs paste it) is the same name.
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Looks up an agency by id, name, short name or alias. */
export function findAgency(registries: Registries, name: string): Agency | undefined {
  return registries.agencyByName.get(nameKey(name));
}

/** Looks up a topic by id, name or alias. */
export function findTopic(registries: Registries, name: string): Topic | undefined {
  return registries.topicByName.get(nameKey(name));
}

/** Every name of every agency of the registry, each agency's as {@link namesOf} gives them (for did-you-mean). */
export function agencyNames(registries: Registries): string[] {
  return registries.agencies.flatMap(namesOf);
}

/** Every name a topic may be written with (for did-you-mean). */
export function topicNames(registries: Registries): string[] {
  return registries.topics.flatMap((t) => [t.name, ...t.aliases]);
}

/** Reads both registries. Missing or broken registries give empty lists; what is wrong is in `reads`. */
export function readRegistries(
  agencyFile: SourceFile | undefined,
  topicFile: SourceFile | undefined,
): { registries: Registries; reads: RegistryRead[] } {
  const reads: RegistryRead[] = [];
  const agencies = readRegistry(agencyFile, 'aktör', agencyEntrySchema, agencyRegistrySchema, reads);
  const topics = readRegistry(topicFile, 'ämne', topicEntrySchema, topicRegistrySchema, reads);
  const agencyByName = indexNames(
    agencies,
    (a) => [a.id, ...namesOf(a)],
    reads.find((r) => r.kind === 'aktör'),
  );
  const topicByName = indexNames(
    topics,
    (t) => [t.id, t.name, ...t.aliases],
    reads.find((r) => r.kind === 'ämne'),
  );
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const emails = new Set(agencies.flatMap((a) => a.emails.map((e) => e.toLowerCase())));
  const registries: Registries = { agencies, topics, agencyById, agencyByName, topicByName, emails };
  const unreadable: NonNullable<Registries['unreadable']> = {};
  const agencyRead = reads.find((r) => r.kind === 'aktör');
  const topicRead = reads.find((r) => r.kind === 'ämne');
  if (!agencyRead || !isReadable(agencyRead)) unreadable.agencies = agencyFile?.path ?? AGENCY_REGISTRY_NAME;
  if (!topicRead || !isReadable(topicRead)) unreadable.topics = topicFile?.path ?? TOPIC_REGISTRY_NAME;
  if (unreadable.agencies || unreadable.topics) registries.unreadable = unreadable;
  return { registries, reads };
}

const AGENCY_REGISTRY_NAME = 'agencies.yml';
const TOPIC_REGISTRY_NAME = 'topics.yml';

/** False for a registry that gives no entries because it cannot be read at all (not UTF-8, broken YAML, not a list). */
function isReadable(read: RegistryRead): boolean {
  return read.file.text !== undefined && read.yamlErrors.length === 0 && read.notList === undefined;
}

function readRegistry<T extends { id: string }>(
  file: SourceFile | undefined,
  kind: RegistryRead['kind'],
  schema: z.ZodType<T>,
  listSchema: z.ZodType,
  reads: RegistryRead[],
): (T & { place: SourcePlace })[] {
  if (!file) return [];
  const read: RegistryRead = { file, kind, yamlErrors: [], schema: [], duplicateIds: [], duplicateNames: [] };
  reads.push(read);
  if (file.text === undefined) return [];
  const yaml = readYaml(file.text);
  if (!yaml.ok) {
    read.yamlErrors = yaml.errors;
    return [];
  }
  const { data } = yaml.yaml;
  if (!Array.isArray(data)) {
    read.notList = data === undefined ? 'tomt' : 'något annat';
    return [];
  }
  const seen = new Map<string, Position>();
  return data.flatMap((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      read.schema.push(...schemaProblems(issues, yaml.yaml, listSchema));
      return [];
    }
    const entry = result.data;
    const place = { file: file.path, ...placeOf(yaml.yaml, [index]) };
    const first = seen.get(entry.id);
    if (first !== undefined) {
      read.duplicateIds.push({ id: entry.id, place: placeOf(yaml.yaml, [index, 'id']), first });
      return [];
    }
    seen.set(entry.id, place);
    return [{ ...entry, place }];
  });
}

function indexNames<T extends { id: string; place: SourcePlace }>(
  entries: readonly T[],
  namesOf: (entry: T) => (string | undefined)[],
  read: RegistryRead | undefined,
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
        read?.duplicateNames.push({ written, place: entry.place, otherId: other.id, otherPlace: other.place });
        continue;
      }
      byName.set(name, entry);
    }
  }
  return byName;
}
