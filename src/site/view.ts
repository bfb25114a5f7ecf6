/**
 * The data the templates paginate: the index plus lookups by id and what the
 * pages need decided beforehand (an agency's items meeting by meeting, the
 * questions and answers across meetings, decisions and follow-ups, excerpts,
 * a topic's chart, whether a title already gives its date). Pure; decided here
 * so templates only loop and print. Everything is linear in the size of the
 * archive: lookups are maps, never searches of every item per page.
 */
import { MONTHS } from '../core/dates.ts';
import type { AgencyEntry, ArchiveIndex, ItemEntry, MeetingEntry, PersonEntry, QuestionEntry, TopicEntry, YearEntry } from '../core/index-schema.ts';
import { presentationLabel } from '../core/presentation.ts';
import { fold } from '../core/slug.ts';
import { LISTINGS, STATIC_PAGES, urls } from '../core/urls.ts';
import { meetingFilterValues } from '../core/search-contract.ts';
import { type TopicChart, topicChart } from './chart.ts';
import { excerpt, nameMatcher, shorten, signalMatcher, type TextPart } from './excerpt.ts';

export type { TextPart } from './excerpt.ts';

/** An item with its meeting. */
export interface ItemWithMeeting {
  item: ItemEntry;
  meeting: MeetingEntry;
}

/** An item in a listing: with its meeting and the excerpt that listing shows. */
export interface ListedItem extends ItemWithMeeting {
  /** The passage that shows why it is listed (a topic's words, an agency's name, marked), or its opening. */
  excerpt: TextPart[];
}

/** A meeting with the items that belong to a listing (an agency's, a year's). */
export interface MeetingGroup<T extends ItemWithMeeting = ListedItem> {
  meeting: MeetingEntry;
  items: T[];
}

/** A question in the agenda of its meeting page. */
export interface AgendaQuestion {
  anchor: string;
  /** The question, shortened at a word when long (the heading on the page has all of it). */
  label: string;
}

/** A section of a meeting page: an agenda item or slide text, with its label in the table of contents. */
export interface MeetingSection {
  item: ItemEntry;
  /** How the table of contents names it: the item's title; slide text's without "Ur presentationen:". */
  tocLabel: string;
  /** The number to show before the title: null for slide text and for a title that starts with its own number ("13. Budget"). */
  number: number | null;
  /** The item's questions, for the agenda. */
  questions: AgendaQuestion[];
}

/** A decision or follow-up with where it stands. */
export interface ListedOutcome {
  kind: 'decision' | 'follow-up';
  /** "Beslut" or "Uppföljning". */
  label: string;
  /** The text after the label. */
  text: string;
  /** Its place: the question or item it stands under. */
  url: string;
  /** The anchor of that place on the meeting page. */
  anchor: string;
  item: ItemEntry;
  meeting: MeetingEntry;
  /** The question it stands under, if any. */
  question: QuestionEntry | null;
}

/** A meeting's items as its page shows them. */
export interface MeetingPage {
  /** The agenda items, in the order of the minutes (the agenda, counts, feed summaries). */
  agenda: MeetingSection[];
  /** The slide text sections, in the order of the minutes ("Ur presentationerna" in the table of contents). */
  presentations: MeetingSection[];
  /** Every section in the order of the page: the agenda items, then the slide text. */
  sections: MeetingSection[];
  /** Decisions and follow-ups in the order of the minutes ("Beslut och uppföljning" at the top). */
  outcomes: ListedOutcome[];
}

/**
 * A meeting's title split around the date it gives ("Socialchefsnätverket
 * 2 mars 2021": before "Socialchefsnätverket ", date "2 mars 2021", after ""),
 * so that lists print the date once, in `<time>`.
 */
export interface TitleParts {
  before: string;
  date: string;
  after: string;
}

/** A topic, agency or person with the number of its items (for lists and filters). */
export interface Counted<T> {
  entry: T;
  count: number;
}

/** Where a listing is and its other pages, for the page navigation. */
export interface Paging {
  /** 1, 2, … */
  number: number;
  pageCount: number;
  /** This page's path: the listing's URL, then `sida-2/`, `sida-3/` … */
  url: string;
  /** Every page of the listing. */
  pages: { number: number; url: string }[];
  /** The pages the page navigation links to: the first, the last and those near this one; null where pages are left out ("…"). */
  nav: ({ number: number; url: string } | null)[];
  /** The previous and the next page, if any. */
  previous: { number: number; url: string } | null;
  next: { number: number; url: string } | null;
}

