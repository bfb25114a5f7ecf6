/** The index's people: those who presented an item, by name, with their agencies and items. Pure. */
import type { ItemEntry, PersonEntry } from '../core/index-schema.ts';
import type { MeetingRecord } from '../core/model.ts';
import { unique } from '../core/text.ts';
import { urls } from '../core/urls.ts';
import { byName } from './groups.ts';

/**
 * People from the speakers of `meetings` (the name of a person's first meeting), with the agencies
 * they presented for and their items (`byPerson`, newest first); a speaker without an item is left out.
 */
export function buildPeople(meetings: readonly MeetingRecord[], byPerson: ReadonlyMap<string, readonly ItemEntry[]>): PersonEntry[] {
  const names = new Map<string, string>();
  for (const meeting of meetings)
    for (const speaker of meeting.speakers) if (!names.has(speaker.personId)) names.set(speaker.personId, speaker.name);
  return [...names]
    .map(([id, name]) => {
      const by = byPerson.get(id) ?? [];
      const agencyIds = unique(by.flatMap((i) => i.presenters.filter((p) => p.personId === id).map((p) => p.agencyId)));
      return { id, name, url: urls.person(id), agencyIds, itemIds: by.map((i) => i.id), meetingIds: unique(by.map((i) => i.meetingId)) };
    })
    .filter((person) => person.itemIds.length > 0)
    .sort(byName);
}
