/**
 * The validated minutes: what the validate stage hands to the index builder.
 * Every name here is resolved against the registries.
 */
import type { RootContent } from 'mdast';
import type { Position } from './diagnostics.ts';

/** Where a registry entry is written, for messages that name both places. */
export interface SourcePlace extends Position {
  file: string;
}

/** An agency from `agencies.yml` (its schema is in `src/check/schema.ts`). */
export interface Agency {
  /** Stable id used in URLs, for example `fohm`. */
  id: string;
  /** Full name, for example `Folkhälsomyndigheten`. */
  name: string;
  /** Short name, for example `FoHM`: `short` as `agencies.yml` writes it, `shortName` in the index (`core/agency-names.ts`). */
  short?: string | undefined;
  /** Other ways of writing the name. */
  aliases: string[];
  /** The agency's website, `https://…`. */
  website?: string | undefined;
  /** Published contact addresses, allowed in minutes. */
  emails: string[];
  place: SourcePlace;
}

/** A topic from `topics.yml` (its schema is in `src/check/schema.ts`). */
export interface Topic {
  /** Stable id used in URLs, for example `besoksforbud`. */
  id: string;
  /** Swedish name, for example `Besöksförbud`. */
  name: string;
  /** One sentence on what the topic covers. */
  description: string;
  /** Other names a meeting may use. */
  aliases: string[];
  /** Words that show an item is about the topic. */
  signals: string[];
  /** English and everyday words people search for the topic with. */
  searchTerms: string[];
  /** Groups of words that mean the same (`[säbo, särskilt boende, äldreboende]`), each found by the others in the search. */
  synonyms: string[][];
  place: SourcePlace;
}

/** Both registries, read and checked, with lookups. Structured-cloneable (plain objects and Maps), so it can be handed to worker threads. */
export interface Registries {
  agencies: Agency[];
  topics: Topic[];
  /** Agencies by id. */
  agencyById: Map<string, Agency>;
  /** Agencies by lookup key of id, name, short name and aliases. */
  agencyByName: Map<string, Agency>;
  /** Topics by lookup key of id, name and aliases. */
  topicByName: Map<string, Topic>;
  /** The agencies' published contact addresses, lower case: the personal data check allows them. */
  emails: Set<string>;
  /**
   * The registries that could not be read (missing, not UTF-8, broken YAML, not a list), by kind, with the
   * file's path: their names resolve to nothing, and the minutes say so once instead of once per name.
   */
  unreadable?: { agencies?: string; topics?: string };
}

/** Whether a section is an agenda item or slide text from a presentation ("Ur presentationen: …"). */
export type ItemKind = 'agenda' | 'presentation';

/** A person who presented an item, resolved. */
export interface Presenter {
  /** The name as written in the front matter, for example `Åsa Furén-Thulin`. */
  name: string;
  /** Slug of the name, for example `asa-furen-thulin`. */
  personId: string;
  /** The agency's registry id, for example `skr`. */
  agencyId: string;
}

/** A `###` heading in an agenda item: a question the network asked (or a sub-topic), and its answer. */
export interface Question {
  /** Anchor id, unique within the meeting. */
  anchor: string;
  /** The heading as plain text. */
  text: string;
  /** Agencies that answer it (registry ids), from the answer's opening or set under `items:`. */
  answeringAgencyIds: string[];
  /** Declared speakers who answer it (person ids): paragraphs under it that open with their initials ("AT: …"). */
  answeringPersonIds?: string[];
  /** The plain text under the heading, up to the next `###` or the item's end. */
  answerText: string;
  /** Where the heading stands. */
  place: Position;
}

/** A question of a validated item, with its own topics. */
export interface ValidQuestion extends Question {
  /**
   * Topic ids, from the signal words of its own heading and answer (a signal in the heading, or at least two in
   * the answer, as for an item), never its item's; or set in the front matter's `items:` by its anchor.
   */
  topicIds: string[];
}

/** A decision or follow-up: a paragraph that opens with "Beslut:" or "Uppföljning:". */
export interface Outcome {
  kind: 'decision' | 'follow-up';
  /** The text after the label. */
  text: string;
  /** The anchor of the question or item it stands under. */
  anchor: string;
}

/** One validated `##` section. */
export interface ValidItem {
  /** Anchor id, unique within the meeting, for example `besoksforbud`. */
  anchor: string;
  /** Title without the parenthesis. */
  title: string;
  kind: ItemKind;
  presenters: Presenter[];
  /** Agencies that presented the item, in order (registry ids). */
  agencyIds: string[];
  /** True when the network's own discussion is part of the item (no parenthesis, or "nätverket"). */
  network: boolean;
  /** Topic ids, from signal words or set in the front matter's `items:`. */
  topicIds: string[];
  /** The `###` questions of an agenda item (none for slide text), each with its own topics. */
  questions: ValidQuestion[];
  /** Agencies that answer in the item, kept apart from those that presented it. */
  answeringAgencyIds: string[];
  /** Declared speakers who speak in the item (person ids), from paragraphs that open with their initials ("AT: …"). */
  answeringPersonIds?: string[];
  /** Decisions and follow-ups, in order. */
  outcomes: Outcome[];
  /** The Markdown under the heading. */
  nodes: RootContent[];
  /** Plain text of the item (for topic matching, search and excerpts). */
  text: string;
  /** Where the heading stands. */
  place: Position;
}

/** One validated minutes file. */
export interface ValidMeeting {
  /** Path of the file, for messages. */
  file: string;
  /** URL slug: the date, for example `2021-01-19`. */
  slug: string;
  /** `YYYY-MM-DD`. */
  date: string;
  title: string;
  /** Everyone who presented, in front matter order. */
  speakers: Presenter[];
  /** The agencies that presented (registry ids), in front matter order. */
  agencyIds: string[];
  /** The declared topics (registry ids), in front matter order. */
  topicIds: string[];
  /** Markdown before the first `##`. */
  intro: RootContent[];
  /** Plain text of `intro` (for search). */
  introText: string;
  items: ValidItem[];
  /** Where each speaker's name is written in the front matter, by person id. */
  speakerPlaces: Record<string, Position>;
}

/** An item as the index needs it: its Markdown already turned into sanitized HTML. JSON-serializable. */
export type ItemRecord = Omit<ValidItem, 'nodes'> & { html: string; excerpt: string };

/** A meeting as the index needs it. JSON-serializable, so that it can be cached and sent between threads. */
export type MeetingRecord = Omit<ValidMeeting, 'intro' | 'items'> & { introHtml: string; items: ItemRecord[] };

/** Re-exported for the import's code, which takes it from here; its home is `agency-names.ts`. */
export { agencyLabel } from './agency-names.ts';
