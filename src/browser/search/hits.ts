/**
 * The items of a meeting to list under it: with words searched, the items
 * whose text or questions matched (Pagefind's sub-results), each with the
 * question its first match is under and its excerpt, the items with the most
 * of the query's words first; without words, the items the filters hold.
 * Either way only items that hold the chosen filters, and with words only the
 * matches in their parts that hold them (a question has its own topics). Pure.
 */
import { foldWord } from '../../core/search-contract.ts';
import { excerptFor, excerptHtml } from './excerpt.ts';
import { answeredBy, firstWords, holds, holdsAt, itemOfHeading, itemsOf, questionText, type RecordItem } from './items.ts';
import type { PagefindRecord } from './pagefind.ts';
import type { ChosenFilters } from './state.ts';

/** An item listed under a meeting found. */
export interface ItemHit {
  item: RecordItem;
  /** The excerpt as HTML (escaped text and Pagefind's `<mark>`). */
  excerpt: string;
  /** The question (or slide title) the first match is under: the item's link lands there; who answered it (`FoHM`), or empty. */
  question?: { id: string; text: string; answeredBy: string };
  /** The query's words found in the item. */
  terms: Set<string>;
  /** Pagefind's weights of the item's matches, added up. */
  score: number;
}

/** A query word shorter than this is not taken as the start of a longer word at a match ("fohm:s" of "fohm"). */
const MIN_TERM_PREFIX = 3;

/** The query's words that the words at `locations` are forms of ("fohm:s" of "fohm", "besöksförbudet" of "besöksförbud"). */
export function termsAt(words: readonly string[], locations: readonly number[] | undefined, terms: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const at of locations ?? []) {
    const word = foldWord(words[at] ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
    for (const term of terms) if (word.startsWith(term) || (term.startsWith(word) && word.length >= MIN_TERM_PREFIX)) found.add(term);
  }
  return found;
}

/** The items of a meeting that hold `filters`, in the order of the minutes, each with its first words. */
export function itemsHeld(record: PagefindRecord, filters: ChosenFilters): ItemHit[] {
  return [...itemsOf(record).values()]
    .filter((item) => holds(item, filters))
    .map((item) => ({ item, excerpt: excerptHtml(firstWords(record, item)), terms: new Set<string>(), score: 0 }));
}

/**
 * The items of a meeting whose text or questions matched `terms` (the query's words, as
 * `queryTerms` makes them) and that hold `filters`: those with the most of the words (all of
 * them, where an item has them all), best first.
 */
export function itemHits(record: PagefindRecord, filters: ChosenFilters, terms: readonly string[]): ItemHit[] {
  const items = itemsOf(record);
  const owner = itemOfHeading(record);
  const words = record.content.split(/\s+/);
  const hits = new Map<string, ItemHit>();
  // The part of each item its hit lands on: the one with the most of the query's words, then the best weights.
  const landing = new Map<string, { terms: number; score: number }>();
  for (const sub of record.sub_results ?? []) {
    const ownerId = sub.anchor && owner.get(sub.anchor.id);
    const item = ownerId === undefined ? undefined : items.get(ownerId);
    // Under a topic filter, a match under a question counts only when the question has the topic.
    if (!sub.anchor || !item || !holdsAt(item, sub.anchor.id, filters)) continue;
    const matched = termsAt(words, sub.locations, terms);
    const score = (sub.weighted_locations ?? []).reduce((sum, w) => sum + (w.balanced_score ?? w.weight ?? 0), 0);
    const part: ItemHit = { item, terms: new Set(matched), score, excerpt: excerptFor(sub.excerpt, firstWords(record, item)) };
    // A match under a question (in its heading or its answer) lands on the question: not the top of a long item.
    if (sub.anchor.element !== 'h2') {
      part.question = { id: sub.anchor.id, text: questionText(sub.anchor.text), answeredBy: answeredBy(record, sub.anchor.id) };
    }
    const hit = hits.get(item.id);
    const best = landing.get(item.id);
    if (!hit || !best) {
      hits.set(item.id, part);
      landing.set(item.id, { terms: matched.size, score });
      continue;
    }
    for (const term of matched) hit.terms.add(term);
    hit.score += score;
    if (matched.size > best.terms || (matched.size === best.terms && score > best.score)) {
      landing.set(item.id, { terms: matched.size, score });
      hit.excerpt = part.excerpt;
      if (part.question) hit.question = part.question;
      else delete hit.question;
    }
  }
  const list = [...hits.values()];
  const most = Math.max(0, ...list.map((hit) => hit.terms.size));
  return list.filter((hit) => hit.terms.size === most).sort((a, b) => b.score - a.score);
}
