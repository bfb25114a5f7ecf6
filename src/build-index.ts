/**
 * Stage 4, build index: turns validated meetings into the structured index
 * (shape in `index-schema.ts`). Pure. All grouping, sorting, slugs, URLs,
 * cross-links and previous/next are decided here, not in templates.
 */
import type { ArchiveIndex, AgencyEntry, ItemEntry, MeetingEntry, PersonEntry, TopicEntry, YearEntry } from './index-schema.ts';
import { excerpt, toSafeHtml } from './markdown.ts';
import type { ValidMeeting } from './model.ts';
import type { Registries } from './registry.ts';

/** Paths of the pages, from the site root. */
export const urls = {
  meeting: (id: string) => `/moten/${id}/`,
  item: (meetingId: string, anchor: string) => `/moten/${meetingId}/#${anchor}`,
  topic: (id: string) => `/amnen/${id}/`,
  agency: (id: string) => `/aktorer/${id}/`,
  person: (id: string) => `/personer/${id}/`,
  year: (year: number) => `/ar/${year}/`,
};

/** How many related items each item lists. */
export const RELATED_LIMIT = 5;

const swedish = new Intl.Collator('sv');

/** Builds the index. Meetings may come in any order. */
export function buildIndex(validMeetings: readonly ValidMeeting[], registries: Registries): ArchiveIndex {
  const sorted = [...validMeetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const items: ItemEntry[] = [];
  const meetings: MeetingEntry[] = sorted.map((meeting, index) => {
    let number = 0;
    const own = meeting.items.map((item): ItemEntry => {
      const presenters = item.presenters.map(({ personId, agencyId }) => ({ personId, agencyId }));
      return {
        id: `${meeting.slug}#${item.anchor}`,
        meetingId: meeting.slug,
        anchor: item.anchor,
        url: urls.item(meeting.slug, item.anchor),
        number: item.kind === 'agenda' ? ++number : null,
        title: item.title,
        kind: item.kind,
        presenters,
        personIds: unique(presenters.map((p) => p.personId)),
        agencyIds: item.agencyIds,
        network: item.network,
        topicIds: item.topicIds,
        html: toSafeHtml(item.nodes),
        text: item.text,
        excerpt: excerpt(item.text),
        relatedIds: [],
      };
    });
    items.push(...own);
    return {
      id: meeting.slug,
      date: meeting.date,
      year: Number(meeting.date.slice(0, 4)),
      title: meeting.title,
      url: urls.meeting(meeting.slug),
      file: meeting.file,
      speakers: meeting.speakers.map(({ personId, agencyId }) => ({ personId, agencyId })),
      agencyIds: meeting.agencyIds,
      topicIds: meeting.topicIds,
      itemIds: own.map((i) => i.id),
      introHtml: meeting.intro.length ? toSafeHtml(meeting.intro) : '',
      previousId: sorted[index - 1]?.slug ?? null,
      nextId: sorted[index + 1]?.slug ?? null,
    };
  });

  const newestFirst = [...items].reverse();
  const meetingsOf = (list: readonly ItemEntry[]) => unique(list.map((i) => i.meetingId));

  const topics: TopicEntry[] = registries.topics
    .map((topic) => {
      const on = newestFirst.filter((i) => i.topicIds.includes(topic.id));
      return { id: topic.id, name: topic.name, description: topic.description, url: urls.topic(topic.id), itemIds: on.map((i) => i.id), meetingIds: meetingsOf(on) };
    })
    .sort((a, b) => swedish.compare(a.name, b.name));

  const people = buildPeople(sorted, newestFirst);
  const agencies: AgencyEntry[] = registries.agencies
    .map((agency) => {
      const by = newestFirst.filter((i) => i.agencyIds.includes(agency.id));
      const personIds = people.filter((p) => p.agencyIds.includes(agency.id)).map((p) => p.id);
      return {
        id: agency.id,
        name: agency.name,
        shortName: agency.short ?? null,
        aliases: agency.aliases,
        website: agency.website ?? null,
        url: urls.agency(agency.id),
        itemIds: by.map((i) => i.id),
        personIds,
        meetingIds: meetingsOf(by),
      };
    })
    .sort((a, b) => swedish.compare(a.name, b.name));

  const years: YearEntry[] = unique(meetings.map((m) => m.year))
    .sort((a, b) => b - a)
    .map((year) => ({ year, url: urls.year(year), meetingIds: meetings.filter((m) => m.year === year).map((m) => m.id) }));

  linkRelated(items, newestFirst);
  return { schemaVersion: 1, meetings, items, topics, agencies, people, years };
}

/** People from the presenters of every item, with their agencies and items. */
function buildPeople(meetings: readonly ValidMeeting[], newestFirst: readonly ItemEntry[]): PersonEntry[] {
  const names = new Map<string, string>();
  for (const meeting of meetings) for (const speaker of meeting.speakers) if (!names.has(speaker.personId)) names.set(speaker.personId, speaker.name);
  return [...names]
    .map(([id, name]) => {
      const by = newestFirst.filter((i) => i.personIds.includes(id));
      const agencyIds = unique(by.flatMap((i) => i.presenters.filter((p) => p.personId === id).map((p) => p.agencyId)));
      return { id, name, url: urls.person(id), agencyIds, itemIds: by.map((i) => i.id), meetingIds: unique(by.map((i) => i.meetingId)) };
    })
    .filter((person) => person.itemIds.length > 0)
    .sort((a, b) => swedish.compare(a.name, b.name));
}

/** Fills `relatedIds`: items of other meetings sharing a topic, most shared topics first, then newest. */
function linkRelated(items: readonly ItemEntry[], newestFirst: readonly ItemEntry[]): void {
  const byTopic = new Map<string, ItemEntry[]>();
  for (const item of newestFirst) for (const topic of item.topicIds) byTopic.set(topic, [...(byTopic.get(topic) ?? []), item]);
  const order = new Map(newestFirst.map((entry, index) => [entry, index]));
  for (const item of items) {
    const shared = new Map<ItemEntry, number>();
    for (const topic of item.topicIds) {
      for (const other of byTopic.get(topic) ?? []) {
        if (other.meetingId !== item.meetingId) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    item.relatedIds = [...shared]
      .sort(([a, countA], [b, countB]) => countB - countA || (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .slice(0, RELATED_LIMIT)
      .map(([other]) => other.id);
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
