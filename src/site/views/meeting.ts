/**
 * A meeting's page: its agenda items and slide text with their labels in the
 * table of contents and their numbers, the questions for the agenda, its
 * decisions and follow-ups, and whether its title already gives its date (so
 * lists print the date once). Pure.
 */
import { creditAnswers } from '../../core/answer-credits.ts';
import { agencyLabel } from '../../core/agency-names.ts';
import { MONTHS } from '../../core/dates.ts';
import type { AgencyEntry, ItemEntry, MeetingEntry, QuestionEntry } from '../../core/index-schema.ts';
import { presentationLabel } from '../../core/presentation.ts';
import { shorten } from '../excerpt.ts';
import type { ItemResolver } from './items.ts';

/** How long a question may be in a meeting's agenda before it is shortened (characters). */
export const AGENDA_QUESTION_LENGTH = 100;

/** The Swedish labels of the kinds of outcome, as the minutes write them. */
export const OUTCOME_LABELS = { decision: 'Beslut', 'follow-up': 'Uppföljning' } as const;

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
  /** The item's HTML with "Svar från …" under each question that an agency answered ({@link creditedHtml}). */
  html: string;
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

/** A meeting's page from its items in the order of the minutes: the agenda items first, then the slide text. */
export function meetingPage(
  items: readonly ItemEntry[],
  meeting?: MeetingEntry,
  agenciesById: Readonly<Record<string, AgencyEntry>> = {},
): MeetingPage {
  const section = (item: ItemEntry, tocLabel: string): MeetingSection => ({
    item,
    tocLabel,
    number: item.number !== null && !hasOwnNumber(item.title) ? item.number : null,
    questions: item.questions.map((q) => ({ anchor: q.anchor, label: shorten(q.text, AGENDA_QUESTION_LENGTH) })),
    html: creditedHtml(item, agenciesById),
  });
  const agenda = items.filter((item) => item.kind === 'agenda').map((item) => section(item, item.title));
  const presentations = items.filter((item) => item.kind === 'presentation').map((item) => section(item, presentationLabel(item.title)));
  const outcomes = meeting ? items.flatMap((item) => item.outcomes.map((outcome) => listedOutcome(outcome, item, meeting))) : [];
  return { agenda, presentations, sections: [...agenda, ...presentations], outcomes };
}

/**
 * The pages of `meetings` by meeting id: of those in `meetingIds` only when given and the listings
 * are left out (a quick rebuild); with the listings, of every meeting (the outcome listing needs all).
 */
export function meetingPages(
  meetings: readonly MeetingEntry[],
  resolve: ItemResolver,
  { listings, meetingIds }: { listings: boolean; meetingIds?: readonly string[] | undefined },
  agenciesById: Readonly<Record<string, AgencyEntry>> = {},
): Record<string, MeetingPage> {
  const pages: Record<string, MeetingPage> = {};
  const only = meetingIds ? new Set(meetingIds) : undefined;
  for (const meeting of meetings) {
    if (only && !only.has(meeting.id) && !listings) continue;
    pages[meeting.id] = meetingPage(
      resolve(meeting.itemIds).map(({ item }) => item),
      meeting,
      agenciesById,
    );
  }
  return pages;
}

/**
 * An item's HTML with, under the heading of each question an agency answered, who answered it: "Svar från FoHM",
 * each agency a link to its page (every agency that answers has one).
 */
export function creditedHtml(item: ItemEntry, agenciesById: Readonly<Record<string, AgencyEntry>>): string {
  return creditAnswers(item.html, item.questions, (id) => {
    const agency = agenciesById[id];
    return agency && { url: agency.url, label: agencyLabel(agency) };
  });
}

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

/** Each meeting's title split around its date, by meeting id; absent when the title does not give the date. */
export function meetingTitles(meetings: readonly MeetingEntry[]): Record<string, TitleParts> {
  const titles: Record<string, TitleParts> = {};
  for (const meeting of meetings) {
    const parts = titleDate(meeting.title, meeting.date);
    if (parts) titles[meeting.id] = parts;
  }
  return titles;
}
