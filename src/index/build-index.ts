/**
 * Stage 4, build index: turns validated meetings into the structured index
 * (shape in `index-schema.ts`). Pure. All grouping, sorting, URLs (from
 * `core/urls.ts`), cross-links and previous/next are decided here, not in
 * templates.
 */
import type { ArchiveIndex, AgencyEntry, ItemEntry, MeetingEntry, PersonEntry, TopicEntry, YearEntry } from '../core/index-schema.ts';
import type { MeetingRecord } from '../core/model.ts';
import { urls } from '../core/urls.ts';

/** What the index takes from the registries (the check's `Registries` is one). */
export interface RegistryEntries {
  topics: readonly { id: string; name: string; description: string; signals: string[]; searchTerms: string[] }[];
  agencies: readonly { id: string; name: string; short?: string | undefined; aliases: string[]; website?: string | undefined }[];
}

/** How many related items each item lists. */
export const RELATED_LIMIT = 5;

const swedish = new Intl.Collator('sv');

/** Builds the index. Meetings may come in any order. */
export function buildIndex(validMeetings: readonly MeetingRecord[], registries: RegistryEntries): ArchiveIndex {
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
        answeringAgencyIds: item.answeringAgencyIds,
        network: item.network,
        topicIds: item.topicIds,
        questions: item.questions.map((q) => ({
          id: `${meeting.slug}#${q.anchor}`,
          anchor: q.anchor,
          url: urls.item(meeting.slug, q.anchor),
          text: q.text,
          answeringAgencyIds: q.answeringAgencyIds,
          answerText: q.answerText,
        })),
        outcomes: item.outcomes.map((o) => ({ kind: o.kind, text: o.text, url: urls.item(meeting.slug, o.anchor) })),
        html: item.html,
        text: item.text,
        excerpt: item.excerpt,
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
      introHtml: meeting.introHtml,
      introText: meeting.introText,
      previousId: sorted[index - 1]?.slug ?? null,
      nextId: sorted[index + 1]?.slug ?? null,
    };
  });

  const newestFirst = [...items].reverse();
  const byTopic = groupItems(newestFirst, (i) => i.topicIds);
  const byAgency = groupItems(newestFirst, (i) => i.agencyIds);
  const byAnswering = groupItems(newestFirst, (i) => i.answeringAgencyIds);
  const questionsBy = new Map<string, string[]>();
  for (const item of newestFirst) {
    for (const question of item.questions) {
      for (const agencyId of question.answeringAgencyIds) {
        const list = questionsBy.get(agencyId);
        if (list) list.push(question.id);
        else questionsBy.set(agencyId, [question.id]);
      }
    }
  }
  const byPerson = groupItems(newestFirst, (i) => i.personIds);
  const meetingsOf = (list: readonly ItemEntry[]) => unique(list.map((i) => i.meetingId));

  const topics: TopicEntry[] = registries.topics
    .map((topic) => {
      const on = byTopic.get(topic.id) ?? [];
      return {
        id: topic.id,
        name: topic.name,
        description: topic.description,
        url: urls.topic(topic.id),
        feedUrl: urls.topicFeed(topic.id),
        signals: topic.signals,
        searchTerms: topic.searchTerms,
        itemIds: on.map((i) => i.id),
        meetingIds: meetingsOf(on),
      };
    })
    .sort((a, b) => swedish.compare(a.name, b.name));

  const people = buildPeople(sorted, byPerson);
  const agencyPeople = new Map<string, string[]>();
  for (const person of people)
    for (const agencyId of person.agencyIds) {
      const list = agencyPeople.get(agencyId);
      if (list) list.push(person.id);
      else agencyPeople.set(agencyId, [person.id]);
    }
  const agencies: AgencyEntry[] = registries.agencies
    .map((agency) => {
      const by = byAgency.get(agency.id) ?? [];
      return {
        id: agency.id,
        name: agency.name,
        shortName: agency.short ?? null,
        aliases: agency.aliases,
        website: agency.website ?? null,
        url: urls.agency(agency.id),
        itemIds: by.map((i) => i.id),
        answeredItemIds: (byAnswering.get(agency.id) ?? []).map((i) => i.id),
        answeredQuestionIds: questionsBy.get(agency.id) ?? [],
        personIds: agencyPeople.get(agency.id) ?? [],
        meetingIds: meetingsOf(by),
      };
    })
    .sort((a, b) => swedish.compare(a.name, b.name));

  const years: YearEntry[] = unique(meetings.map((m) => m.year))
    .sort((a, b) => b - a)
    .map((year) => ({ year, url: urls.year(year), meetingIds: meetings.filter((m) => m.year === year).map((m) => m.id) }));

  linkRelated(items, byTopic);
  return { schemaVersion: 1, meetings, items, topics, agencies, people, years };
}

/** Items grouped by each of their keys (topics, agencies, people), keeping the order given. */
function groupItems(items: readonly ItemEntry[], keysOf: (item: ItemEntry) => readonly string[]): Map<string, ItemEntry[]> {
  const groups = new Map<string, ItemEntry[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** People from the presenters of every item, with their agencies and items. */
function buildPeople(meetings: readonly MeetingRecord[], byPerson: Map<string, ItemEntry[]>): PersonEntry[] {
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
    .sort((a, b) => swedish.compare(a.name, b.name));
}

/**
 * Fills `relatedIds`: items of other meetings on the same topics, nearest in
 * time first (alternately before and after), taking the item's topics in turn.
 */
function linkRelated(items: readonly ItemEntry[], byTopic: Map<string, ItemEntry[]>): void {
  const position = new Map<string, Map<ItemEntry, number>>();
  for (const [topic, list] of byTopic) position.set(topic, new Map(list.map((item, index) => [item, index])));
  for (const item of items) {
    const cursors = item.topicIds.map((topic) => ({ list: byTopic.get(topic) ?? [], at: position.get(topic)?.get(item) ?? 0, step: 1 }));
    const related: string[] = [];
    const seen = new Set<string>();
    let progress = true;
    while (related.length < RELATED_LIMIT && progress) {
      progress = false;
      for (const cursor of cursors) {
        // Walk outwards from the item: newer (index - step), then older (index + step).
        while (cursor.step <= cursor.list.length) {
          const candidates = [cursor.list[cursor.at - cursor.step], cursor.list[cursor.at + cursor.step]];
          cursor.step++;
          const fresh = candidates.filter((c): c is ItemEntry => c !== undefined && c.meetingId !== item.meetingId && !seen.has(c.id));
          if (fresh.length === 0) continue;
          for (const c of fresh) if (related.length < RELATED_LIMIT) (related.push(c.id), seen.add(c.id));
          progress = true;
          break;
        }
        if (related.length >= RELATED_LIMIT) break;
      }
    }
    item.relatedIds = related;
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
