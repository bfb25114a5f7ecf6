/**
 * "Nytt sedan ditt senaste besök", the bookkeeping: what this device
 * remembers of its visits, kept in the browser's `localStorage` only (no
 * cookie, nothing sent, nothing about the reader). It remembers the newest
 * meeting date the pages have shown, the date that marks what is new in this
 * visit, when the last page was seen, and the meetings read since. A visit
 * ends after {@link NEW_VISIT_AFTER_MS} without a page; the next one marks the
 * meetings dated after the newest one the last visit saw. Pure: the page
 * module (`whats-new.ts`) reads and writes the storage.
 */

/** The storage key (one archive per site address; the path prefix is added by the page module). */
export const VISITS_KEY = 'minnesarkivet-besok';

/** How long without a page before the next page starts a new visit: an hour. */
export const NEW_VISIT_AFTER_MS = 60 * 60 * 1000;

/** What the device remembers of its visits. */
export interface Visits {
  /** Meetings dated after this (`YYYY-MM-DD`) are new in this visit; null in the first visit (nothing is new). */
  since: string | null;
  /** The newest meeting date any page has shown; null while no page has shown one. */
  newest: string | null;
  /** When the last page was seen, in milliseconds since 1970. */
  lastSeen: number;
  /** Meetings whose page was read in this visit: no longer new. */
  read: string[];
}

/** A meeting as a page names it (`data-meeting`, `data-meeting-date`). */
export interface MeetingMark {
  id: string;
  date: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The later of two dates, either of which may be missing. */
function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** The stored visits in `text`, or null when there are none or they cannot be read (then the device starts afresh). */
export function readVisits(text: string | null): Visits | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { since, newest, lastSeen, read } = value as Record<string, unknown>;
  const date = (v: unknown) => v === null || (typeof v === 'string' && DATE.test(v));
  if (!date(since) || !date(newest) || typeof lastSeen !== 'number' || !Number.isFinite(lastSeen)) return null;
  if (!Array.isArray(read) || !read.every((id) => typeof id === 'string')) return null;
  return { since: since as string | null, newest: newest as string | null, lastSeen, read: read as string[] };
}

/**
 * The visits after a page that shows meetings of `pageDates` is seen at `now`: the first page ever starts the
 * first visit (nothing new); a page {@link NEW_VISIT_AFTER_MS} after the last starts a new visit, new being
 * what is dated after the newest meeting seen before it; any other page continues the visit.
 */
export function visitPage(previous: Visits | null, pageDates: readonly string[], now: number): Visits {
  const onPage = pageDates.filter((date) => DATE.test(date)).reduce<string | null>(later, null);
  if (!previous) return { since: null, newest: onPage, lastSeen: now, read: [] };
  const newVisit = now - previous.lastSeen >= NEW_VISIT_AFTER_MS;
  return {
    since: newVisit ? previous.newest : previous.since,
    newest: later(previous.newest, onPage),
    lastSeen: now,
    read: newVisit ? [] : previous.read,
  };
}

/** Whether `meeting` is new in this visit: dated after the visit's mark and not read since. */
export function isNew(visits: Visits, meeting: MeetingMark): boolean {
  return visits.since !== null && meeting.date > visits.since && !visits.read.includes(meeting.id);
}

/** The visits after the page of meeting `id` is read: it is no longer new. */
export function markRead(visits: Visits, id: string): Visits {
  return visits.read.includes(id) ? visits : { ...visits, read: [...visits.read, id] };
}

/** The visits after "Markera allt som läst": nothing the pages have shown is new. */
export function markAllRead(visits: Visits): Visits {
  return { ...visits, since: visits.newest, read: [] };
}
