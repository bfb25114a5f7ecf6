/**
 * The start page: the latest meeting with what it covered (its agenda items),
 * the questions it answered and what it decided, so that a member sees what is
 * new without opening it; the topics and agencies follow in the template. Pure.
 */
import type { AgencyEntry, ItemEntry, MeetingEntry, QuestionEntry } from '../../core/index-schema.ts';
import { PAGE_IDS } from '../../core/urls.ts';
import { shorten } from '../excerpt.ts';
import { AGENDA_QUESTION_LENGTH, type ListedOutcome, type MeetingPage, type MeetingSection } from './meeting.ts';

/** How many of the latest meeting's questions the start page lists before "Alla … frågor från mötet". */
export const FRONT_PAGE_QUESTIONS = 8;

/** A question of the latest meeting with the agencies that answered it. */
export interface FrontPageQuestion {
  question: QuestionEntry;
  /** The question, shortened at a word when long, as the meeting's agenda lists it. */
  label: string;
  item: ItemEntry;
  /** Who answered it, in the order of the minutes ("Svar från FoHM"); none when nobody is credited. */
  agencies: AgencyEntry[];
}

/** The latest meeting as the start page shows it. */
export interface LatestMeeting {
  meeting: MeetingEntry;
  /** Its agenda items in the order of the minutes, each a link to its anchor (slide text is left out). */
  agenda: MeetingSection[];
  /** Its first {@link FRONT_PAGE_QUESTIONS} questions, in the order of the minutes. */
  questions: FrontPageQuestion[];
  /** How many questions it has in all. */
  questionCount: number;
  /** The meeting page's agenda, where every question is listed. */
  agendaUrl: string;
  /** Its decisions and follow-ups, in the order of the minutes. */
  outcomes: ListedOutcome[];
}

/**
 * The newest meeting of `meetingsNewestFirst` with its agenda, questions and outcomes from its page, or null
 * when there is no meeting (or its page was not made, as in a quick rebuild, which renders no start page).
 */
export function latestMeeting(
  meetingsNewestFirst: readonly MeetingEntry[],
  pages: Readonly<Record<string, MeetingPage>>,
  agenciesById: Readonly<Record<string, AgencyEntry>>,
): LatestMeeting | null {
  const meeting = meetingsNewestFirst[0];
  const page = meeting && pages[meeting.id];
  if (!meeting || !page) return null;
  const questions = page.agenda.flatMap(({ item }) =>
    item.questions.map((question) => ({
      question,
      label: shorten(question.text, AGENDA_QUESTION_LENGTH),
      item,
      agencies: question.answeringAgencyIds.flatMap((id) => agenciesById[id] ?? []),
    })),
  );
  return {
    meeting,
    agenda: page.agenda,
    questions: questions.slice(0, FRONT_PAGE_QUESTIONS),
    questionCount: questions.length,
    agendaUrl: `${meeting.url}#${PAGE_IDS.agenda}`,
    outcomes: page.outcomes,
  };
}
