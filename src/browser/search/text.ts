/**
 * The search page's own Swedish texts of counts and status, with
 * {@link count} as the templates write counts. Pure.
 */
import { count } from '../../core/count.ts';

/** A filter value with the meetings choosing it would leave: `FoHM (12 möten)`, as the template writes it. */
export function countLabel(name: string, meetings: number): string {
  return `${name} (${count(meetings, 'möte', 'möten')})`;
}

/**
 * The announced result: `12 möten för ”vaccin”, FoHM.`, `Inga träffar för ”hjulbent”.`, or empty when nothing
 * is asked. `query` is the URL's, as written; `chosen` the names of the chosen filter values.
 */
export function statusText(query: string | null, chosen: readonly string[], total: number): string {
  const what = [query ? `”${query}”` : '', ...chosen].filter(Boolean).join(', ');
  if (!what) return '';
  return total === 0 ? `Inga träffar för ${what}.` : `${count(total, 'möte', 'möten')} för ${what}.`;
}

/** The link to a meeting's other items: `2 punkter till med träff på mötet` (`which` is `med träff ` or empty). */
export function moreItemsText(rest: number, which: string): string {
  return `${count(rest, 'punkt', 'punkter')} till ${which}på mötet`;
}

/** How many items a meeting has: `12 punkter på mötet.` */
export function itemCountText(items: number): string {
  return `${count(items, 'punkt', 'punkter')} på mötet.`;
}

/** A chip's visible text and its label for screen readers (`Aktör: FoHM`, `Ta bort avgränsningen aktör: FoHM`). */
export function chipText(label: string, value: string): { text: string; ariaLabel: string } {
  return { text: `${label}: ${value} `, ariaLabel: `Ta bort avgränsningen ${label.toLowerCase()}: ${value}` };
}
