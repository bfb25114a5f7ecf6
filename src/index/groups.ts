/**
 * What the index's builders share: items grouped by a key (a topic, an
 * agency, a person), the meetings of a list of items, and the Swedish order
 * of names. Pure. (The distinct values of a list are `unique` of `core/text.ts`.)
 */
import type { ItemEntry } from '../core/index-schema.ts';
import { unique } from '../core/text.ts';

/** The items of each topic, agency and person, and the questions each agency answered: all newest first. */
export interface ItemGroups {
  /** Items by topic id. */
  byTopic: Map<string, ItemEntry[]>;
  /** Items by the id of an agency that presented them. */
  byAgency: Map<string, ItemEntry[]>;
  /** Items by the id of an agency that answered in them. */
  byAnswering: Map<string, ItemEntry[]>;
  /** Items by the id of a person who presented them. */
  byPerson: Map<string, ItemEntry[]>;
  /** Question ids by the id of an agency that answered them. */
  questionsByAgency: Map<string, string[]>;
}

/** Names in Swedish alphabetical order (Å, Ä, Ö last). */
const swedish = new Intl.Collator('sv');

/** Orders entries by their names as Swedish sorts them. */
export function byName(a: { name: string }, b: { name: string }): number {
  return swedish.compare(a.name, b.name);
}

/** Items grouped by each of their keys (topics, agencies, people), keeping the order given. */
export function groupItems(items: readonly ItemEntry[], keysOf: (item: ItemEntry) => readonly string[]): Map<string, ItemEntry[]> {
  const groups = new Map<string, ItemEntry[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The groups of `items` (in the order of the archive, oldest first), each group newest first. */
export function itemGroups(items: readonly ItemEntry[]): ItemGroups {
  const newestFirst = [...items].reverse();
  const questionsByAgency = new Map<string, string[]>();
  for (const item of newestFirst) {
    for (const question of item.questions) {
      for (const agencyId of question.answeringAgencyIds) {
        const list = questionsByAgency.get(agencyId);
        if (list) list.push(question.id);
        else questionsByAgency.set(agencyId, [question.id]);
      }
    }
  }
  return {
    byTopic: groupItems(newestFirst, (i) => i.topicIds),
    byAgency: groupItems(newestFirst, (i) => i.agencyIds),
    byAnswering: groupItems(newestFirst, (i) => i.answeringAgencyIds),
    byPerson: groupItems(newestFirst, (i) => i.personIds),
    questionsByAgency,
  };
}

/** The meetings of `items`, each once, in the order of the items. */
export function meetingsOf(items: readonly ItemEntry[]): string[] {
  return unique(items.map((i) => i.meetingId));
}
