/** A person's pages: the items they presented, newest first, each with its opening. Pure. */
import type { ItemEntry, PersonEntry } from '../../core/index-schema.ts';
import { excerpt } from '../excerpt.ts';
import type { ItemResolver } from './items.ts';
import { type Counted, type ListingPage, listingPages } from './listing.ts';

/** The pages of the people with items, each item's excerpt its opening. */
export function personPages(people: readonly Counted<PersonEntry>[], resolve: ItemResolver): ListingPage<PersonEntry>[] {
  return listingPages(people, resolve, () => (item: ItemEntry) => ({ excerpt: excerpt(item.text) }));
}