/** How many pages on each side of the current one the page navigation links to. */
export const PAGER_REACH = 2;

/** The pages a listing's navigation shows on page `number` of `pageCount`: 1, …, n-2 … n+2, …, last. */
export function pagerNumbers(number: number, pageCount: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - number) <= PAGER_REACH) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/** One page of a topic's, agency's or person's items: {@link LISTING_PAGE_SIZE} at a time, newest first. */
export interface ListingPage<T> extends Paging {
  entry: T;
  /** This page's items, with their meetings and excerpts. */
  items: ListedItem[];
  /** All items of the entry. */
  total: number;
  /** The items of this page by meeting (agency pages show them so). */
  byMeeting: MeetingGroup[];
}

/** A question with its answer for the question listings and agency pages. */
export interface ListedQuestion {
  question: QuestionEntry;
  item: ItemEntry;
  meeting: MeetingEntry;
  /** The answer's first sentences (from where an answering agency is named, the name marked). */
  answer: TextPart[];
  /** Agencies that answered, and the item's topics. */
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

/** One page of "Beslut och uppföljning". */
export interface OutcomePage extends Paging {
  outcomes: ListedOutcome[];
  total: number;
}

/** A topic or agency that has questions, with how many and its question listing. */
export interface QuestionFilter<T> {
  entry: T;
  count: number;
  url: string;
}

/** What an agency answered, for the first page of its page: kept apart from what it presented. */
export interface AgencyAnswers {
  /** The newest questions it answered (at most {@link AGENCY_ANSWERS}), the answer's passage naming it marked. */
  questions: ListedQuestion[];
  questionTotal: number;
  /** All of them, on the question listing: null when there are none. */
  questionsUrl: string | null;
  /** The newest items it answered in outside any question it answered and that it did not present (at most {@link AGENCY_ANSWERS}). */
  items: ListedItem[];
  itemTotal: number;
}

/** A topic's history: its chart and its newest item. */
export interface TopicHistory {
  chart: TopicChart;
  latest: ItemWithMeeting;
}

/** How many items a topic, agency or person page shows; as many questions or outcomes a listing page. */
export const LISTING_PAGE_SIZE = 50;

/** How many answers an agency's page shows before linking to all of them. */
export const AGENCY_ANSWERS = 10;

/** How long a question may be in a meeting's agenda before it is shortened (characters). */
export const AGENDA_QUESTION_LENGTH = 100;

/** How many entries a feed has (the newest). */
export const FEED_SIZE = LISTING_PAGE_SIZE;

/** Everything the templates get as `archive`. */
export interface SiteData {
  index: ArchiveIndex;
  meetingsById: Record<string, MeetingEntry>;
  itemsById: Record<string, ItemEntry>;
  topicsById: Record<string, TopicEntry>;
  agenciesById: Record<string, AgencyEntry>;
  peopleById: Record<string, PersonEntry>;
  /** Years by their number (`2021`). */
  yearsById: Record<string, YearEntry>;
  /** The meetings whose pages are rendered: all of them, or (in the preview's quick rebuild) the changed ones. */
  renderMeetings: MeetingEntry[];
  /** All meetings, newest first. */
  meetingsNewestFirst: MeetingEntry[];
  /** Each meeting's title split around its date, by meeting id; absent when the title does not give the date. */
  meetingTitles: Record<string, TitleParts>;
  /**
   * Topics, agencies and people that have items (pages exist only for these), by name, with counts:
   * an agency's are the items it presented or answered in (the search's agency filter finds the same).
   */
  topics: Counted<TopicEntry>[];
  agencies: Counted<AgencyEntry>[];
  people: Counted<PersonEntry>[];
  /** Their pages. */
  topicPages: ListingPage<TopicEntry>[];
  agencyPages: ListingPage<AgencyEntry>[];
  personPages: ListingPage<PersonEntry>[];
  /** Each topic's chart and newest item, by topic id (topics with items). */
  topicHistories: Record<string, TopicHistory>;
  /** What each agency answered, by agency id (agencies with items or answers). */
  agencyAnswers: Record<string, AgencyAnswers>;
  /** Each agency's other names as the page lists them: de-duplicated ignoring case and punctuation, without its name and short name. */
  agencyAliases: Record<string, string[]>;
  /** "Frågor och svar": every question, then by topic, then by agency, in pages. */
  questionPages: QuestionPage[];
  /** The topics and agencies that have questions, by name, for the question listings' filters. */
  questionTopics: QuestionFilter<TopicEntry>[];
  questionAgencies: QuestionFilter<AgencyEntry>[];
  /** The same by topic id (a topic's page links to its questions). */
  questionTopicsById: Record<string, QuestionFilter<TopicEntry>>;
  /** "Beslut och uppföljning" in pages, newest first. */
  outcomePages: OutcomePage[];
  /** How many questions and outcomes there are (for the start page). */
  questionCount: number;
  outcomeCount: number;
  /** Years newest first, each with its meetings (newest first). */
  years: (YearEntry & { meetings: MeetingEntry[] })[];
  /** For each search filter and value, how many meetings the search finds with it and no words (the search page's counts before a search). */
  searchCounts: Record<string, Record<string, number>>;
  /** The newest meetings, for the Atom feed. */
  feedMeetings: MeetingEntry[];
  /** The first page of each topic: its newest items, for the topic's Atom feed. */
  topicFeeds: ListingPage<TopicEntry>[];
  /** Paths of every HTML page for the sitemap (no 404). */
  sitemap: string[];
  /** Every meeting's sections as its page shows them, by meeting id. */
  meetingPages: Record<string, MeetingPage>;
  /** The folders of the search index's parts, newest first (the search page searches them all). */
  searchIndexes: string[];
}

const byId = <T extends { id: string }>(list: readonly T[]): Record<string, T> => Object.fromEntries(list.map((entry) => [entry.id, entry]));

/** Options of {@link toSiteData}. */
export interface SiteDataOptions {
  /** The folders of the search index's parts that the build writes, newest first, for the search page. */
  searchIndexes: readonly string[];
  /** False leaves out the topic, agency and person pages and the question and outcome listings (a quick rebuild renders none). Default: true. */
  listings?: boolean;
  /** The meetings whose pages are rendered (a quick rebuild's changed ones); their page data only is made. Default: every meeting. */
  meetingIds?: readonly string[];
}

/** The pages of a listing of `total` entries whose first page is `firstUrl`: at least one, so that a listing linked from every page exists when it is empty. */
function paging(firstUrl: string, total: number, atLeastOne = false): Paging[] {
  const pageCount = Math.max(atLeastOne ? 1 : 0, Math.ceil(total / LISTING_PAGE_SIZE));
  const pages = Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, url: urls.listingPage(firstUrl, i + 1) }));
  return pages.map(({ number, url }) => ({
    number,
    url,
    pageCount,
    pages,
    nav: pagerNumbers(number, pageCount).map((n) => (n === null ? null : pages[n - 1]!)),
    previous: pages[number - 2] ?? null,
    next: pages[number] ?? null,
  }));
}

