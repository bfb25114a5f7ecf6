/**
 * How the page's parts reach each other: the check panel publishes the
 * messages of the form, each field shows those that belong to it and says
 * where its input is, so that "Visa" can move there; "Lägg till i
 * registret" opens the agency registry's form in a new tab with the name
 * filled in, and the tabs tell each other what they saved.
 */
import type { FieldName, FormMessage } from '../../redaktion/messages.ts';
import { COLLECTIONS, entryRoute } from '../../redaktion/config.ts';
import { publishRegistry, update } from './store.ts';

let messages: FormMessage[] = [];
let values: Record<string, unknown> = {};
const valueListeners = new Set<() => void>();

/**
 * Starts the form's values afresh (a new editor): Decap re-renders only the field that changed, so the check
 * panel keeps its own copy of the top fields' values, which each field updates.
 */
export function resetValues(initial: Record<string, unknown>): void {
  values = { ...initial };
}

/** Records a top field's value and tells the check panel. */
export function setValue(key: string, value: unknown): void {
  if (values[key] === value) return;
  values = { ...values, [key]: value };
  for (const listener of [...valueListeners]) listener();
}

/** The form's values as the fields last reported them. */
export function currentValues(): Record<string, unknown> {
  return values;
}

/** Calls `listener` when a field's value changes; returns how to stop. */
export function onValues(listener: () => void): () => void {
  valueListeners.add(listener);
  return () => valueListeners.delete(listener);
}
const elements = new Map<string, HTMLElement>();
const listeners = new Set<() => void>();

/** Sets the form's current messages (from the check panel). */
export function setFormMessages(next: FormMessage[]): void {
  const same = next.length === messages.length && next.every((m, i) => m.text === messages[i]?.text && m.line === messages[i]?.line);
  messages = next;
  if (!same) for (const listener of [...listeners]) listener();
}

/** The messages that belong to the field `key`. */
export function fieldMessages(key: string): FormMessage[] {
  return messages.filter((m) => m.field === key);
}

/** Re-renders `listener` when the messages change. */
export function onMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Remembers where a field's input is. */
export function registerField(key: string, element: HTMLElement | null): void {
  if (element) elements.set(key, element);
}

/** Moves to a field's input. */
export function focusField(key: FieldName): void {
  const element = elements.get(key);
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

/** The key in the browser's storage through which the tabs of one person share what they saved. */
const SHARED = 'minnesarkivet:redaktion';

/** What one tab tells the others. */
interface SharedChange {
  pendingAgency?: string;
  agencies?: string;
  topics?: string;
  publishedAgencies?: string;
  publishedTopics?: string;
}

function share(change: SharedChange): void {
  localStorage.setItem(SHARED, JSON.stringify({ ...change, at: Date.now() }));
}

/** Opens the agency registry's form in a new tab, with `name` as a new agency to fill in. */
export function requestAgency(name: string): void {
  share({ pendingAgency: name });
  update({ pendingAgency: name });
  window.open(`${location.pathname}#${entryRoute(COLLECTIONS.agencies)}`, '_blank');
}

/** Tells this tab and the others that a registry was saved (`published`: and published) with `text`. */
export function registrySaved(which: 'agencies' | 'topics', text: string, published: boolean): void {
  update({ [which]: text });
  if (published) publishRegistry(which, text);
  share(
    which === 'agencies'
      ? { agencies: text, ...(published ? { publishedAgencies: text } : {}) }
      : { topics: text, ...(published ? { publishedTopics: text } : {}) },
  );
}

/** Takes what other tabs tell, and what they told before this tab opened. */
export function listenToOtherTabs(): void {
  const take = (raw: string | null) => {
    if (!raw) return;
    try {
      const change = JSON.parse(raw) as SharedChange & { at: number };
      if (change.pendingAgency) update({ pendingAgency: change.pendingAgency });
      if (change.agencies !== undefined) update({ agencies: change.agencies });
      if (change.topics !== undefined) update({ topics: change.topics });
      if (change.publishedAgencies !== undefined) publishRegistry('agencies', change.publishedAgencies);
      if (change.publishedTopics !== undefined) publishRegistry('topics', change.publishedTopics);
    } catch {
      // Not ours.
    }
  };
  // A tab opened by "Lägg till i registret" finds the name it was opened for; nothing older is taken.
  try {
    const earlier = JSON.parse(localStorage.getItem(SHARED) ?? 'null') as (SharedChange & { at: number }) | null;
    if (earlier?.pendingAgency && Date.now() - earlier.at < 60_000) update({ pendingAgency: earlier.pendingAgency });
  } catch {
    // Not ours.
  }
  window.addEventListener('storage', (event) => event.key === SHARED && take(event.newValue));
}
