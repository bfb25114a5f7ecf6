/**
 * The excerpts under a result's items: Pagefind's, with the matched words
 * marked, as HTML that is escaped text but for Pagefind's `<mark>`; cut where
 * the names added for search begin ({@link ALIAS_SEPARATOR}). Pure.
 */
import { ALIAS_SEPARATOR } from '../../core/search-contract.ts';

/** An excerpt with fewer words than this (before the added names) is not shown: the start of the item is, instead. */
export const MIN_EXCERPT_WORDS = 5;

/** Escapes text for HTML, then lets Pagefind's `<mark>` highlights through. */
export function excerptHtml(excerpt: string): string {
  const escaped = excerpt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>');
}

/** Pagefind escapes text before it marks words; this undoes that once, so that {@link excerptHtml} does not escape twice. */
export function decodePagefind(excerpt: string): string {
  return excerpt
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The excerpt to show, as HTML: Pagefind's, with the matched words marked, cut where the agency
 * names added for search begin; when the match is only in those names (or the excerpt is shorter
 * than {@link MIN_EXCERPT_WORDS} words), `fallback` (text) instead.
 */
export function excerptFor(pagefindExcerpt: string | undefined, fallback: string | undefined): string {
  const raw = decodePagefind(pagefindExcerpt ?? '');
  const cut = raw.indexOf(ALIAS_SEPARATOR);
  const main = (cut === -1 ? raw : raw.slice(0, cut)).trim();
  const words = main
    .replace(/<\/?mark>/g, '')
    .split(/\s+/)
    .filter(Boolean).length;
  return main.includes('<mark>') && words >= MIN_EXCERPT_WORDS ? `${excerptHtml(main)} …` : excerptHtml(fallback ?? '');
}
