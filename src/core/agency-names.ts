/**
 * An agency's names and whether a text names the agency: one home for both,
 * used by the check, the index, the search records and the pages.
 *
 * `short` and `shortName` are one field. The registry (`agencies.yml`) and the
 * model (`Agency` in `model.ts`) call it `short`, as the secretary writes it;
 * the published index (`agencySchema` in `index-schema.ts`) calls it
 * `shortName`, `null` when there is none. Both names stay, since users write
 * the one and programs read the other; the index builder writes `shortName`
 * from `short` through {@link shortNameOf}, and every other reader takes it
 * from there too, so that code never has to know which of the two it holds.
 */
import { escapeRegExp } from './text.ts';

/** An agency as the registry has it (`short`) or as the index has it (`shortName`): what its names are made of. */
export interface NamedAgency {
  /** Full name, for example `Folkhälsomyndigheten`. */
  name: string;
  /** Short name in the registry and the model, for example `FoHM`. */
  short?: string | undefined;
  /** Short name in the published index, `null` when there is none. */
  shortName?: string | null | undefined;
  /** Other ways of writing the name. */
  aliases: readonly string[];
}

/** The agency's short name (`FoHM`), from a registry entry's `short` or an index entry's `shortName`; undefined when it has none. */
export function shortNameOf(agency: Pick<NamedAgency, 'short' | 'shortName'>): string | undefined {
  return agency.short || agency.shortName || undefined;
}

/** Every name an agency may be written with, in this order: its name, its short name (if any) and its aliases. */
export function namesOf(agency: NamedAgency): string[] {
  const short = shortNameOf(agency);
  return [agency.name, ...(short ? [short] : []), ...agency.aliases];
}

/** The name used in text for an agency: its short name if it has one (`FoHM`), else its name. Registry entries and index entries alike. */
export function agencyLabel(agency: Pick<NamedAgency, 'name' | 'short' | 'shortName'>): string {
  return shortNameOf(agency) ?? agency.name;
}

/**
 * The case rule for agency names, the one every matcher follows: a name of
 * four characters or fewer is an abbreviation (`IVO`, `FoHM`, `SKR`) and is
 * matched only as written, so that the ordinary word "ivo" is not the agency;
 * a longer name is matched in any case ("folkhälsomyndigheten",
 * "FOLKHÄLSOMYNDIGHETEN"), as Swedish letters fold (Å/å, Ä/ä, Ö/ö).
 */
export function matchedInCase(name: string): boolean {
  return name.trim().length <= 4;
}

/** True when `written` is `name` by {@link matchedInCase}'s rule: exactly, for an abbreviation, else ignoring case. */
export function isName(written: string, name: string): boolean {
  return matchedInCase(name) ? written === name : written.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv');
}

/** A letter as a pattern that matches it in either case (`[åÅ]`); anything else escaped. */
function eitherCase(char: string): string {
  const lower = char.toLocaleLowerCase('sv');
  const upper = char.toLocaleUpperCase('sv');
  if (lower === upper || [...lower].length !== 1 || [...upper].length !== 1) return escapeRegExp(char);
  return `[${lower}${upper}]`;
}

/** One name as a pattern by the case rule: its words, any white space between them, and the genitive ("FoHM:s", "Folkhälsomyndighetens"). */
function namePattern(name: string): string {
  const words = name.trim().split(/\s+/);
  if (matchedInCase(name)) return `${words.map(escapeRegExp).join('\\s+')}(?::?s)?`;
  return `${words.map((word) => [...word].map(eitherCase).join('')).join('\\s+')}(?::?[sS])?`;
}

/** A letter or digit in any script: what a name must not touch on either side. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

/**
 * The agency matcher: whether and where a text names the agency whose names
 * (its {@link namesOf}) are given. A name matches as a whole word, also in the
 * genitive ("FoHM:s", "Folkhälsomyndighetens"), with any white space between
 * its words, and by {@link matchedInCase}'s case rule: "IVO" is the agency and
 * "ivo" is not, "folkhälsomyndigheten" is; "SKR" does not match "skriva".
 * Names with characters that mean something in a pattern ("C++ (test)") match
 * as written. Global (for `matchAll`, and marking every mention); the longest
 * name is tried first. Undefined when there are no names.
 */
export function agencyMatcher(names: readonly string[]): RegExp | undefined {
  const terms = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return terms.length ? new RegExp(`(?<!${WORD_CHAR})(?:${terms.map(namePattern).join('|')})(?!${WORD_CHAR})`, 'gu') : undefined;
}

/** True when `text` names the agency of `matcher` (an {@link agencyMatcher}); the matcher's `lastIndex` is left as it was. */
export function mentions(text: string, matcher: RegExp | undefined): boolean {
  return matcher !== undefined && text.search(matcher) !== -1;
}
