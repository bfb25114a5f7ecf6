/**
 * A meeting found, as the results list shows it: its date and title, then
 * the items that matched (or that the filters hold), at most a few with a
 * link to the meeting for the rest. Pure: the results component renders it.
 */
import { swedishDate } from '../../core/dates.ts';
import { excerptFor, excerptHtml } from './excerpt.ts';
import { type ItemHit, itemHits, itemsHeld } from './hits.ts';
import { itemsOf } from './items.ts';
import type { PagefindRecord } from './pagefind.ts';
import { type ChosenFilters, ITEM_FILTER_NAMES } from './state.ts';
import { itemCountText, moreItemsText } from './text.ts';

/** How many matching items a result lists before it says how many more the meeting has. */
export const ITEMS_SHOWN = 3;

/** The search a result belongs to. */
export interface ResultSearch {
  filters: ChosenFilters;
  /** True when words were searched (not only filters chosen). */
  searched: boolean;
  /** The query's words, as `queryTerms` makes them. */
  terms: readonly string[];
}

/** Items listed under a meeting: the first `hits`, and when there are more, the text of the link to the meeting. */
export interface ItemList {
  hits: ItemHit[];
  more?: string;
}

/** What a result shows under its title. */
export type ResultBody =
  /** Only the year is chosen: every item of the meeting is in it, and the result says how many there are. */
  | { kind: 'count'; text: string }
  /** The words matched no item the filters hold: a note (HTML), and with filters the items they hold. */
  | { kind: 'note'; html: string; items?: ItemList }
  /** The items that matched, or that the filters hold. */
  | { kind: 'items'; items: ItemList };

/** A meeting found. */
export interface ResultView {
  /** The meeting page. */
  url: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `19 januari 2021`. */
  dateText: string;
  /** The title around its date when it gives it (`Socialchefsnätverket ` and ``): then the date is shown there, once. */
  titleParts?: { before: string; after: string };
  body: ResultBody;
}

/** The first `limit` of `hits`, and the link's text for the rest (`2 punkter till med träff på mötet`). */
export function itemList(hits: ItemHit[], which: string, limit = ITEMS_SHOWN): ItemList {
  if (hits.length <= limit) return { hits };
  return { hits: hits.slice(0, limit), more: moreItemsText(hits.length - limit, which) };
}

/** What a meeting found shows. */
export function resultView(record: PagefindRecord, search: ResultSearch): ResultView {
  const date = record.meta.date ?? '';
  const title = record.meta.title ?? '';
  const dateText = swedishDate(date);
  const at = dateText ? title.indexOf(dateText) : -1;
  const titleParts = at === -1 ? {} : { titleParts: { before: title.slice(0, at), after: title.slice(at + dateText.length) } };
  return { url: record.url, title, date, dateText, ...titleParts, body: resultBody(record, search) };
}

function resultBody(record: PagefindRecord, { filters, searched, terms }: ResultSearch): ResultBody {
  const filtered = ITEM_FILTER_NAMES.some((name) => filters[name]);
  if (!searched && !filtered) return { kind: 'count', text: itemCountText(itemsOf(record).size) };
  if (!searched) {
    const held = itemsHeld(record, filters);
    return { kind: 'items', items: itemList(held, '', held.length) };
  }
  const hits = itemHits(record, filters, terms);
  if (hits.length > 0) return { kind: 'items', items: itemList(hits, 'med träff ') };
  // The words are in the meeting's title or introduction, or (with a filter) only in items the filter does not hold.
  if (filtered)
    return {
      kind: 'note',
      html: excerptHtml('Sökorden står i mötets andra punkter. Punkterna som avgränsningen gäller:'),
      items: itemList(itemsHeld(record, filters), ''),
    };
  const top = (record.sub_results ?? []).find((sub) => !sub.anchor);
  return { kind: 'note', html: excerptFor(top?.excerpt, 'Sökorden står i mötets rubrik eller inledning.') };
}

/** The address of an anchor of the meeting page `url`: its path and `#id`, as the page at `base` links it. */
export function anchorHref(url: string, id: string, base: string): string {
  const target = new URL(url, base);
  target.hash = id;
  return `${target.pathname}${target.hash}`;
}
