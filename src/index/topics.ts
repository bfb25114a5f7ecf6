/** The index's topics: every topic of the registry, by name, with its pages and its items newest first. Pure. */
import type { ItemEntry, TopicEntry } from '../core/index-schema.ts';
import { urls } from '../core/urls.ts';
import { byName, meetingsOf } from './groups.ts';

/** A topic as the index takes it from the registry. */
export interface TopicRegistryEntry {
  id: string;
  name: string;
  description: string;
  signals: string[];
  searchTerms: string[];
  /** Groups of words that mean the same, for the search (default: none). */
  synonyms?: string[][];
}

/** Every registry topic, by name, with its page, its feed, its items (`byTopic`, newest first) and their meetings. */
export function buildTopics(registry: readonly TopicRegistryEntry[], byTopic: ReadonlyMap<string, readonly ItemEntry[]>): TopicEntry[] {
  return registry
    .map((topic) => {
      const on = byTopic.get(topic.id) ?? [];
      return {
        id: topic.id,
        name: topic.name,
        description: topic.description,
        url: urls.topic(topic.id),
        feedUrl: urls.topicFeed(topic.id),
        signals: topic.signals,
        searchTerms: topic.searchTerms,
        synonyms: topic.synonyms ?? [],
        itemIds: on.map((i) => i.id),
        meetingIds: meetingsOf(on),
      };
    })
    .sort(byName);
}