/** The entries of page `number` (1, 2, …). */
const pageSlice = <T>(list: readonly T[], number: number): T[] => list.slice((number - 1) * LISTING_PAGE_SIZE, number * LISTING_PAGE_SIZE);

/** Builds the template data from the index. */
export function toSiteData(index: ArchiveIndex, { searchIndexes, listings = true, meetingIds }: SiteDataOptions): SiteData {
  const meetingsById = byId(index.meetings);
  const itemsById = byId(index.items);
  const topicsById = byId(index.topics);
  const agenciesById = byId(index.agencies);
  const resolve = (itemIds: readonly string[]) =>
    itemIds.map((id) => {
      const item = itemsById[id];
      const meeting = item && meetingsById[item.meetingId];
      if (!item || !meeting) throw new Error(`The index refers to a missing item ${id}`);
      return { item, meeting };
    });
  const counted = <T extends { itemIds: string[] }>(entries: readonly T[]): Counted<T>[] =>
    entries.filter((entry) => entry.itemIds.length > 0).map((entry) => ({ entry, count: entry.itemIds.length }));
  // A listed entry has a page even without items of its own (an agency that only answered).
  const paged = <T extends { itemIds: string[]; url: string }>(
    entries: readonly Counted<T>[],
    excerptOf: (entry: T) => (item: ItemEntry) => TextPart[],
  ): ListingPage<T>[] =>
    entries.flatMap(({ entry }) => {
      const excerptFor = excerptOf(entry);
      return paging(entry.url, entry.itemIds.length, true).map((page) => {
        const items = resolve(pageSlice(entry.itemIds, page.number)).map((found) => ({ ...found, excerpt: excerptFor(found.item) }));
        return { ...page, entry, items, total: entry.itemIds.length, byMeeting: groupByMeeting(items) };
      });
    });

  const meetingTitles: Record<string, TitleParts> = {};
  for (const meeting of index.meetings) {
    const parts = titleDate(meeting.title, meeting.date);
    if (parts) meetingTitles[meeting.id] = parts;
  }
  const meetingPages: SiteData['meetingPages'] = {};
  const only = meetingIds ? new Set(meetingIds) : undefined;
  for (const meeting of index.meetings) {
    if (only && !only.has(meeting.id) && !listings) continue;
    meetingPages[meeting.id] = meetingPage(resolve(meeting.itemIds).map(({ item }) => item), meeting);
  }

  const meetingsNewestFirst = [...index.meetings].reverse();
  const topics = counted(index.topics);
  // An agency counts the items it presented or answered in, as the search's agency filter does.
  const agencies = index.agencies
    .map((entry) => ({ entry, count: new Set([...entry.itemIds, ...entry.answeredItemIds]).size }))
    .filter(({ count }) => count > 0);
  const people = counted(index.people);

  const agencyMatchers = new Map(index.agencies.map((a) => [a.id, nameMatcher([a.name, a.shortName, ...a.aliases])]));
  const topicPages = listings ? paged(topics, (topic) => ((matcher) => (item: ItemEntry) => excerpt(item.text, matcher))(signalMatcher(topic.signals))) : [];
  const agencyPages = listings ? paged(agencies, (agency) => (item: ItemEntry) => excerpt(item.text, agencyMatchers.get(agency.id))) : [];
  const personPages = listings ? paged(people, () => (item: ItemEntry) => excerpt(item.text)) : [];

  // Questions and outcomes across meetings, newest meeting first, each meeting's in the order of the minutes.
  const questions = listings ? listQuestions(meetingsNewestFirst, itemsById, topicsById, agenciesById) : [];
  const questionPages: QuestionPage[] = [];
  const questionTopics: QuestionFilter<TopicEntry>[] = [];
  const questionAgencies: QuestionFilter<AgencyEntry>[] = [];
  const agencyAnswers: Record<string, AgencyAnswers> = {};
  if (listings) {
    const byTopic = new Map<string, ListedQuestion[]>();
    const byAgency = new Map<string, ListedQuestion[]>();
    const add = (map: Map<string, ListedQuestion[]>, id: string, listed: ListedQuestion) => {
      const list = map.get(id);
      if (list) list.push(listed);
      else map.set(id, [listed]);
    };
    for (const listed of questions) {
      for (const topic of listed.topics) add(byTopic, topic.id, listed);
      for (const agency of listed.agencies) add(byAgency, agency.id, listed);
    }
    const pagesOf = (list: ListedQuestion[], firstUrl: string, filter: Pick<QuestionPage, 'kind' | 'topic' | 'agency'>, atLeastOne = false) =>
      paging(firstUrl, list.length, atLeastOne).map((page) => ({ ...page, ...filter, questions: pageSlice(list, page.number), total: list.length }));
    questionPages.push(...pagesOf(questions, LISTINGS.questions, { kind: 'all', topic: null, agency: null }, true));
    for (const topic of index.topics) {
      const list = byTopic.get(topic.id);
      if (!list) continue;
      const url = urls.topicQuestions(topic.id);
      questionTopics.push({ entry: topic, count: list.length, url });
      questionPages.push(...pagesOf(list, url, { kind: 'topic', topic, agency: null }));
    }
    for (const agency of index.agencies) {
      const list = byAgency.get(agency.id);
      if (!list) continue;
      const url = urls.agencyQuestions(agency.id);
      questionAgencies.push({ entry: agency, count: list.length, url });
      questionPages.push(...pagesOf(list, url, { kind: 'agency', topic: null, agency }));
    }
    for (const agency of index.agencies) {
      if (agency.itemIds.length === 0 && agency.answeredItemIds.length === 0) continue;
      agencyAnswers[agency.id] = answersOf(agency, byAgency.get(agency.id) ?? [], resolve, agencyMatchers.get(agency.id));
    }
  }

  const outcomes = listings ? meetingsNewestFirst.flatMap((meeting) => meetingPages[meeting.id]!.outcomes) : [];
  const outcomePages = listings
    ? paging(LISTINGS.outcomes, outcomes.length, true).map((page) => ({ ...page, outcomes: pageSlice(outcomes, page.number), total: outcomes.length }))
    : [];

  const until = meetingsNewestFirst[0]?.date ?? '';
  const topicHistories: Record<string, TopicHistory> = {};
  for (const { entry } of listings ? topics : []) {
    const found = resolve(entry.itemIds);
    const chart = topicChart(
      found.map(({ meeting }) => meeting.date),
      until,
      entry.name,
    );
    if (chart && found[0]) topicHistories[entry.id] = { chart, latest: found[0] };
  }

  const sitemap = [
    ...STATIC_PAGES,
    ...index.meetings.map((m) => m.url),
    ...index.years.map((y) => y.url),
    ...[...topicPages, ...agencyPages, ...personPages].map((p) => p.url),
    ...questionPages.map((p) => p.url),
    ...outcomePages.map((p) => p.url),
  ];
  return {
    index,
    meetingsById,
    itemsById,
    topicsById,
    agenciesById,
    peopleById: byId(index.people),
    yearsById: Object.fromEntries(index.years.map((year) => [year.year, year])),
    renderMeetings: index.meetings,
    meetingsNewestFirst,
    meetingTitles,
    topics,
    agencies,
    people,
    topicPages,
    agencyPages,
    personPages,
    topicHistories,
    agencyAnswers,
    agencyAliases: Object.fromEntries(index.agencies.map((agency) => [agency.id, aliasList(agency)])),
    questionPages,
    questionTopics,
    questionAgencies,
    questionTopicsById: Object.fromEntries(questionTopics.map((filter) => [filter.entry.id, filter])),
    outcomePages,
    questionCount: questions.length,
    outcomeCount: outcomes.length,
    feedMeetings: meetingsNewestFirst.slice(0, FEED_SIZE),
    topicFeeds: topicPages.filter((page) => page.number === 1),
    sitemap,
    years: index.years.map((year) => {
      const meetings = year.meetingIds.map((id) => meetingsById[id]!).reverse();
      return { ...year, meetings };
    }),
    searchCounts: listings ? searchCounts(index.meetings, itemsById) : {},
    meetingPages,
    searchIndexes: [...searchIndexes],
  };
}

