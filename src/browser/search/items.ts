/**
 * A meeting's record read as its items: each item's kind and filter values
 * from the mark after its heading ({@link parseItemMark}), where its text
 * starts, who presented it and its title; which item each heading belongs to;
 * and the items' first words and questions as the results show them. Pure.
 */
import { ALIAS_SEPARATOR, ANSWERED_META, parseItemMark, parseQuestionMark, PRESENTERS_META } from '../../core/search-contract.ts';
import { EXCERPT_WORDS, type PagefindRecord } from './pagefind.ts';
import { type ChosenFilters, ITEM_FILTER_NAMES } from './state.ts';

/** One item of a meeting's record. */
export interface RecordItem {
  /** The item's anchor on the meeting page. */
  id: string;
  title: string;
  /** `agenda` or `presentation`. */
  kind: string | undefined;
  /** Where the item's text starts, among the record's words. */
  location: number;
  /** Who presented it (`Lotta Edman, FoHM; Malin Grape, FoHM`), or empty. */
  presenters: string;
  /** The agencies that answered in it (`FoHM, SKR`), or empty. */
  answeredBy: string;
  /** The item's values of the topic, agency and person filters. */
  filters: Record<string, string[]>;
  /** Each of its questions' own values (its topics), by the question's anchor: a question's agencies and people are its item's. */
  questions: Map<string, Record<string, string[]>>;
}

/** How many words a question is shown with at most, when it has no question mark or colon before. */
export const QUESTION_WORDS = 16;

/** Pagefind's anchors in the order of the record. */
function inOrder(record: PagefindRecord) {
  return [...record.anchors].sort((a, b) => a.location - b.location);
}

/** The items of a meeting's record, by anchor, in the order of the minutes. */
export function itemsOf(record: PagefindRecord): Map<string, RecordItem> {
  const titles = new Map(record.anchors.filter((a) => a.element === 'h2').map((a) => [a.id, a.text]));
  const items = new Map<string, RecordItem>();
  let last: RecordItem | undefined;
  for (const anchor of inOrder(record)) {
    const question = parseQuestionMark(anchor.id);
    if (question) last?.questions.set(question.anchor, question.filters);
    const mark = parseItemMark(anchor.id);
    if (!mark) continue;
    last = {
      id: mark.anchor,
      title: titles.get(mark.anchor) ?? mark.anchor,
      kind: mark.kind,
      location: anchor.location,
      presenters: record.meta[`${PRESENTERS_META}${mark.anchor}`] ?? '',
      answeredBy: answeredBy(record, mark.anchor),
      filters: mark.filters,
      questions: new Map(),
    };
    items.set(mark.anchor, last);
  }
  return items;
}

/** The agencies that answered the item or question at `anchor` (`FoHM, SKR`), from the record's meta; empty when none did. */
export function answeredBy(record: PagefindRecord, anchor: string): string {
  return record.meta[`${ANSWERED_META}${anchor}`] ?? '';
}

/** For each heading of a meeting's record, the item it belongs to: an item's own `<h2>`, or for a heading in it (a question) the `<h2>` above. */
export function itemOfHeading(record: PagefindRecord): Map<string, string> {
  const owner = new Map<string, string>();
  let item: string | undefined;
  for (const anchor of inOrder(record)) {
    if (anchor.element === 'h2') item = anchor.id;
    if (item && /^h\d$/.test(anchor.element)) owner.set(anchor.id, item);
  }
  return owner;
}

/** Whether an item, or one of its questions, has every chosen value of the topic, agency and person filters. */
export function holds(item: RecordItem, filters: ChosenFilters): boolean {
  return holdsAt(item, item.id, filters) || [...item.questions.keys()].some((anchor) => holdsAt(item, anchor, filters));
}

/**
 * Whether the part of an item under heading `anchor` has every chosen value: the item's own text its values; a
 * question (or slide title) under it its own topics, and its item's agencies and people.
 */
export function holdsAt(item: RecordItem, anchor: string, filters: ChosenFilters): boolean {
  const values = { ...item.filters, ...(anchor === item.id ? {} : (item.questions.get(anchor) ?? {})) };
  return ITEM_FILTER_NAMES.every((name) => {
    const chosen = filters[name];
    return !chosen || (values[name]?.includes(chosen) ?? false);
  });
}

/** The first words of an item's text, from the record's content (Pagefind's locations count its words), up to what is added for search. */
export function firstWords(record: PagefindRecord, item: RecordItem, count = EXCERPT_WORDS): string {
  const words = record.content.split(/\s+/).slice(item.location, item.location + count);
  const cut = words.findIndex((word) => word.includes(ALIAS_SEPARATOR));
  const kept = cut === -1 ? words : words.slice(0, cut);
  return `${kept.join(' ')}${kept.length === count ? ' …' : ''}`;
}

/** A question as a result shows it: up to its question mark or colon, or its first {@link QUESTION_WORDS} words. */
export function questionText(text: string): string {
  const words = text.split(/\s+/).slice(0, QUESTION_WORDS).join(' ');
  const end = words.search(/[?:](\s|$)/);
  return end === -1 ? (words.length < text.length ? `${words} …` : words) : words.slice(0, end + 1);
}
