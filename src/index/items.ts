/**
 * The index's items, meeting by meeting: each agenda item and slide text with
 * its id, deep link, number, presenters, questions and outcomes, in the order
 * of the minutes. Related items are filled in later (`related.ts`). Pure.
 */
import type { ItemEntry } from '../core/index-schema.ts';
import type { ItemRecord, MeetingRecord } from '../core/model.ts';
import { urls } from '../core/urls.ts';
import { unique } from '../core/text.ts';

/** A meeting's items in the order of its minutes, the agenda items numbered 1, 2, … (slide text has no number). */
export function meetingItems(meeting: MeetingRecord): ItemEntry[] {
  let number = 0;
  return meeting.items.map((item) => itemEntry(meeting, item, item.kind === 'agenda' ? ++number : null));
}

/** One item of `meeting` with its number (null for slide text), its deep links and no related items yet. */
function itemEntry(meeting: MeetingRecord, item: ItemRecord, number: number | null): ItemEntry {
  const presenters = item.presenters.map(({ personId, agencyId }) => ({ personId, agencyId }));
  return {
    id: `${meeting.slug}#${item.anchor}`,
    meetingId: meeting.slug,
    anchor: item.anchor,
    url: urls.item(meeting.slug, item.anchor),
    number,
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
      topicIds: q.topicIds,
    })),
    outcomes: item.outcomes.map((o) => ({ kind: o.kind, text: o.text, url: urls.item(meeting.slug, o.anchor) })),
    html: item.html,
    text: item.text,
    excerpt: item.excerpt,
    relatedIds: [],
  };
}
