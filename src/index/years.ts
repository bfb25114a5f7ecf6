/** The index's years: each year with meetings, newest first, with its page and its meetings in the order of their dates. Pure. */
import type { MeetingEntry, YearEntry } from '../core/index-schema.ts';
import { urls } from '../core/urls.ts';
import { unique } from '../core/text.ts';

/** The years of `meetings` (in the order of their dates), newest first, each with its meetings oldest first. */
export function buildYears(meetings: readonly Pick<MeetingEntry, 'id' | 'year'>[]): YearEntry[] {
  return unique(meetings.map((m) => m.year))
    .sort((a, b) => b - a)
    .map((year) => ({ year, url: urls.year(year), meetingIds: meetings.filter((m) => m.year === year).map((m) => m.id) }));
}
