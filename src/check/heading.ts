/**
 * Reads an agenda item heading: its title and the trailing parenthesis that
 * names who presented.
 *
 * Forms the minutes use (all from the seed meetings):
 *   Lägesrapport (Michaela Prochazka, Socialstyrelsen)
 *   Besöksförbud (Lotta Edman, Malin Grape, FoHM)
 *   Personlig assistans … (Greger Bengtsson, Åsa Furén-Thulin, SKR & Magnus Wallinder, Socialstyrelsen)
 *   Vaccinationsfrågor … (Anders Tegnell, FoHM & Emma Spak, SKR)
 *   Diskussion: … (Anders Tegnell, FoHM, Emma Spak, SKR och nätverket)
 *   Justering … (Ulrica Dohnhammar & Sara Byfors, FoHM)
 * Names are collected until an agency follows; the agency applies to all of
 * them. `&`, `och` and commas all separate. "nätverket" means the network's own
 * discussion. A heading whose title really ends in a parenthesis escapes it: `\)`.
 */
import type { RootContent } from 'mdast';
import type { Position } from '../core/diagnostics.ts';
import { isPresentationHeading } from '../core/presentation.ts';
import type { ParsedItem } from './parse.ts';

/** The parts of a heading. */
export interface HeadingParts {
  /** The title without the parenthesis, for example `Besöksförbud`. */
  title: string;
  /** The text inside the trailing parenthesis, if there is one. */
  parenthesis?: string;
  /** Why the parenthesis cannot be read (Swedish, for the message), if it cannot. */
  problem?: string;
}

/** What a word in the parenthesis is. */
export type TokenKind = 'agency' | 'network' | 'person';

/** A person named in the parenthesis, with the agency written after them (if any). */
export interface NamedPresenter {
  name: string;
  /** The agency as written, for example `FoHM`; undefined when no agency followed the name. */
  agency?: string;
}

/** Who presented, as written in the parenthesis. */
export interface Presenters {
  people: NamedPresenter[];
  /** Agencies as written, in order, each once (including agencies named without a person). */
  agencies: string[];
  /** True when the network itself took part ("nätverket"). */
  network: boolean;
  /** Parts that could not be read (Swedish, for messages). */
  problems: string[];
}

export { isPresentationHeading } from '../core/presentation.ts';

/** An item heading as written: its title, kind and presenters (names and agencies not yet resolved). */
export interface ItemHeading {
  title: string;
  kind: 'agenda' | 'presentation';
  /** Who presented as written in the parenthesis; undefined when the heading has none. */
  presenters: Presenters | undefined;
  /** The place of `needle`'s last occurrence in the heading line (for messages about a name). */
  placeOf(needle: string): Position;
}

/** Why a heading's parenthesis cannot be read: `formatted` (code, a link or emphasis inside it) or a Swedish description. */
export interface ParenthesisProblem {
  place: Position;
  /** True when the parenthesis holds formatting. */
  formatted: boolean;
  /** What is wrong (Swedish, fits "Parentesen i rubriken kan inte läsas: …"). */
  problem: string;
}

/** True when a heading ends in plain text: a parenthesis after code, a link or formatting is part of the title. */
function endsInPlainText(heading: RootContent): boolean {
  const children = 'children' in heading ? (heading.children as RootContent[]) : [];
  return children.at(-1)?.type === 'text';
}

/** The index of the "(" that the final ")" of `text` closes, or -1. */
function openingParenthesis(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/** The text of a heading's trailing plain-text children (after its last code, link or formatting). */
function plainTail(heading: RootContent): string {
  const children = 'children' in heading ? (heading.children as RootContent[]) : [];
  let tail = '';
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.type !== 'text') break;
    tail = child.value + tail;
  }
  return tail;
}

/**
 * Reads an item's heading (one with a title: empty ones are recorded by `parse.ts`). Returns the heading,
 * or undefined when it cannot be used as an item, and the problems of its parenthesis.
 *
 * @param classify Says whether a word of the parenthesis is an agency, the network or a person.
 */
