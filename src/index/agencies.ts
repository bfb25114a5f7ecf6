/**
 * The index's agencies: every agency of the registry, by name, with the items
 * it presented, those it answered in, the questions it answered and its
 * people. Pure.
 */
import { shortNameOf } from '../core/agency-names.ts';
import type { AgencyEntry, PersonEntry } from '../core/index-schema.ts';
import { urls } from '../core/urls.ts';
import { byName, type ItemGroups, meetingsOf } from './groups.ts';

/** An agency as the index takes it from the registry. */
export interface AgencyRegistryEntry {
  id: string;
  name: string;
  short?: string | undefined;
  aliases: string[];
  website?: string | undefined;
}

/** Every registry agency, by name, with its page, its items, answers and questions (from `groups`) and the `people` who presented for it. */
export function buildAgencies(
  registry: readonly AgencyRegistryEntry[],
  groups: Pick<ItemGroups, 'byAgency' | 'byAnswering' | 'questionsByAgency'>,
  people: readonly PersonEntry[],
): AgencyEntry[] {
  const agencyPeople = new Map<string, string[]>();
  for (const person of people)
    for (const agencyId of person.agencyIds) {
      const list = agencyPeople.get(agencyId);
      if (list) list.push(person.id);
      else agencyPeople.set(agencyId, [person.id]);
    }
  return registry
    .map((agency) => {
      const by = groups.byAgency.get(agency.id) ?? [];
      return {
        id: agency.id,
        name: agency.name,
        shortName: shortNameOf(agency) ?? null,
        aliases: agency.aliases,
        website: agency.website ?? null,
        url: urls.agency(agency.id),
        itemIds: by.map((i) => i.id),
        answeredItemIds: (groups.byAnswering.get(agency.id) ?? []).map((i) => i.id),
        answeredQuestionIds: groups.questionsByAgency.get(agency.id) ?? [],
        personIds: agencyPeople.get(agency.id) ?? [],
        meetingIds: meetingsOf(by),
      };
    })
    .sort(byName);
}
