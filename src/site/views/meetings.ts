/**
 * The meetings listing, year by year, and the site's feed: years newest
 * first, each with its meetings newest first, and the newest meetings. Pure.
 */
import type { MeetingEntry, YearEntry } from '../../core/index-schema.ts';
import { LISTING_PAGE_SIZE } from './paging.ts';

/** How many entries a feed has (the newest). */
export const FEED_SIZE = LISTING_PAGE_SIZE;

/** A year with its meetings, newest first. */
export type YearWithMeetings = YearEntry & { meetings: MeetingEntry[] };

/** The years (newest first) with their meetings, newest first. */
export function yearsWithMeetings(years: readonly YearEntry[], meetingsById: Readonly<Record<string, MeetingEntry>>): YearWithMeetings[] {
  return years.map((year) => {
    const meetings = year.meetingIds.map((id) => meetingsById[id]!).reverse();
    return { ...year, meetings };
  });
}

/** The years by their number (`2021`). */
export function yearsByNumber(years: readonly YearEntry[]): Record<string, YearEntry> {
  return Object.fromEntries(years.map((year) => [year.year, year]));
}

/** The meetings of the Atom feed: the {@link FEED_SIZE} newest, from all meetings newest first. */
export function feedMeetings(newestFirst: readonly MeetingEntry[]): MeetingEntry[] {
  return newestFirst.slice(0, FEED_SIZE);
}
