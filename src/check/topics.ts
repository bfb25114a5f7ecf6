/**
 * Matches a meeting's declared topics to its agenda items by the registry's
 * signal words.
 *
 * A signal matches at the start of a word, ignoring case ("vaccin" matches
 * "Vaccinationen"); a signal of several words matches them as a phrase. A
 * topic belongs to an item when a signal occurs in the item's title, or at
 * least {@link BODY_HITS_NEEDED} times in its text: one passing mention in a
 * long answer does not make an item about a topic. A `###` question has its
 * own topics by the same rule, from its heading and its answer alone: it does
 * not inherit its item's.
 *
 * Also resolves the topics a meeting's front matter names and assigns them
 * to its items, recording what does not resolve for the rules in
 * `rules/topics.ts`.
 */
import type { Topic } from '../core/model.ts';
import { didYouMean } from '../core/suggest.ts';
import { escapeRegExp } from '../core/text.ts';
import { type MeetingContext, placeIn } from './context.ts';
import { findTopic, topicNames } from './registry.ts';
import type { FrontMatter } from './schema.ts';

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
      .map((s) => escapeRegExp(s).replace(/\s+/g, '\\s+'));
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

/** Resolves topic names written at `at` in the front matter (each once); records unknown ones. */
export function resolveTopics(written: readonly string[], at: readonly (string | number)[], context: MeetingContext): Topic[] {
  const topics: Topic[] = [];
  written.forEach((name, index) => {
    const topic = findTopic(context.registries, name);
    if (!topic) {
      const guess = didYouMean(name, topicNames(context.registries));
      context.findings.unknownTopics.push({ written: name, place: placeIn(context, [...at, index]), ...(guess ? { guess } : {}) });
    } else if (!topics.includes(topic)) topics.push(topic);
  });
  return topics;
}

/** A question as topic matching needs it: its heading and its answer, the text under it. */
export interface QuestionCandidate {
  anchor: string;
  text: string;
  answerText: string;
}

/** An item as topic matching needs it, with its questions. */
export interface TopicCandidate {
  anchor: string;
  title: string;
  text: string;
  questions?: readonly QuestionCandidate[];
}

/**
 * The topic ids of each item and each question (by anchor; anchors are unique within a meeting): set by hand
 * under `items:`, or the meeting's declared topics whose signal words the item has, or for a question its own
 * heading and answer have (by the same rule as an item's: a signal in the heading, or enough in the answer; never
 * its item's). Records settings for anchors that do not exist, topics set on an item or question but not
 * declared, and declared topics that no item or question is about.
 */
export function assignTopics(
  items: readonly TopicCandidate[],
  frontMatter: FrontMatter,
  declared: readonly Topic[],
  context: MeetingContext,
): Map<string, string[]> {
  const { findings } = context;
  const anchors = items.map((i) => i.anchor);
  const questionAnchors = new Set(items.flatMap((item) => (item.questions ?? []).map((q) => q.anchor)));
  const explicit = new Map<string, string[]>();
  for (const [anchor, settings] of Object.entries(frontMatter.items)) {
    const question = questionAnchors.has(anchor);
    if (!question && !anchors.includes(anchor)) {
      const guess = didYouMean(anchor, anchors);
      findings.unknownAnchors.push({
        place: placeIn(context, ['items', anchor], 'key'),
        anchor,
        anchors,
        ...(guess ? { guess } : {}),
      });
      continue;
    }
    if (settings.topics === undefined) continue;
    const topics = resolveTopics(settings.topics, ['items', anchor, 'topics'], context);
    settings.topics.forEach((name, index) => {
      const topic = findTopic(context.registries, name);
      if (topic && !declared.includes(topic)) {
        findings.undeclaredItemTopics.push({ place: placeIn(context, ['items', anchor, 'topics', index]), anchor, topic, question });
      }
    });
    explicit.set(
      anchor,
      topics.map((t) => t.id),
    );
  }
  const assigned = new Map<string, string[]>();
  for (const item of items) {
    assigned.set(item.anchor, explicit.get(item.anchor) ?? matchTopics(item.title, item.text, declared));
    for (const question of item.questions ?? []) {
      assigned.set(question.anchor, explicit.get(question.anchor) ?? matchTopics(question.text, question.answerText, declared));
    }
  }
  declared.forEach((topic, index) => {
    if ([...assigned.values()].some((ids) => ids.includes(topic.id))) return;
    findings.unmatchedTopics.push({ place: placeIn(context, ['topics', index]), topic });
  });
  return assigned;
}
