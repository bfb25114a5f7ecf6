/**
 * The data the templates paginate: the index plus lookups by id and the few
 * groupings pages need (an agency's items meeting by meeting, a year's
 * meetings). Pure; decided here so templates only loop and print.
 */
import type { AgencyEntry, ArchiveIndex, ItemEntry, MeetingEntry, PersonEntry, TopicEntry, YearEntry } from '../index-schema.ts';

/** A meeting with the items that belong to a listing (an agency's, a year's). */
export interface MeetingGroup {
  meeting: MeetingEntry;
  items: ItemEntry[];
}

/** A topic, agency or person page with its items resolved. */
export interface ListingPage<T> {
  entry: T;
  /** Items newest first, with their meetings. */
  items: { item: ItemEntry; meeting: MeetingEntry }[];
}

/** Everything the templates get as `archive`. */
export interface SiteData {
  index: ArchiveIndex;
  meetingsById: Record<string, MeetingEntry>;
  itemsById: Record<string, ItemEntry>;
  topicsById: Record<string, TopicEntry>;
  agenciesById: Record<string, AgencyEntry>;
  peopleById: Record<string, PersonEntry>;
  /** All meetings, newest first. */
  meetingsNewestFirst: MeetingEntry[];
  /** Topics, agencies and people that have items (pages exist only for these), by name. */
  topics: ListingPage<TopicEntry>[];
  agencies: (ListingPage<AgencyEntry> & { byMeeting: MeetingGroup[] })[];
  people: ListingPage<PersonEntry>[];
  /** Years newest first, each with its meetings newest first. */
  years: (YearEntry & { meetings: MeetingEntry[] })[];
  /** Paths of every HTML page for the sitemap (no 404). */
  sitemap: string[];
  /** Every meeting's agenda items and presentation sections, by meeting id. */
  itemsOfMeeting: Record<string, { agenda: ItemEntry[]; presentations: ItemEntry[] }>;
}

/** The pages that do not come from the index. */
export const STATIC_PAGES = ['/', '/moten/', '/amnen/', '/aktorer/', '/personer/', '/sok/', '/tillganglighetsredogorelse/', '/sa-lagger-du-till-ett-mote/', '/om-arkivet/'];

const byId = <T extends { id: string }>(list: readonly T[]): Record<string, T> => Object.fromEntries(list.map((entry) => [entry.id, entry]));

/** Builds the template data from the index. */
export function toSiteData(index: ArchiveIndex): SiteData {
  const meetingsById = byId(index.meetings);
  const itemsById = byId(index.items);
  const resolve = (itemIds: readonly string[]) =>
    itemIds.map((id) => {
      const item = itemsById[id];
      const meeting = item && meetingsById[item.meetingId];
      if (!item || !meeting) throw new Error(`The index refers to a missing item ${id}`);
      return { item, meeting };
    });
  const listing = <T extends { itemIds: string[] }>(entries: readonly T[]) =>
    entries.filter((entry) => entry.itemIds.length > 0).map((entry) => ({ entry, items: resolve(entry.itemIds) }));

  const itemsOfMeeting: SiteData['itemsOfMeeting'] = {};
  for (const meeting of index.meetings) {
    const items = meeting.itemIds.map((id) => itemsById[id]).filter((i): i is ItemEntry => Boolean(i));
    itemsOfMeeting[meeting.id] = { agenda: items.filter((i) => i.kind === 'agenda'), presentations: items.filter((i) => i.kind === 'presentation') };
  }

  const topics = listing(index.topics);
  const agencies = listing(index.agencies).map((page) => ({ ...page, byMeeting: groupByMeeting(page.items) }));
  const people = listing(index.people);
  const sitemap = [
    ...STATIC_PAGES,
    ...index.meetings.map((m) => m.url),
    ...index.years.map((y) => y.url),
    ...[...topics, ...agencies, ...people].map((p) => p.entry.url),
  ];
  return {
    index,
    meetingsById,
    itemsById,
    topicsById: byId(index.topics),
    agenciesById: byId(index.agencies),
    peopleById: byId(index.people),
    meetingsNewestFirst: [...index.meetings].reverse(),
    topics,
    agencies,
    people,
    sitemap,
    years: index.years.map((year) => ({ ...year, meetings: year.meetingIds.map((id) => meetingsById[id]!).reverse() })),
    itemsOfMeeting,
  };
}

/** Groups items (newest first) by meeting, keeping the order. */
export function groupByMeeting(items: readonly { item: ItemEntry; meeting: MeetingEntry }[]): MeetingGroup[] {
  const groups: MeetingGroup[] = [];
  for (const { item, meeting } of items) {
    const last = groups.at(-1);
    if (last && last.meeting.id === meeting.id) last.items.push(item);
    else groups.push({ meeting, items: [item] });
  }
  for (const group of groups) group.items.sort((a, b) => group.meeting.itemIds.indexOf(a.id) - group.meeting.itemIds.indexOf(b.id));
  return groups;
}
