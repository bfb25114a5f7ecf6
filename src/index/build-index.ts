/**
 * Stage 4, build index: turns validated meetings into the structured index
 * (shape in `index-schema.ts`). Pure. All grouping, sorting, URLs (from
 * `core/urls.ts`), cross-links and previous/next are decided here, not in
 * templates: one builder per entity (`meetings.ts`, `items.ts`, `topics.ts`,
 * `agencies.ts`, `people.ts`, `years.ts`, `related.ts`), composed below.
 */
import type { ArchiveIndex } from '../core/index-schema.ts';
import type { MeetingRecord } from '../core/model.ts';
import { type AgencyRegistryEntry, buildAgencies } from './agencies.ts';
import { itemGroups } from './groups.ts';
import { meetingItems } from './items.ts';
import { buildMeetings, byDate } from './meetings.ts';
import { buildPeople } from './people.ts';
import { linkRelated } from './related.ts';
import { buildTopics, type TopicRegistryEntry } from './topics.ts';
import { buildYears } from './years.ts';

export { RELATED_LIMIT } from './related.ts';

/** What the index takes from the registries (the check's `Registries` is one). */
export interface RegistryEntries {
  topics: readonly TopicRegistryEntry[];
  agencies: readonly AgencyRegistryEntry[];
}

/** Builds the index. Meetings may come in any order. */
export function buildIndex(validMeetings: readonly MeetingRecord[], registries: RegistryEntries): ArchiveIndex {
  const sorted = byDate(validMeetings);
  const itemsOf = sorted.map(meetingItems);
  const items = itemsOf.flat();
  const meetings = buildMeetings(sorted, itemsOf);
  const groups = itemGroups(items);
  const topics = buildTopics(registries.topics, groups.byTopic);
  const people = buildPeople(sorted, groups.byPerson);
  const agencies = buildAgencies(registries.agencies, groups, people);
  const years = buildYears(meetings);
  linkRelated(items, groups.byTopic);
  return { schemaVersion: 1, meetings, items, topics, agencies, people, years };
}
