/** The search page's counts before a search: how many meetings it finds with each filter's value and no words. Pure. */
import type { ItemEntry, MeetingEntry } from '../../core/index-schema.ts';
import { meetingFilterValues } from '../../core/search-contract.ts';

/** How many meetings have each value of each search filter, as their search records have them: by filter name, then value. */
export function searchCounts(meetings: readonly MeetingEntry[], itemsById: Readonly<Record<string, ItemEntry>>): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const meeting of meetings) {
    const values = meetingFilterValues(
      meeting.year,
      meeting.itemIds.map((id) => itemsById[id]!),
    );
    for (const [name, list] of Object.entries(values)) for (const value of list) (counts[name] ??= {})[value] = (counts[name]![value] ?? 0) + 1;
  }
  return counts;
}