export function readItemHeading(
  parsed: ParsedItem,
  classify: (token: string) => TokenKind,
): { heading: ItemHeading | undefined; problems: ParenthesisProblem[] } {
  const escaped = /\\\)\s*#*\s*$/.test(parsed.source);
  const parts = splitHeading(parsed.heading, escaped || !endsInPlainText(parsed.headingNode));
  const tail = plainTail(parsed.headingNode);
  const opening = openingParenthesis(parsed.heading.trimEnd());
  if (parts.parenthesis !== undefined && opening !== -1 && opening < parsed.heading.trimEnd().length - tail.trimEnd().length) {
    return { heading: undefined, problems: [{ place: parsed.place, formatted: true, problem: 'den innehåller formatering' }] };
  }
  const placeOf = (needle: string): Position => {
    const index = parsed.source.lastIndexOf(needle);
    return { line: parsed.place.line, column: parsed.place.column + Math.max(index, 0) };
  };
  if (parts.problem) return { heading: undefined, problems: [{ place: placeOf('('), formatted: false, problem: parts.problem }] };
  const kind = isPresentationHeading(parts.title) ? 'presentation' : 'agenda';
  if (parts.parenthesis === undefined) return { heading: { title: parts.title, kind, presenters: undefined, placeOf }, problems: [] };
  const presenters = readPresenters(parts.parenthesis, classify);
  const problems = presenters.problems.map((problem) => ({ place: placeOf('('), formatted: false, problem }));
  return { heading: { title: parts.title, kind, presenters, placeOf }, problems };
}

/**
 * Splits a heading into title and parenthesis.
 *
 * @param text The heading's text.
 * @param escapedClose True when the source ends in `\)`, meaning the parenthesis belongs to the title.
 */
export function splitHeading(text: string, escapedClose = false): HeadingParts {
  const trimmed = text.trim();
  const lastOpen = trimmed.lastIndexOf('(');
  const lastClose = trimmed.lastIndexOf(')');
  if (escapedClose || !trimmed.endsWith(')')) {
    if (!escapedClose && lastOpen > lastClose) {
      return { title: trimmed.slice(0, lastOpen).trim(), problem: 'parentesen stängs aldrig; förväntade ")" sist i rubriken' };
    }
    return { title: trimmed };
  }
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const ch = trimmed[i];
    if (ch === ')') depth++;
    else if (ch === '(') depth--;
    if (depth === 0) {
      const title = trimmed.slice(0, i).trim();
      const parenthesis = trimmed.slice(i + 1, -1).trim();
      if (title === '') return { title: trimmed, parenthesis, problem: 'rubriken har ingen titel före parentesen' };
      if (parenthesis === '')
        return { title, parenthesis, problem: 'parentesen är tom; förväntade namn och aktör, till exempel (Anders Tegnell, FoHM)' };
      if (/[()]/.test(parenthesis))
        return { title, parenthesis, problem: 'parentesen innehåller en parentes till; skriv namn och aktörer utan inre parenteser' };
      return { title, parenthesis };
    }
  }
  return { title: trimmed, problem: 'rubriken slutar med ")" men har ingen "(" som hör till' };
}

/**
 * Reads the names and agencies in a parenthesis.
 *
 * @param parenthesis The text inside the parenthesis.
 * @param classify Says whether a word is an agency, the network or a person (registry lookup).
 */
export function readPresenters(parenthesis: string, classify: (token: string) => TokenKind): Presenters {
  const result: Presenters = { people: [], agencies: [], network: false, problems: [] };
  const tokens: { text: string; kind: TokenKind }[] = [];
  for (const part of parenthesis.split(/\s*[,&]\s*/)) {
    if (part === '') {
      result.problems.push('två skiljetecken i rad eller ett skiljetecken först eller sist');
      continue;
    }
    const kind = classify(part);
    if (kind !== 'person' || !/\s+och\s+/i.test(part)) {
      tokens.push({ text: part, kind });
      continue;
    }
    for (const piece of part.split(/\s+och\s+/i)) {
      if (piece === '') result.problems.push('"och" utan namn på ena sidan');
      else tokens.push({ text: piece, kind: classify(piece) });
    }
  }
  let pending: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'person') {
      pending.push(token.text);
    } else if (token.kind === 'network') {
      result.network = true;
    } else {
      for (const name of pending) result.people.push({ name, agency: token.text });
      pending = [];
      if (!result.agencies.includes(token.text)) result.agencies.push(token.text);
    }
  }
  for (const name of pending) result.people.push({ name });
  return result;
}

/** Words that mean the network itself took part. */
export function isNetworkWord(token: string): boolean {
  return /^(?:socialchefs)?nätverket$/i.test(token.trim());
}
