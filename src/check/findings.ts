/**
 * What validating one minutes file found, as data: every problem the
 * validation stages come across is recorded here with what its message
 * needs, and the rules (`rules/*.ts`) turn each list into messages. The
 * stages decide nothing about wording, severity or fixes.
 */
import type { Position } from '../core/diagnostics.ts';
import type { Agency, Topic } from '../core/model.ts';
import type { SchemaProblem } from './error-map.ts';
import type { ParenthesisProblem } from './heading.ts';

/** A name written somewhere that the registry does not know, with the closest known name. */
export interface UnknownName {
  written: string;
  place: Position;
  /** The registry's closest name, if one is close. */
  guess?: string;
}

/** Everything validating one minutes file found. */
export interface Findings {
  /** The file's name, and the date it gives when it follows `YYYY-MM-DD-name.md`. */
  fileName: { name: string; date: string | undefined };
  /** The front matter's schema failures. */
  schema: SchemaProblem[];
  /** The front matter's date differs from the file name's. */
  dateMismatch?: { date: string; dateInName: string; place: Position };
  /** The meeting has nothing to publish (checked only when the front matter is valid and the body was read). */
  empty: boolean;
  /** Agencies in the front matter (`agencies`, a speaker's `agency`, `answeredBy`) that the registry does not know. */
  unknownAgencies: UnknownName[];
  /** A word in a heading's parenthesis that is close to an agency's name but is none. */
  unknownHeadingAgencies: UnknownName[];
  /** Speakers written twice under `speakers`. */
  duplicateSpeakers: { name: string; place: Position; first: Position }[];
  /** Parentheses that cannot be read. */
  parentheses: ParenthesisProblem[];
  /** A name and an agency written without the comma between them ("Anders Tegnell FoHM"). */
  missingCommas: { place: Position; written: string; person: string; agency: string }[];
  /** Agencies named in a heading but not under `agencies`. */
  undeclaredAgencies: { place: Position; written: string; agency: Agency }[];
  /** People named in a heading but not under `speakers`, with the closest declared name. */
  undeclaredSpeakers: { place: Position; name: string; guess?: string; agencyWritten?: string }[];
  /** A person whose agency in a heading differs from the one under `speakers`. */
  agencyMismatches: { place: Position; name: string; inHeading: Agency; declared: Agency }[];
  /** Declared speakers that no heading names. */
  unusedSpeakers: { name: string; place: Position; agency: Agency | undefined }[];
  /** Declared agencies that no heading names. */
  unusedAgencies: { place: Position; agency: Agency | undefined; id: string }[];
  /** An opening like "FHM: …", used once in the file, that looks like an agency answering but names none in the registry. */
  unknownAnswerers: UnknownName[];
  /**
   * Openings used more than once in the file ("SYG: …", "MM: …") that are neither an agency nor a declared
   * speaker's initials, each with how often and where it stands first; `speakers` when the initials fit
   * more than one declared speaker. One message for the file names them all.
   */
  unknownPrefixes: { written: string; count: number; first: Position; guess?: string; speakers?: string[] }[];
  /**
   * The registries the file's names could not be checked against because they cannot be read, with the
   * places of the names (the registry's own messages say why).
   */
  unreadableRegistries: { kind: 'agencies' | 'topics'; path: string; places: Position[] }[];
  /** Topics in the front matter (`topics`, an item's `topics`) that the registry does not know. */
  unknownTopics: UnknownName[];
  /** Keys under `items:` that are no item's or question's anchor, with the items' anchors. */
  unknownAnchors: { place: Position; anchor: string; anchors: string[]; guess?: string }[];
  /** Topics set on an item or question (`question`) but not among the meeting's `topics`. */
  undeclaredItemTopics: { place: Position; anchor: string; topic: Topic; question: boolean }[];
  /** Declared topics that no item or question is about. */
  unmatchedTopics: { place: Position; topic: Topic }[];
}

/** Findings with nothing found yet. */
export function noFindings(fileName: Findings['fileName'] = { name: '', date: undefined }): Findings {
  return {
    fileName,
    schema: [],
    empty: false,
    unknownAgencies: [],
    unknownHeadingAgencies: [],
    duplicateSpeakers: [],
    parentheses: [],
    missingCommas: [],
    undeclaredAgencies: [],
    undeclaredSpeakers: [],
    agencyMismatches: [],
    unusedSpeakers: [],
    unusedAgencies: [],
    unknownAnswerers: [],
    unknownPrefixes: [],
    unreadableRegistries: [],
    unknownTopics: [],
    unknownAnchors: [],
    undeclaredItemTopics: [],
    unmatchedTopics: [],
  };
}
