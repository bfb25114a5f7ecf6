/** The index's meetings: in the order of their dates, each with its page, its items and the meetings before and after it. Pure. */
import type { ItemEntry, MeetingEntry } from '../core/index-schema.ts';
import type { MeetingRecord } from '../core/model.ts';
import { urls } from '../core/urls.ts';

/** The meetings in the order of their dates, oldest first (any order in). */
export function byDate(meetings: readonly MeetingRecord[]): MeetingRecord[] {
  return [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The meetings (sorted by {@link byDate}) as the index has them, each with the ids of its items
 * (`itemsOf[i]` are the items of `sorted[i]`) and the meetings before and after it.
 */
export function buildMeetings(sorted: readonly MeetingRecord[], itemsOf: readonly (readonly ItemEntry[])[]): MeetingEntry[] {
  return sorted.map((meeting, index) => ({
    id: meeting.slug,
    date: meeting.date,
    year: Number(meeting.date.slice(0, 4)),
    title: meeting.title,
    url: urls.meeting(meeting.slug),
    file: meeting.file,
    speakers: meeting.speakers.map(({ personId, agencyId }) => ({ personId, agencyId })),
    agencyIds: meeting.agencyIds,
    topicIds: meeting.topicIds,
    itemIds: (itemsOf[index] ?? []).map((i) => i.id),
    introHtml: meeting.introHtml,
    introText: meeting.introText,
    previousId: sorted[index - 1]?.slug ?? null,
    nextId: sorted[index + 1]?.slug ?? null,
  }));
}
