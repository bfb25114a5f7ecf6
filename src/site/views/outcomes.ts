/** "Beslut och uppföljning": every decision and follow-up of the archive, newest meeting first, in pages. Pure. */
import type { ItemEntry, MeetingEntry } from '../../core/index-schema.ts';
import { LISTINGS } from '../../core/urls.ts';
import type { ListedOutcome, MeetingPage } from './meeting.ts';
import { type Paging, pageSlice, paging } from './paging.ts';

/** One page of "Beslut och uppföljning". */
export interface OutcomePage extends Paging {
  outcomes: ListedOutcome[];
  total: number;
}

/** Every outcome of `meetings` (newest first), each meeting's in the order of its minutes, as its page lists them. */
export function listOutcomes(meetings: readonly MeetingEntry[], pages: Readonly<Record<string, MeetingPage>>): ListedOutcome[] {
  return meetings.flatMap((meeting) => pages[meeting.id]!.outcomes);
}

/** The pages of the outcome listing: one also when there are none (every page links to it). */
export function outcomePages(outcomes: readonly ListedOutcome[]): OutcomePage[] {
  return paging(LISTINGS.outcomes, outcomes.length, true).map((page) => ({
    ...page,
    outcomes: pageSlice(outcomes, page.number),
    total: outcomes.length,
  }));
}

/**
 * How many follow-ups ("Uppföljning:") the archive's items hold: while there are none, the main menu leaves out
 * "Uppföljning" and its page says that nothing is waiting. From the items themselves, so a quick rebuild's pages agree.
 */
export function followUpCount(items: readonly ItemEntry[]): number {
  let count = 0;
  for (const item of items) for (const outcome of item.outcomes) if (outcome.kind === 'follow-up') count += 1;
  return count;
}
