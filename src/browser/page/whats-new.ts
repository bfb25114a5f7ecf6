/**
 * "Nytt sedan ditt senaste besök" on the page: every element that names a
 * meeting (`data-meeting`, `data-meeting-date`: a meeting in a list, an item
 * or question with its meeting) gets a mark "Nytt" when the meeting is new
 * since the device's last visit (`visits.ts`); a meeting's page
 * (`data-meeting-read`) clears its own. Where the page has room for it
 * (`data-visit-tools`: the start page, the meetings), a short note with
 * "Markera allt som läst" and "Glöm mina besök". Without `localStorage`
 * (refused, full), nothing is marked and nothing is shown.
 */
import { isNew, markAllRead, markRead, readVisits, type Visits, VISITS_KEY, visitPage } from './visits.ts';

/** What a screen reader hears for the mark; the eye sees {@link MARK_TEXT}. */
export const MARK_LABEL = 'Nytt sedan ditt senaste besök';
/** The mark as it is seen. */
export const MARK_TEXT = 'Nytt';

/** The storage key of this archive: one per path prefix, taken from where this script is served (`…/assets/page.js`). */
function storageKey(): string {
  let root = '/';
  try {
    root = new URL('..', import.meta.url).pathname;
  } catch {
    // Not served as a module: one archive per site address.
  }
  return `${VISITS_KEY}:${root}`;
}

/** The device's storage, or null where the browser refuses it. */
function storage(window: Window): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Saves `visits`; false when the browser refuses. */
function save(store: Storage, key: string, visits: Visits): boolean {
  try {
    store.setItem(key, JSON.stringify(visits));
    return true;
  } catch {
    return false;
  }
}

/** A mark: "Nytt" to the eye, {@link MARK_LABEL} to a screen reader. */
function mark(document: Document): HTMLElement {
  const element = document.createElement('span');
  element.className = 'new-mark';
  const seen = document.createElement('span');
  seen.setAttribute('aria-hidden', 'true');
  seen.textContent = MARK_TEXT;
  const heard = document.createElement('span');
  heard.className = 'visually-hidden';
  heard.textContent = MARK_LABEL;
  element.append(seen, heard);
  return element;
}

/** Marks the page's new meetings; returns how many elements were marked. */
function showMarks(document: Document, visits: Visits): number {
  let count = 0;
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-meeting][data-meeting-date]'))) {
    const meeting = { id: element.dataset.meeting ?? '', date: element.dataset.meetingDate ?? '' };
    if (!isNew(visits, meeting)) continue;
    element.append(' ', mark(document));
    count += 1;
  }
  return count;
}

/** Removes every mark from the page. */
function clearMarks(document: Document): void {
  for (const element of Array.from(document.querySelectorAll('.new-mark'))) {
    const before = element.previousSibling;
    if (before?.nodeType === 3 && before.textContent === ' ') before.remove();
    element.remove();
  }
}

/** A small button saying `label`. */
function button(document: Document, label: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'visit-button';
  element.textContent = label;
  return element;
}

/** Fills the page's `data-visit-tools` element: what the mark means, "Markera allt som läst", "Glöm mina besök" and a status. */
function showTools(window: Window, store: Storage, key: string, visits: Visits, marked: number): void {
  const document = window.document;
  const tools = document.querySelector<HTMLElement>('[data-visit-tools]');
  if (!tools) return;
  const note = document.createElement('span');
  note.textContent = marked
    ? `${MARK_TEXT} visar möten som har kommit till sedan ditt senaste besök. Det sparas bara i den här webbläsaren.`
    : 'Möten som kommer till efter ditt besök märks Nytt nästa gång. Det sparas bara i den här webbläsaren.';
  const status = document.createElement('span');
  status.className = 'visit-status';
  status.setAttribute('role', 'status');
  const readAll = button(document, 'Markera allt som läst');
  readAll.hidden = marked === 0;
  readAll.addEventListener('click', () => {
    save(store, key, markAllRead(readVisits(store.getItem(key)) ?? visits));
    clearMarks(document);
    readAll.hidden = true;
    status.textContent = 'Allt är markerat som läst.';
  });
  const forget = button(document, 'Glöm mina besök');
  forget.addEventListener('click', () => {
    try {
      store.removeItem(key);
    } catch {
      // Refused: nothing was stored either.
    }
    clearMarks(document);
    readAll.hidden = true;
    status.textContent = 'Dina besök är glömda. Inget är sparat i den här webbläsaren.';
  });
  tools.replaceChildren(note, ' ', readAll, ' ', forget, ' ', status);
  tools.hidden = false;
}

/** Records this page in the device's visits, marks what is new, clears a meeting's own mark and offers the tools. */
export function showWhatsNew(window: Window, now = Date.now()): void {
  const store = storage(window);
  if (!store) return;
  const document = window.document;
  const key = storageKey();
  let stored: string | null;
  try {
    stored = store.getItem(key);
  } catch {
    return;
  }
  const dates = Array.from(document.querySelectorAll<HTMLElement>('[data-meeting-date]'), (e) => e.dataset.meetingDate ?? '');
  let visits = visitPage(readVisits(stored), dates, now);
  const reading = document.querySelector<HTMLElement>('[data-meeting-read]')?.dataset.meetingRead;
  if (reading) visits = markRead(visits, reading);
  if (!save(store, key, visits)) return;
  const marked = showMarks(document, visits);
  showTools(window, store, key, visits, marked);
}