/** How many meetings have each value of each search filter, as their search records have them. */
function searchCounts(meetings: readonly MeetingEntry[], itemsById: Record<string, ItemEntry>): Record<string, Record<string, number>> {
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

/** Every question of the archive in the order of `meetings` (newest first), each meeting's in the order of its minutes. */
function listQuestions(
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
      matchers.set(key, nameMatcher(agencies.flatMap((a) => [a.name, a.shortName, ...a.aliases])));
    }
    return matchers.get(key);
  };
  const listed: ListedQuestion[] = [];
  for (const meeting of meetings) {
    for (const itemId of meeting.itemIds) {
      const item = itemsById[itemId];
      if (!item) continue;
      const topics = item.topicIds.flatMap((id) => topicsById[id] ?? []);
      for (const question of item.questions) {
        const agencies = question.answeringAgencyIds.flatMap((id) => agenciesById[id] ?? []);
        listed.push({ question, item, meeting, answer: excerpt(question.answerText, matcherOf(agencies)), agencies, topics });
      }
    }
  }
  return listed;
}

/** What `agency` answered: the newest questions (the passage naming it), and items it answered in beside those and what it presented. */
function answersOf(
  agency: AgencyEntry,
  questions: readonly ListedQuestion[],
  resolve: (ids: readonly string[]) => ItemWithMeeting[],
  matcher: RegExp | undefined,
): AgencyAnswers {
  const presented = new Set(agency.itemIds);
  const inQuestions = new Set(questions.map((q) => q.item.id));
  const otherItems = agency.answeredItemIds.filter((id) => !presented.has(id) && !inQuestions.has(id));
  return {
    questions: questions.slice(0, AGENCY_ANSWERS).map((listed) => ({ ...listed, answer: excerpt(listed.question.answerText, matcher) })),
    questionTotal: questions.length,
    questionsUrl: questions.length ? urls.agencyQuestions(agency.id) : null,
    items: resolve(otherItems.slice(0, AGENCY_ANSWERS)).map((found) => ({ ...found, excerpt: excerpt(found.item.text, matcher) })),
    itemTotal: otherItems.length,
  };
}

