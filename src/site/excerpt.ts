/**
 * Excerpts for listings: the passage of an item's plain text that shows why it
 * is listed (the words of a topic, an agency's name), with those words marked,
 * or the item's opening. Never cut inside a word. Pure: text in, parts out;
 * templates print the parts, marking those with `mark`, and escape them.
 * An agency's names are matched by `agencyMatcher` (`core/agency-names.ts`).
 */
import { escapeRegExp } from '../core/text.ts';

/** A run of excerpt text; `mark` when it is a matched word (printed in `<mark>`). */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** How long an excerpt is, in characters, about (never cut inside a word). */
export const EXCERPT_LENGTH = 240;

/** A letter or digit in any script. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

/** One term as a pattern: its words as written, any white space between them. */
const termPattern = (term: string) => term.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/** Terms longest first, so that the longest of two that start alike is matched. */
const alternatives = (terms: readonly string[]) =>
  [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map(termPattern);

/**
 * Matches a topic's signal words as the index does: at the start of a word,
 * ignoring case (`vaccin` matches "Vaccinationen"); the rest of the word is part
 * of the match (it is marked whole). Undefined for no signals.
 */
export function signalMatcher(signals: readonly string[]): RegExp | undefined {
  const terms = alternatives(signals);
  return terms.length ? new RegExp(`(?<!${WORD_CHAR})(?:${terms.join('|')})${WORD_CHAR}*`, 'giu') : undefined;
}

/**
 * Plain text as one line: the `#` that a question heading's link to itself
 * leaves at the end of its block is dropped, and a block or list line that does
 * not end a sentence gets a full stop, so that headings and list items do not
 * run into the next sentence.
 */
export function flatten(text: string): string {
  const unmarked = text.includes('#') ? text.replace(/[ \t]+#[ \t]*(?=\n|$)/g, '') : text;
  const lines = unmarked.includes('\n') ? unmarked.replace(/([^\s.!?:;…])[ \t]*\n\s*/g, '$1. ') : unmarked;
  return lines.replace(/\s{2,}|[\t\n\r\f\v]/g, ' ').trim();
}

/**
 * Where a sentence ends: ".", "!", "?" or "…" before a space and a capital,
 * a digit or a quote ("t.ex. antal" goes on). A sentence may also start
 * after a colon ("FoHM: Det är …").
 */
const SENTENCE_END = /[.!?…](?=\s+[\p{Lu}\p{N}"”'(])/gu;
const SENTENCE_BREAK = /(?:[.!?…](?=\s+[\p{Lu}\p{N}"”'(])|:)\s+/gu;

/** Anything after a window but white space and a question heading's `#` (used with `lastIndex`). */
const REST = /[^\s#]/g;

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** The index of the first white space at or after `from` (or the end). */
function spaceAtOrAfter(text: string, from: number): number {
  for (let i = Math.max(0, from); i < text.length; i++) if (isSpace(text[i])) return i;
  return text.length;
}

/** The index just after the last white space at or before `from` (or 0). */
function wordStartAtOrBefore(text: string, from: number): number {
  for (let i = Math.min(from, text.length) - 1; i >= 0; i--) if (isSpace(text[i])) return i + 1;
  return 0;
}

/**
 * An excerpt of `text`: when `matcher` finds something, the passage around its
 * first match (from the start of its sentence when that is near), with every
 * match in it marked; otherwise (or without a matcher) the opening. About
 * `length` characters, cut only between words: "…" where text was left out.
 */
export function excerpt(text: string, matcher?: RegExp, length = EXCERPT_LENGTH): TextPart[] {
  // Only a window around the first match is flattened: long items cost no more than short ones.
  let from = 0;
  let found = -1;
  if (matcher) {
    matcher.lastIndex = 0;
    const match = matcher.exec(text);
    if (match) found = match.index;
  }
  if (found > 0) from = wordStartAtOrBefore(text, Math.max(0, found - length));
  const to = spaceAtOrAfter(text, (found > 0 ? found : 0) + Math.ceil(1.5 * length));
  const window = flatten(text.slice(from, to));
  REST.lastIndex = to;
  const truncatedAtEnd = REST.test(text);

  let start = 0;
  let leading = from > 0;
  let matchEnd = 0;
  if (found >= 0 && matcher) {
    matcher.lastIndex = 0;
    const match = matcher.exec(window);
    const at = match?.index ?? 0;
    matchEnd = at + (match?.[0].length ?? 0);
    // The start of the match's sentence, if it is near; otherwise a word a little before the match.
    let sentence = -1;
    for (const end of window.slice(0, at + 1).matchAll(SENTENCE_BREAK)) if (end.index + end[0].length <= at) sentence = end.index + end[0].length;
    if (at === 0) {
      start = 0;
    } else if (sentence >= 0 && at - sentence <= length * 0.6) {
      start = sentence;
      leading = false;
    } else if (sentence < 0 && !leading && at <= length * 0.6) {
      start = 0;
    } else {
      start = wordStartAtOrBefore(window, at - Math.floor(length * 0.3));
      leading = true;
    }
  }
  let end = Math.max(start + length, matchEnd);
  if (end < window.length) {
    // Prefer the end of a sentence in the second half; else the last space; never inside a word.
    let sentenceEnd = -1;
    for (const m of window.slice(start, end + 2).matchAll(SENTENCE_END)) {
      const at = start + m.index + 1;
      if (at - start >= length * 0.5 && at >= matchEnd) sentenceEnd = at;
    }
    if (sentenceEnd > 0) end = sentenceEnd;
    else if (!isSpace(window[end])) {
      const space = wordStartAtOrBefore(window, end) - 1;
      end = space > start && space >= matchEnd ? space : spaceAtOrAfter(window, end);
    }
  }
  const trailing = end < window.length || truncatedAtEnd;
  let body = window.slice(start, Math.min(end, window.length)).trim();
  if (trailing && !/[.!?…]$/.test(body)) body = `${body.replace(/[\s,;:–-]+$/, '')} …`;
  if (leading) body = `… ${body}`;
  return matcher ? markMatches(body, matcher) : [{ text: body, mark: false }];
}

/** `text` split into parts, each match of `matcher` a marked part. */
export function markMatches(text: string, matcher: RegExp): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  matcher.lastIndex = 0;
  for (const match of text.matchAll(matcher)) {
    if (match[0] === '') continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** The parts as plain text (for feeds). */
export function partsText(parts: readonly TextPart[]): string {
  return parts.map((p) => p.text).join('');
}

/** `text` shortened to about `length` characters at a word, with "…" when cut (agenda labels). */
export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const start = wordStartAtOrBefore(flat, length) - 1;
  const cut = start > length * 0.5 ? flat.slice(0, start) : flat.slice(0, spaceAtOrAfter(flat, length));
  return cut.length >= flat.length ? flat : `${cut.replace(/[\s,;:–-]+$/, '')} …`;
}
