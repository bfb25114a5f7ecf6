/**
 * Rules: topics. Every topic of a meeting resolves against the registry and
 * belongs to at least one item (by its signal words, or set by hand under
 * `items:`).
 */
import { didYouMean } from '../../core/suggest.ts';
import { type MeetingContext, placeIn } from '../context.ts';
import { findTopic, type Topic, topicNames } from '../registry.ts';
import type { FrontMatter } from '../schema.ts';
import { matchTopics } from '../topics.ts';
import { defineRule } from './rule.ts';

/** `topic-unknown` */
export const topicUnknown = defineRule({
  id: 'topic-unknown',
  severity: 'error',
  when: 'Ett ämne som inte finns i topics.yml. Meddelandet föreslår ett som liknar.',
  fix: 'Skriv ämnet som i registret, eller lägg till det i topics.yml.',
  example: 'topics: [Vacination]',
});

/** `topic-unmatched` */
export const topicUnmatched = defineRule({
  id: 'topic-unmatched',
  severity: 'error',
  when: 'Ett ämne under topics som ingen punkt handlar om enligt ämnets signalord.',
  fix: 'Ange ämnet för rätt punkt under items:, lägg till signalord i topics.yml eller ta bort ämnet.',
  example: 'topics: [Antibiotikaresistens] men ingen punkt nämner antibiotika',
});

/** `item-unknown` */
export const itemUnknown = defineRule({
  id: 'item-unknown',
  severity: 'error',
  when: 'En nyckel under items: som inte är ankaret till någon punkt. Meddelandet föreslår rätt ankare.',
  fix: 'Ankaret är rubrikens titel med små bokstäver a–z och bindestreck, till exempel besoksforbud.',
  example: 'items:\n  besoksforbd:\n    topics: [Besöksförbud]',
});

/** `item-topic-undeclared` */
export const itemTopicUndeclared = defineRule({
  id: 'item-topic-undeclared',
  severity: 'error',
  when: 'Ett ämne som satts på en punkt men inte står under mötets topics.',
  fix: 'Lägg till ämnet i topics.',
  example: 'items: {lagesrapport: {topics: [Vaccination]}} när Vaccination saknas under topics',
});

/** The rules of this family, in the guide's order. */
export const RULES = [topicUnknown, topicUnmatched, itemUnknown, itemTopicUndeclared];

const meant = (guess: string | undefined) => (guess === undefined ? '' : ` Menade du "${guess}"?`);

/** Resolves topic names written at `at` in the front matter (each once); reports unknown ones. */
export function resolveTopics(written: readonly string[], at: readonly (string | number)[], context: MeetingContext): Topic[] {
  const topics: Topic[] = [];
  written.forEach((name, index) => {
    const topic = findTopic(context.registries, name);
    if (!topic) {
      context.report(
        topicUnknown,
        placeIn(context, [...at, index]),
        `Okänt ämne "${name}".${meant(didYouMean(name, topicNames(context.registries)))} Skriv ämnet som i topics.yml (id, namn eller alias), eller lägg till det där.`,
        { actual: name },
      );
    } else if (!topics.includes(topic)) topics.push(topic);
  });
  return topics;
}

/** An item as topic matching needs it. */
export interface TopicCandidate {
  anchor: string;
  title: string;
  text: string;
}

/**
 * The topic ids of each item (by anchor): set by hand under `items:`, or
 * the meeting's declared topics whose signal words the item has. Reports
 * settings for anchors that do not exist, topics set on an item but not
 * declared, and declared topics that no item is about.
 */
export function assignTopics(
  items: readonly TopicCandidate[],
  frontMatter: FrontMatter,
  declared: readonly Topic[],
  context: MeetingContext,
  questionAnchors: ReadonlySet<string> = new Set(),
): Map<string, string[]> {
  const anchors = items.map((i) => i.anchor);
  const explicit = new Map<string, string[]>();
  for (const [anchor, settings] of Object.entries(frontMatter.items)) {
    if (questionAnchors.has(anchor)) {
      if (settings.topics?.length) {
        context.report(
          itemUnknown,
          placeIn(context, ['items', anchor, 'topics'], 'key'),
          `"${anchor}" är en fråga, inte en dagordningspunkt: ämnen sätts på punkten. Flytta topics till punktens ankare (${anchors.join(', ')}).`,
          { expected: anchors, actual: anchor },
        );
      }
      continue;
    }
    if (!anchors.includes(anchor)) {
      context.report(
        itemUnknown,
        placeIn(context, ['items', anchor], 'key'),
        `Det finns ingen dagordningspunkt med ankaret "${anchor}".${meant(didYouMean(anchor, anchors))} Ankaret är rubrikens titel med små bokstäver a–z och bindestreck; punkterna i filen är: ${anchors.join(', ')}.`,
        { expected: anchors, actual: anchor },
      );
      continue;
    }
    if (settings.topics === undefined) continue;
    const topics = resolveTopics(settings.topics, ['items', anchor, 'topics'], context);
    settings.topics.forEach((name, index) => {
      const topic = findTopic(context.registries, name);
      if (topic && !declared.includes(topic)) {
        context.report(
          itemTopicUndeclared,
          placeIn(context, ['items', anchor, 'topics', index]),
          `Ämnet "${topic.name}" är satt på punkten "${anchor}" men står inte under mötets topics. Lägg till det i topics.`,
        );
      }
    });
    explicit.set(
      anchor,
      topics.map((t) => t.id),
    );
  }
  const assigned = new Map(items.map((item) => [item.anchor, explicit.get(item.anchor) ?? matchTopics(item.title, item.text, declared)]));
  declared.forEach((topic, index) => {
    if ([...assigned.values()].some((ids) => ids.includes(topic.id))) return;
    context.report(
      topicUnmatched,
      placeIn(context, ['topics', index]),
      `Ämnet "${topic.name}" står under topics men ingen dagordningspunkt handlar om det enligt signalorden (${topic.signals.join(', ') || 'inga'}). Ange ämnet för rätt punkt under items:, lägg till signalord i topics.yml eller ta bort ämnet.`,
    );
  });
  return assigned;
}
