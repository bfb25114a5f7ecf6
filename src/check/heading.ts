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
