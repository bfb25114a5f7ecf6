import { describe, expect, it } from 'vitest';
import { isNew, markAllRead, markRead, NEW_VISIT_AFTER_MS, readVisits, visitPage, type Visits } from '../../../src/browser/page/visits.ts';

const HOUR = NEW_VISIT_AFTER_MS;
const T0 = Date.UTC(2021, 2, 3, 9);
const march = { id: '2021-03-02', date: '2021-03-02' };
const april = { id: '2021-04-13', date: '2021-04-13' };
const january = { id: '2021-01-19', date: '2021-01-19' };

describe('"Nytt sedan ditt senaste besök"', () => {
  it('marks nothing in the first visit, and remembers the newest meeting the page showed', () => {
    const first = visitPage(null, ['2021-01-19', '2021-03-02'], T0);
    expect(first).toEqual({ since: null, newest: '2021-03-02', lastSeen: T0, read: [] });
    expect(isNew(first, march)).toBe(false);
    // Later pages of the same visit mark nothing either, even a newer meeting.
    const same = visitPage(first, ['2021-04-13'], T0 + HOUR / 2);
    expect(isNew(same, april)).toBe(false);
    expect(same.newest).toBe('2021-04-13');
  });

  it('marks in the next visit the meetings dated after the newest one the last visit saw, for the whole visit', () => {
    const first = visitPage(null, ['2021-03-02'], T0);
    const next = visitPage(first, ['2021-04-13', '2021-03-02'], T0 + 2 * HOUR);
    expect(next.since).toBe('2021-03-02');
    expect([isNew(next, april), isNew(next, march), isNew(next, january)]).toEqual([true, false, false]);
    // Another page a minute later is the same visit: still new.
    const page2 = visitPage(next, [], T0 + 2 * HOUR + 60_000);
    expect(isNew(page2, april)).toBe(true);
    // The visit after that takes what this one saw.
    expect(isNew(visitPage(page2, [], T0 + 4 * HOUR), april)).toBe(false);
  });

  it('starts a new visit exactly an hour after the last page, not before', () => {
    const first = visitPage(null, ['2021-03-02'], T0);
    expect(visitPage(first, [], T0 + HOUR - 1).since).toBeNull();
    expect(visitPage(first, [], T0 + HOUR).since).toBe('2021-03-02');
  });

  it('keeps the first visit going until a page has shown a meeting', () => {
    const about = visitPage(null, [], T0);
    expect(about.newest).toBeNull();
    const later = visitPage(about, ['2021-03-02'], T0 + 2 * HOUR);
    expect(isNew(later, march)).toBe(false);
  });

  it('clears a meeting when its page is read, until the visit ends; "Markera allt som läst" clears all', () => {
    const next = visitPage(visitPage(null, ['2021-01-19'], T0), ['2021-04-13', '2021-03-02'], T0 + 2 * HOUR);
    const read = markRead(next, april.id);
    expect([isNew(read, april), isNew(read, march)]).toEqual([false, true]);
    expect(markRead(read, april.id)).toBe(read);
    const all = markAllRead(next);
    expect([isNew(all, april), isNew(all, march)]).toEqual([false, false]);
    // A new visit forgets what was read: the date has moved past it.
    expect(visitPage(read, [], T0 + 4 * HOUR)).toMatchObject({ since: '2021-04-13', read: [] });
  });

  it('reads back what it stored, and starts afresh from anything else', () => {
    const visits: Visits = { since: '2021-03-02', newest: '2021-04-13', lastSeen: T0, read: ['2021-04-13'] };
    expect(readVisits(JSON.stringify(visits))).toEqual(visits);
    for (const text of [
      null,
      '',
      '{',
      '[]',
      '"x"',
      JSON.stringify({ ...visits, since: '2 mars' }),
      JSON.stringify({ ...visits, read: [1] }),
      JSON.stringify({ ...visits, lastSeen: 'igår' }),
    ]) {
      expect(readVisits(text), String(text)).toBeNull();
    }
  });
});
