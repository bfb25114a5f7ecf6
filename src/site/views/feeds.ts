/**
 * The Atom feeds of "Följ": one per topic, agency and person with items, each
 * with its newest items (a topic's items on it, an agency's items it presented
 * or answered in, a person's items they presented), newest first. Each entry
 * names who presented it, the agencies that answered and its meeting, so that a
 * feed reader or a feed-to-e-mail service shows a useful post. Pure.
 */
import type { AgencyEntry, ItemEntry, MeetingEntry, PersonEntry, TopicEntry } from '../../core/index-schema.ts';
import { urls } from '../../core/urls.ts';
import { excerpt } from '../excerpt.ts';
import type { AgencyMatchers } from './agency.ts';
import { type ItemResolver, type ListedItem, passage, type Passage } from './items.ts';
import type { Counted, ListingPage } from './listing.ts';
import { FEED_SIZE } from './meetings.ts';

/** An agency as a feed entry names it: its id (a feed-to-e-mail service's tag) and its name. */
export interface FeedAgency {
  id: string;
  name: string;
}

/** One entry of a feed: an item with its meeting and passage, and who presented and answered. */
export interface FeedEntry extends ListedItem {
  /** Who presented, in the order of the heading: "Anders Tegnell, Folkhälsomyndigheten". The network's own part is `item.network`. */
  presenters: string[];
  /** The agencies that answered in the item and did not present it, by the order of the index. */
  answeredBy: FeedAgency[];
  /** Every agency that presented or answered, each once (the entry's categories). */
  agencies: FeedAgency[];
}

/** What a feed follows, and its entries. */
export interface EntryFeed {
  /** What is followed: "Besöksförbud", "Folkhälsomyndigheten (FoHM)", "Anders Tegnell". */
  name: string;
  /** The feed's subtitle. */
  description: string;
  /** The page of what is followed. */
  url: string;
  /** The feed's own path. */
  feedUrl: string;
  /** The newest items, at most {@link FEED_SIZE}, newest first. */
  entries: FeedEntry[];
}

/** The lookups {@link entryFeeds} names presenters and agencies with. */
export interface FeedSources {
  agenciesById: Readonly<Record<string, AgencyEntry>>;
  peopleById: Readonly<Record<string, PersonEntry>>;
  resolve: ItemResolver;
  /** Each agency's matcher of its names: an agency's feed shows the passage naming it. */
  matchers: AgencyMatchers;
  /** Every meeting, newest first (an agency's presented and answered items are merged in this order). */
  meetingsNewestFirst: readonly MeetingEntry[];
}

/** An agency's name as a feed prints it: "Folkhälsomyndigheten (FoHM)". */
function agencyName(agency: AgencyEntry): string {
  return agency.shortName ? `${agency.name} (${agency.shortName})` : agency.name;
}

/** `item` as a feed entry, with `found`'s meeting and passage. */
function feedEntry(found: ListedItem, { agenciesById, peopleById }: FeedSources): FeedEntry {
  const { item } = found;
  const named = (id: string): FeedAgency[] => {
    const agency = agenciesById[id];
    return agency ? [{ id, name: agencyName(agency) }] : [];
  };
  const presented = new Set(item.agencyIds);
  const answeredBy = item.answeringAgencyIds.filter((id) => !presented.has(id)).flatMap(named);
  const presenters = item.presenters.map(({ personId, agencyId }) => {
    const person = peopleById[personId]?.name ?? personId;
    const agency = agenciesById[agencyId];
    return agency ? `${person}, ${agencyName(agency)}` : person;
  });
  return { ...found, presenters, answeredBy, agencies: [...item.agencyIds.flatMap(named), ...answeredBy] };
}

/** The feed of `items` (newest first, with their passages), at most {@link FEED_SIZE} entries. */
function feedOf(followed: Omit<EntryFeed, 'entries'>, items: readonly ListedItem[], sources: FeedSources): EntryFeed {
  return { ...followed, entries: items.slice(0, FEED_SIZE).map((found) => feedEntry(found, sources)) };
}

/** Each item's place when every meeting's items are listed newest meeting first, each meeting's in the order of the minutes. */
export function itemRanks(meetingsNewestFirst: readonly MeetingEntry[]): Map<string, number> {
  return new Map(meetingsNewestFirst.flatMap((meeting) => meeting.itemIds).map((id, rank) => [id, rank]));
}

/** The ids of `lists` merged, each once, in the order of `ranks` ({@link itemRanks}); ids it does not hold are left out. */
export function mergeNewestFirst(lists: readonly (readonly string[])[], ranks: ReadonlyMap<string, number>): string[] {
  return [...new Set(lists.flat())].filter((id) => ranks.has(id)).sort((a, b) => ranks.get(a)! - ranks.get(b)!);
}

/**
 * The feeds of every topic, agency and person with a page: a topic's from its first page (its newest items, the
 * passage with its words), an agency's its presented and answered items (the passage naming it), a person's
 * their presented items (the opening).
 */
export function entryFeeds(
  topicFirstPages: readonly ListingPage<TopicEntry>[],
  agencies: readonly Counted<AgencyEntry>[],
  people: readonly Counted<PersonEntry>[],
  sources: FeedSources,
): EntryFeed[] {
  const ranks = itemRanks(sources.meetingsNewestFirst);
  const listed = (ids: readonly string[], passageOf: (item: ItemEntry) => Passage): ListedItem[] =>
    sources.resolve(ids.slice(0, FEED_SIZE)).map((found) => ({ ...found, ...passageOf(found.item) }));
  const topics = topicFirstPages.map((page) =>
    feedOf({ name: page.entry.name, description: page.entry.description, url: page.entry.url, feedUrl: page.entry.feedUrl }, page.items, sources),
  );
  const agencyFeeds = agencies.map(({ entry }) => {
    const matcher = sources.matchers.get(entry.id);
    const ids = mergeNewestFirst([entry.itemIds, entry.answeredItemIds], ranks);
    return feedOf(
      {
        name: agencyName(entry),
        description: `Det som ${agencyName(entry)} har föredragit och svarat på, det senaste först.`,
        url: entry.url,
        feedUrl: urls.agencyFeed(entry.id),
      },
      listed(ids, (item) => passage(item, matcher)),
      sources,
    );
  });
  const personFeeds = people.map(({ entry }) =>
    feedOf(
      {
        name: entry.name,
        description: `Dagordningspunkter som ${entry.name} har föredragit, den senaste först.`,
        url: entry.url,
        feedUrl: urls.personFeed(entry.id),
      },
      listed(entry.itemIds, (item) => ({ excerpt: excerpt(item.text) })),
      sources,
    ),
  );
  return [...topics, ...agencyFeeds, ...personFeeds];
}