/** A meeting's page from its items in the order of the minutes: the agenda items first, then the slide text. */
export function meetingPage(items: readonly ItemEntry[], meeting?: MeetingEntry): MeetingPage {
  const section = (item: ItemEntry, tocLabel: string): MeetingSection => ({
    item,
    tocLabel,
    number: item.number !== null && !hasOwnNumber(item.title) ? item.number : null,
    questions: item.questions.map((q) => ({ anchor: q.anchor, label: shorten(q.text, AGENDA_QUESTION_LENGTH) })),
  });
  const agenda = items.filter((item) => item.kind === 'agenda').map((item) => section(item, item.title));
  const presentations = items.filter((item) => item.kind === 'presentation').map((item) => section(item, presentationLabel(item.title)));
  const outcomes = meeting ? items.flatMap((item) => item.outcomes.map((outcome) => listedOutcome(outcome, item, meeting))) : [];
  return { agenda, presentations, sections: [...agenda, ...presentations], outcomes };
}

/** The Swedish labels of the kinds of outcome, as the minutes write them. */
export const OUTCOME_LABELS = { decision: 'Beslut', 'follow-up': 'Uppföljning' } as const;

function listedOutcome(outcome: ItemEntry['outcomes'][number], item: ItemEntry, meeting: MeetingEntry): ListedOutcome {
  return {
    kind: outcome.kind,
    label: OUTCOME_LABELS[outcome.kind],
    text: outcome.text,
    url: outcome.url,
    anchor: outcome.url.slice(outcome.url.indexOf('#') + 1),
    item,
    meeting,
    question: item.questions.find((q) => q.url === outcome.url) ?? null,
  };
}

