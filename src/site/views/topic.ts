/**
 * A topic's pages: its items newest first with the passage that has its
 * signal words marked, and its history (a chart of its meetings to the
 * archive's newest one, and its newest item). Pure.
 */
import type { ItemEntry, TopicEntry } from '../../core/index-schema.ts';
import { type TopicChart, topicChart } from '../chart.ts';
import { signalMatcher } from '../excerpt.ts';
import { type ItemResolver, type ItemWithMeeting, type Passage, passage } from './items.ts';
import { type Counted, type ListingPage, listingPages } from './listing.ts';

/** A topic's history: its chart and its newest item, with the passage that is about the topic. */
export interface TopicHistory {
  chart: TopicChart;
  latest: ItemWithMeeting & Passage;
}

/**
 * The pages of the topics with items, each item's excerpt the passage with the topic's signal words marked,
 * and, when the passage is under a question, that question, so that the listing lands on the answer.
 */
export function topicPages(topics: readonly Counted<TopicEntry>[], resolve: ItemResolver): ListingPage<TopicEntry>[] {
  return listingPages(topics, resolve, (topic) => {
    const matcher = signalMatcher(topic.signals);
    return (item: ItemEntry) => passage(item, matcher);
  });
}

/** Each topic's chart up to `until` (the newest meeting's date) and its newest item, by topic id; a topic without a chart has none. */
export function topicHistories(topics: readonly Counted<TopicEntry>[], resolve: ItemResolver, until: string): Record<string, TopicHistory> {
  const histories: Record<string, TopicHistory> = {};
  for (const { entry } of topics) {
    const found = resolve(entry.itemIds);
    const chart = topicChart(
      found.map(({ meeting }) => meeting.date),
      until,
      entry.name,
    );
    const latest = found[0];
    if (!chart || !latest) continue;
    histories[entry.id] = { chart, latest: { ...latest, ...passage(latest.item, signalMatcher(entry.signals)) } };
  }
  return histories;
}
