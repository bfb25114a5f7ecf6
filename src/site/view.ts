/**
 * The data the templates paginate: the index plus lookups by id and what the
 * pages need decided beforehand (an agency's items meeting by meeting, the
 * questions and answers across meetings, decisions and follow-ups, excerpts,
 * a topic's chart, whether a title already gives its date). Pure; decided here
 * so templates only loop and print. Everything is linear in the size of the
 * archive: lookups are maps, never searches of every item per page.
 *
 * Each page type has its view in `views/` (meeting, topic, agency, person,
 * the meetings by year, questions, outcomes, search counts, sitemap, and the
 * paging they share); this module composes them into {@link SiteData} and is
 * what the rest of the project imports.
 */
import type { AgencyEntry, ArchiveIndex, ItemEntry, MeetingEntry, PersonEntry, TopicEntry, YearEntry } from '../core/index-schema.ts';
import { type AgencyAnswers, agencyAliases, agencyAnswers, agencyCounts, agencyMatchers, agencyPages } from './views/agency.ts';
import { type EntryFeed, entryFeeds } from './views/feeds.ts';
import { type LatestMeeting, latestMeeting } from './views/home.ts';
import { byId, type ItemResolver, itemResolver } from './views/items.ts';
import { type Counted, counted, type ListingPage } from './views/listing.ts';
import { type MeetingPage, meetingPages, meetingTitles, type TitleParts } from './views/meeting.ts';
import { feedMeetings, type YearWithMeetings, yearsByNumber, yearsWithMeetings } from './views/meetings.ts';
import { followUpCount, listOutcomes, type OutcomePage, outcomePages } from './views/outcomes.ts';
import { personPages } from './views/person.ts';
import { listQuestions, type QuestionFilter, type QuestionPage, questionListings } from './views/questions.ts';
import { searchCounts } from './views/search.ts';
import { sitemap } from './views/sitemap.ts';
import { type TopicHistory, topicHistories, topicPages } from './views/topic.ts';

export type { TextPart } from './excerpt.ts';
export { AGENCY_ANSWERS, type AgencyAnswers, aliasList } from './views/agency.ts';
export type { EntryFeed, FeedAgency, FeedEntry } from './views/feeds.ts';
export { FRONT_PAGE_QUESTIONS, type FrontPageQuestion, type LatestMeeting } from './views/home.ts';
export { groupByMeeting, type ItemWithMeeting, type ListedItem, type MeetingGroup } from './views/items.ts';
export type { Counted, ListingPage } from './views/listing.ts';
export {
  AGENDA_QUESTION_LENGTH,
  type AgendaQuestion,
  hasOwnNumber,
  type ListedOutcome,
  type MeetingPage,
  meetingPage,
  type MeetingSection,
  OUTCOME_LABELS,
  type TitleParts,
  titleDate,
} from './views/meeting.ts';
export { FEED_SIZE, type YearWithMeetings } from './views/meetings.ts';
export type { OutcomePage } from './views/outcomes.ts';
export { LISTING_PAGE_SIZE, PAGER_REACH, type Paging, pagerNumbers } from './views/paging.ts';
export type { ListedQuestion, QuestionFilter, QuestionPage } from './views/questions.ts';
export { searchCounts } from './views/search.ts';
export type { TopicHistory } from './views/topic.ts';

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
  /** The newest meeting as the start page shows it (its agenda, questions and outcomes); null without meetings or in a quick rebuild. */
  latestMeeting: LatestMeeting | null;
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
  /** How many follow-ups the archive holds, also in a quick rebuild: the main menu shows "Uppföljning" only when there is one. */
  followUpCount: number;
  /** Years newest first, each with its meetings (newest first). */
  years: YearWithMeetings[];
  /** For each search filter and value, how many meetings the search finds with it and no words (the search page's counts before a search). */
  searchCounts: Record<string, Record<string, number>>;
  /** The newest meetings, for the Atom feed. */
  feedMeetings: MeetingEntry[];
  /** The Atom feed of each topic, agency and person with a page: its newest items, each naming presenters, answering agencies and meeting. */
  feeds: EntryFeed[];
  /** Paths of every HTML page for the sitemap (no 404). */
  sitemap: string[];
  /** Every meeting's sections as its page shows them, by meeting id. */
  meetingPages: Record<string, MeetingPage>;
  /** The folders of the search index's parts, newest first (the search page searches them all). */
  searchIndexes: string[];
  /** The parts' ids (their part filter's values), in the same order. */
  searchParts: string[];
  /** The folder of the key files of a split index (`pagefind/nycklar-…/`), '' for an index of one part. */
  searchKeys: string;
}

/** Options of {@link toSiteData}. */
export interface SiteDataOptions {
  /** The folders of the search index's parts that the build writes, newest first, for the search page. */
  searchIndexes: readonly string[];
  /** The parts' ids, in the same order. Default: none. */
  searchParts?: readonly string[];
  /** The folder of the split index's key files. Default: ''. */
  searchKeys?: string;
  /** False leaves out the topic, agency and person pages and the question and outcome listings (a quick rebuild renders none). Default: true. */
  listings?: boolean;
  /** The meetings whose pages are rendered (a quick rebuild's changed ones); their page data only is made. Default: every meeting. */
  meetingIds?: readonly string[];
}

/** The parts of {@link SiteData} that a quick rebuild leaves out (empty there). */
type Listings = Pick<
  SiteData,
  | 'topicPages'
  | 'agencyPages'
  | 'personPages'
  | 'topicHistories'
  | 'agencyAnswers'
  | 'questionPages'
  | 'questionTopics'
  | 'questionAgencies'
  | 'outcomePages'
  | 'questionCount'
  | 'outcomeCount'
  | 'searchCounts'
  | 'feeds'
