/**
 * "Frågor och svar": every question of the archive with its answer, newest
 * meeting first, in pages; the same by topic and by the agency that
 * answered, with the filters that link to them. Pure.
 */
import { agencyMatcher, namesOf } from '../../core/agency-names.ts';
import type { AgencyEntry, ItemEntry, MeetingEntry, QuestionEntry, TopicEntry } from '../../core/index-schema.ts';
import { LISTINGS, urls } from '../../core/urls.ts';
import { excerpt, type TextPart } from '../excerpt.ts';
import { type Paging, pageSlice, paging } from './paging.ts';

/** A question with its answer for the question listings and agency pages. */
export interface ListedQuestion {
  question: QuestionEntry;
  item: ItemEntry;
  meeting: MeetingEntry;
  /** The answer's first sentences (from where an answering agency is named, the name marked). */
  answer: TextPart[];
  /** Agencies that answered, and the question's own topics. */
  agencies: AgencyEntry[];
  topics: TopicEntry[];
}

/** One page of "Frågor och svar": all questions, or a topic's, or those an agency answered. */
export interface QuestionPage extends Paging {
  kind: 'all' | 'topic' | 'agency';
  /** The topic or agency of a filtered listing; null for all. */
  topic: TopicEntry | null;
  agency: AgencyEntry | null;
  questions: ListedQuestion[];
  total: number;
}

/** A topic or agency that has questions, with how many and its question listing. */
export interface QuestionFilter<T> {
  entry: T;
  count: number;
  url: string;
}

/** The question listings: their pages, their filters, and each agency's questions (for its page). */
export interface QuestionListings {
  /** Every question first (a page also when there are none), then by topic, then by agency. */
  pages: QuestionPage[];
  /** The topics and agencies that have questions, in the order given (by name). */
  topics: QuestionFilter<TopicEntry>[];
  agencies: QuestionFilter<AgencyEntry>[];
  /** The questions each agency answered, newest first, by agency id. */
  byAgency: Map<string, ListedQuestion[]>;
}

/** Every question of the archive in the order of `meetings` (newest first), each meeting's in the order of its minutes. */
export function listQuestions(
  meetings: readonly MeetingEntry[],
  itemsById: Record<string, ItemEntry>,
  topicsById: Record<string, TopicEntry>,
  agenciesById: Record<string, AgencyEntry>,
): ListedQuestion[] {
  // One matcher per set of answering agencies, made once.
  const matchers = new Map<string, RegExp | undefined>();
  const matcherOf = (agencies: readonly AgencyEntry[]) => {
    const key = agencies.map((a) => a.id).join(' ');
    if (!matchers.has(key)) {
      matchers.set(key, agencyMatcher(agencies.flatMap(namesOf)));
    }
    return matchers.get(key);
  };
  const listed: ListedQuestion[] = [];
  for (const meeting of meetings) {
    for (const itemId of meeting.itemIds) {
      const item = itemsById[itemId];
      if (!item) continue;
      for (const question of item.questions) {
        const topics = question.topicIds.flatMap((id) => topicsById[id] ?? []);
        const agencies = question.answeringAgencyIds.flatMap((id) => agenciesById[id] ?? []);
        listed.push({ question, item, meeting, answer: excerpt(question.answerText, matcherOf(agencies)), agencies, topics });
      }
    }
  }
  return listed;
}

/** The listings of `questions` (newest first): all of them, then those of each of `topics` and of each of `agencies` that has any. */
export function questionListings(
  questions: readonly ListedQuestion[],
  topics: readonly TopicEntry[],
  agencies: readonly AgencyEntry[],
): QuestionListings {
  const byTopic = new Map<string, ListedQuestion[]>();
  const byAgency = new Map<string, ListedQuestion[]>();
  for (const listed of questions) {
    for (const topic of listed.topics) addTo(byTopic, topic.id, listed);
    for (const agency of listed.agencies) addTo(byAgency, agency.id, listed);
  }
  const listings: QuestionListings = { pages: [], topics: [], agencies: [], byAgency };
  listings.pages.push(...questionPages(questions, LISTINGS.questions, { kind: 'all', topic: null, agency: null }, true));
  for (const topic of topics) {
    const list = byTopic.get(topic.id);
    if (!list) continue;
    const url = urls.topicQuestions(topic.id);
    listings.topics.push({ entry: topic, count: list.length, url });
    listings.pages.push(...questionPages(list, url, { kind: 'topic', topic, agency: null }));
  }
  for (const agency of agencies) {
    const list = byAgency.get(agency.id);
    if (!list) continue;
    const url = urls.agencyQuestions(agency.id);
    listings.agencies.push({ entry: agency, count: list.length, url });
    listings.pages.push(...questionPages(list, url, { kind: 'agency', topic: null, agency }));
  }
  return listings;
}

/** The pages of one question listing whose first page is `firstUrl`. */
function questionPages(
  list: readonly ListedQuestion[],
  firstUrl: string,
  filter: Pick<QuestionPage, 'kind' | 'topic' | 'agency'>,
  atLeastOne = false,
): QuestionPage[] {
  return paging(firstUrl, list.length, atLeastOne).map((page) => ({ ...page, ...filter, questions: pageSlice(list, page.number), total: list.length }));
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
