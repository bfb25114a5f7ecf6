/**
 * An agency's pages: what it presented, newest first, meeting by meeting,
 * with the passage naming it marked (and the question it stands under); on the first page what it answered,
 * kept apart; and its other names as the page lists them. An agency counts
 * the items it presented or answered in, as the search's agency filter does.
 * Pure.
 */
import { agencyMatcher, namesOf, shortNameOf } from '../../core/agency-names.ts';
import type { AgencyEntry, ItemEntry } from '../../core/index-schema.ts';
import { urls } from '../../core/urls.ts';
import { fold } from '../../core/slug.ts';
import { excerpt } from '../excerpt.ts';
import { type ItemResolver, type ListedItem, passage } from './items.ts';
import { type Counted, type ListingPage, listingPages } from './listing.ts';
import type { ListedQuestion } from './questions.ts';

/** How many answers an agency's page shows before linking to all of them. */
export const AGENCY_ANSWERS = 10;

/** What an agency answered, for the first page of its page: kept apart from what it presented. */
export interface AgencyAnswers {
  /** The newest questions it answered (at most {@link AGENCY_ANSWERS}), the answer's passage naming it marked. */
  questions: ListedQuestion[];
  questionTotal: number;
  /** All of them, on the question listing: null when there are none. */
  questionsUrl: string | null;
  /**
   * The newest items it answered in outside any question it answered and that it did not present (at most
   * {@link AGENCY_ANSWERS}), with the passage naming it and the question that passage stands under.
   */
  items: ListedItem[];
  itemTotal: number;
}

/** A matcher of each agency's names (its name, short name and aliases), by agency id: undefined for one without. */
export type AgencyMatchers = ReadonlyMap<string, RegExp | undefined>;

/** The agencies that presented or answered in an item, with how many such items (the search's agency filter finds the same). */
export function agencyCounts(agencies: readonly AgencyEntry[]): Counted<AgencyEntry>[] {
  return agencies
    .map((entry) => ({ entry, count: new Set([...entry.itemIds, ...entry.answeredItemIds]).size }))
    .filter(({ count }) => count > 0);
}

/** Each agency's matcher of its names, made once. */
export function agencyMatchers(agencies: readonly AgencyEntry[]): AgencyMatchers {
  return new Map(agencies.map((a) => [a.id, agencyMatcher(namesOf(a))]));
}

/** The pages of the counted agencies, each item's excerpt the passage naming the agency, and the question it stands under. */
export function agencyPages(agencies: readonly Counted<AgencyEntry>[], resolve: ItemResolver, matchers: AgencyMatchers): ListingPage<AgencyEntry>[] {
  return listingPages(agencies, resolve, (agency) => (item: ItemEntry) => passage(item, matchers.get(agency.id)));
}

/**
 * What each agency that presented or answered answered, by agency id: `questionsBy` holds the
 * questions each answered, newest first.
 */
export function agencyAnswers(
  agencies: readonly AgencyEntry[],
  questionsBy: ReadonlyMap<string, readonly ListedQuestion[]>,
  resolve: ItemResolver,
  matchers: AgencyMatchers,
): Record<string, AgencyAnswers> {
  const answers: Record<string, AgencyAnswers> = {};
  for (const agency of agencies) {
    if (agency.itemIds.length === 0 && agency.answeredItemIds.length === 0) continue;
    answers[agency.id] = answersOf(agency, questionsBy.get(agency.id) ?? [], resolve, matchers.get(agency.id));
  }
  return answers;
}

/** What `agency` answered: the newest questions (the passage naming it), and items it answered in beside those and what it presented. */
function answersOf(agency: AgencyEntry, questions: readonly ListedQuestion[], resolve: ItemResolver, matcher: RegExp | undefined): AgencyAnswers {
  const presented = new Set(agency.itemIds);
  const inQuestions = new Set(questions.map((q) => q.item.id));
  const otherItems = agency.answeredItemIds.filter((id) => !presented.has(id) && !inQuestions.has(id));
  return {
    questions: questions.slice(0, AGENCY_ANSWERS).map((listed) => ({ ...listed, answer: excerpt(listed.question.answerText, matcher) })),
    questionTotal: questions.length,
    questionsUrl: questions.length ? urls.agencyQuestions(agency.id) : null,
    items: resolve(otherItems.slice(0, AGENCY_ANSWERS)).map((found) => ({ ...found, ...passage(found.item, matcher) })),
    itemTotal: otherItems.length,
  };
}

/**
 * An agency's other names as its page lists them: each once, however it is
 * written ("Igalia, S.L." and "igalia S.L" are one), leaving out those that are
 * its name or short name, trimmed of a final full stop the list would double.
 */
export function aliasList(agency: Pick<AgencyEntry, 'name' | 'shortName' | 'aliases'>): string[] {
  const key = (name: string) => fold(name).replace(/[^\p{L}\p{N}]/gu, '');
  const short = shortNameOf(agency);
  const seen = new Set([key(agency.name), ...(short ? [key(short)] : [])]);
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

/** Each agency's other names as its page lists them, by agency id. */
export function agencyAliases(agencies: readonly AgencyEntry[]): Record<string, string[]> {
  return Object.fromEntries(agencies.map((agency) => [agency.id, aliasList(agency)]));
}
