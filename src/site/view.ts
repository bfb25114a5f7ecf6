/**
 * The data the templates paginate: the index plus lookups by id and the few
 * groupings pages need (an agency's items meeting by meeting, a year's
 * meetings). Pure; decided here so templates only loop and print.
 */
import type { AgencyEntry, ArchiveIndex, ItemEntry, MeetingEntry, PersonEntry, TopicEntry, YearEntry } from '../core/index-schema.ts';
import { presentationLabel } from '../core/presentation.ts';
import { STATIC_PAGES, urls } from '../core/urls.ts';

/** A meeting with the items that belong to a listing (an agency's, a year's). */
export interface MeetingGroup {
  meeting: MeetingEntry;
  items: ItemEntry[];
}

/** An item with its meeting. */
export interface ItemWithMeeting {
  item: ItemEntry;
  meeting: MeetingEntry;
}

/** A section of a meeting page: an agenda item or slide text, with its label in the table of contents. */
export interface MeetingSection {
  item: ItemEntry;
  /** How the table of contents names it: the item's title; slide text's without "Ur presentationen:". */
  tocLabel: string;
}

/** A meeting's items as its page shows them. */
export interface MeetingPage {
  /** The agenda items, in the order of the minutes (the agenda, counts, feed summaries). */
  agenda: MeetingSection[];
  /** The slide text sections, in the order of the minutes ("Ur presentationerna" in the table of contents). */
  presentations: MeetingSection[];
  /** Every section in the order of the page: the agenda items, then the slide text. */
  sections: MeetingSection[];
}

/** A topic, agency or person with the number of its items (for lists and filters). */
export interface Counted<T> {
  entry: T;
  count: number;
}

/** One page of a topic's, agency's or person's items: {@link LISTING_PAGE_SIZE} at a time, newest first. */
export interface ListingPage<T> {
  entry: T;
  /** This page's items, with their meetings. */
  items: ItemWithMeeting[];
  /** All items of the entry. */
  total: number;
  /** 1, 2, … */
  number: number;
  pageCount: number;
  /** This page's path: the entry's URL, then `sida-2/`, `sida-3/` … */
  url: string;
  /** Every page of the entry, for the page navigation. */
  pages: { number: number; url: string }[];
  /** The items of this page by meeting (agency pages show them so). */
  byMeeting: MeetingGroup[];
}

/** How many items a topic, agency or person page shows. */
export const LISTING_PAGE_SIZE = 50;

/** How many entries a feed has (the newest). */
export const FEED_SIZE = LISTING_PAGE_SIZE;

/** Everything the templates get as `archive`. */
export interface SiteData {
  index: ArchiveIndex;
  meetingsById: Record<string, MeetingEntry>;
  itemsById: Record<string, ItemEntry>;
  topicsById: Record<string, TopicEntry>;
  agenciesById: Record<string, AgencyEntry>;
  peopleById: Record<string, PersonEntry>;
  /** Years by their number (`2021`). */
  yearsById: Record<string, YearEntry>;
  /** The meetings whose pages are rendered: all of them, or (in the preview's quick rebuild) the changed ones. */
  renderMeetings: MeetingEntry[];
  /** All meetings, newest first. */
  meetingsNewestFirst: MeetingEntry[];
  /** Topics, agencies and people that have items (pages exist only for these), by name, with counts. */
  topics: Counted<TopicEntry>[];
  agencies: Counted<AgencyEntry>[];
  people: Counted<PersonEntry>[];
  /** Their pages. */
  topicPages: ListingPage<TopicEntry>[];
  agencyPages: ListingPage<AgencyEntry>[];
  personPages: ListingPage<PersonEntry>[];
  /** Years newest first, each with its meetings newest first. */
  years: (YearEntry & { meetings: MeetingEntry[] })[];
  /** The newest meetings, for the Atom feed. */
  feedMeetings: MeetingEntry[];
  /** The first page of each topic: its newest items, for the topic's Atom feed. */
  topicFeeds: ListingPage<TopicEntry>[];
  /** Paths of every HTML page for the sitemap (no 404). */
  sitemap: string[];
  /** Every meeting's sections as its page shows them, by meeting id. */
  meetingPages: Record<string, MeetingPage>;
  /** The folders of the search index's parts, newest first (the search page searches them all). */
  searchIndexes: string[];
}

const byId = <T extends { id: string }>(list: readonly T[]): Record<string, T> => Object.fromEntries(list.map((entry) => [entry.id, entry]));