>;

/** What {@link listingsOf} works from: the index, its lookups, the counted entries and the meeting pages. */
interface ListingSources {
  index: ArchiveIndex;
  itemsById: Record<string, ItemEntry>;
  topicsById: Record<string, TopicEntry>;
  agenciesById: Record<string, AgencyEntry>;
  peopleById: Record<string, PersonEntry>;
  resolve: ItemResolver;
  meetingsNewestFirst: readonly MeetingEntry[];
  meetingPages: Readonly<Record<string, MeetingPage>>;
  topics: readonly Counted<TopicEntry>[];
  agencies: readonly Counted<AgencyEntry>[];
  people: readonly Counted<PersonEntry>[];
}

/** Builds the template data from the index. */
export function toSiteData(
  index: ArchiveIndex,
  { searchIndexes, searchParts = [], searchKeys = '', listings = true, meetingIds }: SiteDataOptions,
): SiteData {
  const meetingsById = byId(index.meetings);
  const itemsById = byId(index.items);
  const topicsById = byId(index.topics);
  const agenciesById = byId(index.agencies);
  const resolve = itemResolver(itemsById, meetingsById);
  const pages = meetingPages(index.meetings, resolve, { listings, meetingIds }, agenciesById);
  const meetingsNewestFirst = [...index.meetings].reverse();
  const topics = counted(index.topics);
  const agencies = agencyCounts(index.agencies);
  const people = counted(index.people);
  const peopleById = byId(index.people);
  const sources = { index, itemsById, topicsById, agenciesById, peopleById, resolve, meetingsNewestFirst, meetingPages: pages, topics, agencies, people };
  const made = listings ? listingsOf(sources) : noListings();
  return {
    index,
    meetingsById,
    itemsById,
    topicsById,
    agenciesById,
    peopleById,
    yearsById: yearsByNumber(index.years),
    renderMeetings: index.meetings,
    meetingsNewestFirst,
    latestMeeting: latestMeeting(meetingsNewestFirst, pages, agenciesById),
    meetingTitles: meetingTitles(index.meetings),
    topics,
    agencies,
    people,
    topicPages: made.topicPages,
    agencyPages: made.agencyPages,
    personPages: made.personPages,
    topicHistories: made.topicHistories,
    agencyAnswers: made.agencyAnswers,
    agencyAliases: agencyAliases(index.agencies),
    questionPages: made.questionPages,
    questionTopics: made.questionTopics,
    questionAgencies: made.questionAgencies,
    questionTopicsById: Object.fromEntries(made.questionTopics.map((filter) => [filter.entry.id, filter])),
    outcomePages: made.outcomePages,
    questionCount: made.questionCount,
    outcomeCount: made.outcomeCount,
    followUpCount: followUpCount(index.items),
    feedMeetings: feedMeetings(meetingsNewestFirst),
    feeds: made.feeds,
    sitemap: sitemap(index, [...made.topicPages, ...made.agencyPages, ...made.personPages, ...made.questionPages, ...made.outcomePages]),
    years: yearsWithMeetings(index.years, meetingsById),
    searchCounts: made.searchCounts,
    meetingPages: pages,
    searchIndexes: [...searchIndexes],
    searchParts: [...searchParts],
    searchKeys,
  };
}

/** The topic, agency and person pages, the question and outcome listings and the search counts of a full build. */
function listingsOf(sources: ListingSources): Listings {
  const { index, resolve, meetingsNewestFirst } = sources;
  const matchers = agencyMatchers(index.agencies);
  // Questions and outcomes across meetings, newest meeting first, each meeting's in the order of the minutes.
  const questions = listQuestions(meetingsNewestFirst, sources.itemsById, sources.topicsById, sources.agenciesById);
  const questionsBy = questionListings(questions, index.topics, index.agencies);
  const outcomes = listOutcomes(meetingsNewestFirst, sources.meetingPages);
  const topicListings = topicPages(sources.topics, resolve);
  const feedSources = { agenciesById: sources.agenciesById, peopleById: sources.peopleById, resolve, matchers, meetingsNewestFirst };
  return {
    topicPages: topicListings,
    agencyPages: agencyPages(sources.agencies, resolve, matchers),
    personPages: personPages(sources.people, resolve),
    topicHistories: topicHistories(sources.topics, resolve, meetingsNewestFirst[0]?.date ?? ''),
    agencyAnswers: agencyAnswers(index.agencies, questionsBy.byAgency, resolve, matchers),
    questionPages: questionsBy.pages,
    questionTopics: questionsBy.topics,
    questionAgencies: questionsBy.agencies,
    outcomePages: outcomePages(outcomes),
    questionCount: questions.length,
    outcomeCount: outcomes.length,
    searchCounts: searchCounts(index.meetings, sources.itemsById),
    feeds: entryFeeds(
      topicListings.filter((page) => page.number === 1),
      sources.agencies,
      sources.people,
      feedSources,
    ),
  };
}

/** The listings of a quick rebuild: none. */
function noListings(): Listings {
  return {
    topicPages: [],
    agencyPages: [],
    personPages: [],
    topicHistories: {},
    agencyAnswers: {},
    questionPages: [],
    questionTopics: [],
    questionAgencies: [],
    outcomePages: [],
    questionCount: 0,
    outcomeCount: 0,
    searchCounts: {},
    feeds: [],
  };
}
