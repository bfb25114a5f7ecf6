/**
 * Matches a meeting's declared topics to its agenda items by the registry's
 * signal words.
 *
 * A signal matches at the start of a word, ignoring case ("vaccin" matches
 * "Vaccinationen"); a signal of several words matches them as a phrase. A
 * topic belongs to an item when a signal occurs in the item's title, or at
 * least {@link BODY_HITS_NEEDED} times in its text: one passing mention in a
 * long answer does not make an item about a topic.
 */
import type { Topic } from './registry.ts';

/** How many signal hits in an item's text (outside the title) make it about a topic. */
export const BODY_HITS_NEEDED = 2;

const patternCache = new WeakMap<Topic, RegExp | null>();

/** The regular expression for a topic's signals, or null when it has none. */
function signalPattern(topic: Topic): RegExp | null {
  let pattern = patternCache.get(topic);
  if (pattern === undefined) {
    const alternatives = topic.signals
      .map((s) => s.trim().toLocaleLowerCase('sv'))
      .filter(Boolean)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'gu') : null;
    patternCache.set(topic, pattern);
  }
  return pattern;
}

/** How many times the topic's signals occur in `text`. */
export function countSignals(topic: Topic, text: string): number {
  const pattern = signalPattern(topic);
  if (!pattern) return 0;
  return text.toLocaleLowerCase('sv').match(pattern)?.length ?? 0;
}

/**
 * The ids of the `candidates` (the meeting's declared topics) that an item is
 * about, in the candidates' order.
 */
export function matchTopics(title: string, text: string, candidates: readonly Topic[]): string[] {
  return candidates
    .filter((topic) => countSignals(topic, title) > 0 || countSignals(topic, text) >= BODY_HITS_NEEDED)
    .map((topic) => topic.id);
}