/** Options of {@link toSiteData}. */
export interface SiteDataOptions {
  /** The folders of the search index's parts that the build writes, newest first, for the search page. */
  searchIndexes: readonly string[];
  /** False leaves out the topic, agency and person pages (a quick rebuild renders none). Default: true. */
  listings?: boolean;
}

/** Builds the template data from the index. */
export function toSiteData(index: ArchiveIndex, { searchIndexes, listings = true }: SiteDataOptions): SiteData {
  const meetingsById = byId(index.meetings);
  const itemsById = byId(index.items);
  const resolve = (itemIds: readonly string[]) =>
    itemIds.map((id) => {
      const item = itemsById[id];
      const meeting = item && meetingsById[item.meetingId];
      if (!item || !meeting) throw new Error(`The index refers to a missing item ${id}`);
      return { item, meeting };
    });
  const counted = <T extends { itemIds: string[] }>(entries: readonly T[]): Counted<T>[] =>
    entries.filter((entry) => entry.itemIds.length > 0).map((entry) => ({ entry, count: entry.itemIds.length }));
  const paged = <T extends { itemIds: string[]; url: string }>(entries: readonly Counted<T>[]): ListingPage<T>[] =>
    entries.flatMap(({ entry }) => {
      const pageCount = Math.ceil(entry.itemIds.length / LISTING_PAGE_SIZE);
      const pages = Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, url: urls.listingPage(entry.url, i + 1) }));
      return pages.map(({ number, url }) => {
        const items = resolve(entry.itemIds.slice((number - 1) * LISTING_PAGE_SIZE, number * LISTING_PAGE_SIZE));
        return { entry, items, total: entry.itemIds.length, number, pageCount, url, pages, byMeeting: groupByMeeting(items) };
      });
    });

  const meetingPages: SiteData['meetingPages'] = {};
  for (const meeting of index.meetings) meetingPages[meeting.id] = meetingPage(resolve(meeting.itemIds).map(({ item }) => item));

  const topics = counted(index.topics);
  const agencies = counted(index.agencies);
  const people = counted(index.people);
  const topicPages = listings ? paged(topics) : [];
  const agencyPages = listings ? paged(agencies) : [];
  const personPages = listings ? paged(people) : [];
  const sitemap = [
    ...STATIC_PAGES,
    ...index.meetings.map((m) => m.url),
    ...index.years.map((y) => y.url),
    ...[...topicPages, ...agencyPages, ...personPages].map((p) => p.url),
  ];
  return {
    index,
    meetingsById,
    itemsById,
    topicsById: byId(index.topics),
    agenciesById: byId(index.agencies),
    peopleById: byId(index.people),
    yearsById: Object.fromEntries(index.years.map((year) => [year.year, year])),
    renderMeetings: index.meetings,
    meetingsNewestFirst: [...index.meetings].reverse(),
    topics,
    agencies,
    people,
    topicPages,
    agencyPages,
    personPages,
    feedMeetings: [...index.meetings].reverse().slice(0, FEED_SIZE),
    topicFeeds: topicPages.filter((page) => page.number === 1),
    sitemap,
    years: index.years.map((year) => ({ ...year, meetings: year.meetingIds.map((id) => meetingsById[id]!).reverse() })),
    meetingPages,
    searchIndexes: [...searchIndexes],
  };
}

/** A meeting's page from its items in the order of the minutes: the agenda items first, then the slide text. */
export function meetingPage(items: readonly ItemEntry[]): MeetingPage {
  const agenda = items.filter((item) => item.kind === 'agenda').map((item) => ({ item, tocLabel: item.title }));
  const presentations = items.filter((item) => item.kind === 'presentation').map((item) => ({ item, tocLabel: presentationLabel(item.title) }));
  return { agenda, presentations, sections: [...agenda, ...presentations] };
}

/** Groups items (newest first) by meeting, keeping the order. */
export function groupByMeeting(items: readonly ItemWithMeeting[]): MeetingGroup[] {
  const groups: MeetingGroup[] = [];
  for (const { item, meeting } of items) {
    const last = groups.at(-1);
    if (last && last.meeting.id === meeting.id) last.items.push(item);
    else groups.push({ meeting, items: [item] });
  }
  for (const group of groups) group.items.sort((a, b) => group.meeting.itemIds.indexOf(a.id) - group.meeting.itemIds.indexOf(b.id));
  return groups;
}
