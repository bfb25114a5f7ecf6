/**
 * The pages of a topic, an agency or a person: its items newest first,
 * {@link LISTING_PAGE_SIZE} a page, each with the excerpt that page shows and
 * grouped by meeting. Pure.
 */
import type { ItemEntry } from '../../core/index-schema.ts';
import { groupByMeeting, type ItemResolver, type ListedItem, type MeetingGroup, type Passage } from './items.ts';
import { type Paging, pageSlice, paging } from './paging.ts';

/** A topic, agency or person with the number of its items (for lists and filters). */
export interface Counted<T> {
  entry: T;
  count: number;
}

/** One page of a topic's, agency's or person's items: {@link LISTING_PAGE_SIZE} at a time, newest first. */
export interface ListingPage<T> extends Paging {
  entry: T;
  /** This page's items, with their meetings and passages. */
  items: ListedItem[];
  /** All items of the entry. */
  total: number;
  /** The items of this page by meeting (agency pages show them so). */
  byMeeting: MeetingGroup[];
}

/** The entries that have items of their own, with how many (pages exist only for these). */
export function counted<T extends { itemIds: string[] }>(entries: readonly T[]): Counted<T>[] {
  return entries.filter((entry) => entry.itemIds.length > 0).map((entry) => ({ entry, count: entry.itemIds.length }));
}

/**
 * The pages of each listed entry, its items newest first with the passage `passageOf(entry)` makes
 * of each. A listed entry has a page even without items of its own (an agency that only answered).
 */
export function listingPages<T extends { itemIds: string[]; url: string }>(
  entries: readonly Counted<T>[],
  resolve: ItemResolver,
  passageOf: (entry: T) => (item: ItemEntry) => Passage,
): ListingPage<T>[] {
  return entries.flatMap(({ entry }) => {
    const passageFor = passageOf(entry);
    return paging(entry.url, entry.itemIds.length, true).map((page) => {
      const items = resolve(pageSlice(entry.itemIds, page.number)).map((found) => ({ ...found, ...passageFor(found.item) }));
      return { ...page, entry, items, total: entry.itemIds.length, byMeeting: groupByMeeting(items) };
    });
  });
}
