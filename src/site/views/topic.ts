/**
 * A topic's pages: its items newest first with the passage that has its
 * signal words marked, and its history (a chart of its meetings to the
 * archive's newest one, and its newest item). Pure.
 */
import type { ItemEntry, TopicEntry } from '../../core/index-schema.ts';
import { type TopicChart, topicChart } from '../chart.ts';
import { excerpt, signalMatcher, type TextPart } from '../excerpt.ts';
import type { ItemResolver, ItemWithMeeting, PassageQuestion } from './items.ts';
import { type Counted, type ListingPage, listingPages } from './listing.ts';

/** A topic's history: its chart and its newest item, with the passage that is about the topic. */
export interface TopicHistory {
  chart: TopicChart;
  latest: ItemWithMeeting & { excerpt: TextPart[]; question?: PassageQuestion | undefined };
}

/**
 * The question whose part of the item holds the first match of `matcher` (a question's part runs from its
 * heading to the next one), or undefined when the match is in the item's own text before its questions.
 */
export function passageQuestion(item: ItemEntry, matcher: RegExp | undefined): PassageQuestion | undefined {
  if (!matcher || item.questions.length === 0) return undefined;
  const first = new RegExp(matcher.source, matcher.flags.replace('g', '')).exec(item.text);
  if (!first) return undefined;
  let found: PassageQuestion | undefined;
  let from = 0;
  for (const question of item.questions) {
    const at = item.text.indexOf(question.text, from);
    if (at === -1) continue;
    if (at > first.index) break;
    found = { url: question.url, text: question.text };
    from = at + question.text.length;
  }
  return found;
}

/**
 * The pages of the topics with items, each item's excerpt the passage with the topic's signal words marked,
 * and, when the passage is under a question, that question, so that the listing lands on the answer.
 */
export function topicPages(topics: readonly Counted<TopicEntry>[], resolve: ItemResolver): ListingPage<TopicEntry>[] {
  const pages = listingPages(topics, resolve, (topic) => {
    const matcher = signalMatcher(topic.signals);
    return (item: ItemEntry) => excerpt(item.text, matcher);
  });
  return pages.map((page) => {
    const matcher = signalMatcher(page.entry.signals);
    const items = page.items.map((listed) => ({ ...listed, question: passageQuestion(listed.item, matcher) }));
    return { ...page, items };
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
    const matcher = signalMatcher(entry.signals);
    histories[entry.id] = { chart, latest: { ...latest, excerpt: excerpt(latest.item.text, matcher), question: passageQuestion(latest.item, matcher) } };
  }
  return histories;
}
