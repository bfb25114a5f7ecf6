/**
 * Items with their meetings, as every listing shows them: lookups by id, the
 * items of a list of ids with their meetings, and items grouped meeting by
 * meeting. Pure; lookups are maps, never searches of every item per page.
 */
import type { ItemEntry, MeetingEntry } from '../../core/index-schema.ts';
import { excerpt, type TextPart } from '../excerpt.ts';

/** An item with its meeting. */
export interface ItemWithMeeting {
  item: ItemEntry;
  meeting: MeetingEntry;
}

/** The question a passage comes from: where it is and what it asks. */
export interface PassageQuestion {
  url: string;
  text: string;
}

/** The passage a listing shows of an item: why it is listed, and the question it stands under. */
export interface Passage {
  /** The passage that shows why it is listed (a topic's words, an agency's name, marked), or its opening. */
  excerpt: TextPart[];
  /** The question the passage is under, when the listing lands on it (topic and agency pages). */
  question?: PassageQuestion | undefined;
}

/** An item in a listing: with its meeting and the passage that listing shows. */
export interface ListedItem extends ItemWithMeeting, Passage {}

/** A meeting with the items that belong to a listing (an agency's, a year's). */
export interface MeetingGroup<T extends ItemWithMeeting = ListedItem> {
  meeting: MeetingEntry;
  items: T[];
}

/** The items of a list of item ids, each with its meeting, in the order of the ids. */
export type ItemResolver = (itemIds: readonly string[]) => ItemWithMeeting[];

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
 * The passage of `item` around the first match of `matcher`, the matches marked (its opening without a
 * match), and, when the match stands under one of its questions, that question: so the listing lands on the answer.
 */
export function passage(item: ItemEntry, matcher: RegExp | undefined): Passage {
  return { excerpt: excerpt(item.text, matcher), question: passageQuestion(item, matcher) };
}

/** The entries of `list` by their id. */
export function byId<T extends { id: string }>(list: readonly T[]): Record<string, T> {
  return Object.fromEntries(list.map((entry) => [entry.id, entry]));
}

/** Resolves item ids through the lookups; throws on an id the index does not hold (the index is broken). */
export function itemResolver(itemsById: Record<string, ItemEntry>, meetingsById: Record<string, MeetingEntry>): ItemResolver {
  return (itemIds) =>
    itemIds.map((id) => {
      const item = itemsById[id];
      const meeting = item && meetingsById[item.meetingId];
      if (!item || !meeting) throw new Error(`The index refers to a missing item ${id}`);
      return { item, meeting };
    });
}

/** Groups items (newest first) by meeting, keeping the order of the groups; each group's items in the order of the minutes. */
export function groupByMeeting<T extends ItemWithMeeting>(items: readonly T[]): MeetingGroup<T>[] {
  const groups: MeetingGroup<T>[] = [];
  for (const entry of items) {
    const last = groups.at(-1);
    if (last && last.meeting.id === entry.meeting.id) last.items.push(entry);
    else groups.push({ meeting: entry.meeting, items: [entry] });
  }
  for (const group of groups) {
    if (group.items.length < 2) continue;
    const position = new Map(group.meeting.itemIds.map((id, i) => [id, i]));
    group.items.sort((a, b) => position.get(a.item.id)! - position.get(b.item.id)!);
  }
  return groups;
}