/**
 * True when a title starts with its own number ("13. Budget", "13.i.e …",
 * "4) Övrigt", "2.1 Läget"), so the page does not number it again. A year or a
 * count ("2021 års budget", "3 frågor om …") is not a number of its own.
 */
export function hasOwnNumber(title: string): boolean {
  return /^\s*\d{1,3}(?:[.):]|\.\d)/.test(title);
}

/** A Swedish date in a title: "2 mars 2021", "02 Mars 2021", "2. mars 2021" (compiled once: titles are many). */
const TITLE_DATE = new RegExp(`(?<![0-9])([0-9]{1,2})\\.?\\s+(${MONTHS.join('|')})\\s+([0-9]{4})(?![0-9])`, 'gi');

/**
 * The title split around the meeting's date when it gives it ("2 mars 2021",
 * also "02 mars 2021" or in capitals), or undefined when it does not.
 */
export function titleDate(title: string, isoDate: string): TitleParts | undefined {
  const [year, month, day] = isoDate.split('-').map(Number);
  for (const match of title.matchAll(TITLE_DATE)) {
    if (Number(match[1]) === day && MONTHS.indexOf(match[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1 === month && Number(match[3]) === year) {
      return { before: title.slice(0, match.index), date: match[0], after: title.slice(match.index + match[0].length) };
    }
  }
  return undefined;
}

/**
 * An agency's other names as its page lists them: each once, however it is
 * written ("Igalia, S.L." and "igalia S.L" are one), leaving out those that are
 * its name or short name, trimmed of a final full stop the list would double.
 */
export function aliasList(agency: Pick<AgencyEntry, 'name' | 'shortName' | 'aliases'>): string[] {
  const key = (name: string) => fold(name).replace(/[^\p{L}\p{N}]/gu, '');
  const seen = new Set([key(agency.name), ...(agency.shortName ? [key(agency.shortName)] : [])]);
  const list: string[] = [];
  for (const alias of agency.aliases) {
    const text = alias.replace(/\s+/g, ' ').trim();
    const k = key(text);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    list.push(text);
  }
  return list;
}

/** Groups items (newest first) by meeting, keeping the order of the groups; each group's items in the order of the minutes. */
export function groupByMeeting<T extends ItemWithMeeting>(items: readonly T[]): MeetingGroup<T>[] {
  const groups: MeetingGroup<T>[] = [];
  for (const entry of items) {
    const last = groups.at(-1);
    if (last && last.meeting.id === entry.meeting.id) last.items.push(entry);
    else groups.push({ meeting: entry.meeting, items: [entry] });
  }
  for (const group of groups) {
    if (group.items.length < 2) continue;
    const position = new Map(group.meeting.itemIds.map((id, i) => [id, i]));
    group.items.sort((a, b) => position.get(a.item.id)! - position.get(b.item.id)!);
  }
  return groups;
}
