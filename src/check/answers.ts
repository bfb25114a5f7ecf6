/**
 * Questions, answers and outcomes inside an agenda item.
 *
 * - A `###` heading in an agenda item is a question the network asked (or a
 *   sub-topic); in slide text ("Ur presentationen") it is a slide's title. Each
 *   gets an anchor, unique within the meeting, and a link to itself.
 * - A paragraph or list item that opens with an agency's name, short name or
 *   alias, followed by a colon ("FoHM:", "SKR och nätverket:") or as the
 *   subject of its first sentence ("FoHM håller med …", "FoHM menar …"), is
 *   that agency's answer: it credits the question it stands under, and the
 *   item. "Nätverket instämmer …" credits no agency. `items: {<anchor>:
 *   {answeredBy: [...]}}` in the front matter sets or overrides them.
 * - A paragraph that opens with a declared speaker's initials and a colon
 *   ("AT: …" for Anders Tegnell, or the whole name, "Anders Tegnell: …") is
 *   that person speaking: it credits the person and their agency, as an
 *   agency's answer does.
 * - A paragraph that opens with "Beslut:" or "Uppföljning:" is an outcome: it
 *   is highlighted on the meeting page and listed at its top.
 *
 * The headings and outcome paragraphs get their ids and classes here (as
 * `data.hProperties`), which the HTML keeps.
 */
import type { Heading, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isName, namesOf } from '../core/agency-names.ts';
import type { Position } from '../core/diagnostics.ts';
import type { Agency, Outcome, Question, Registries } from '../core/model.ts';
import { personId } from '../core/slug.ts';
import { slugify, uniqueSlug } from '../core/slug.ts';
import { unique } from '../core/text.ts';
import { isNetworkWord } from './heading.ts';
import { startOf, toPlainText } from './markdown.ts';
import { agencyNames, findAgency } from './registry.ts';

/** A question of an item as read, with the people who speak under it. */
export type ReadQuestion = Question & { answeringPersonIds: string[] };

/** What an item's body holds besides its text. */
export interface ItemContent {
  questions: ReadQuestion[];
  /** Agencies that answer in the item's own text, outside its questions, in order. */
  answeringAgencyIds: string[];
  /** Declared speakers who speak in the item's own text, outside its questions (person ids), in order. */
  answeringPersonIds: string[];
  outcomes: Outcome[];
  /**
   * Prefixes like "FHM:" that look like an agency answering but name none in the registry, nor a declared
   * speaker; `speakers` when the prefix is the initials of more than one declared speaker.
   */
  unknownAnswerers: { written: string; place: Position; speakers?: string[] }[];
}

/** A declared speaker, as the openings of paragraphs may name them. */
export interface Speaker {
  name: string;
  personId: string;
  /** Their agency's id, when it is known. */
  agencyId: string | undefined;
}

/** The meeting's declared speakers by the prefixes that name them: their initials and their whole names. */
export type SpeakerPrefixes = ReadonlyMap<string, readonly Speaker[]>;

/** The key a prefix is looked up by: upper case, without dots and spaces ("A.T." and "AT" are one). */
function prefixKey(prefix: string): string {
  return prefix.normalize('NFC').replace(/[.\s]/g, '').toLocaleUpperCase('sv');
}

/**
 * Every prefix that names one of `speakers`: the initials of their name's words ("Anders Tegnell" → AT),
 * also of the parts of a double name ("Åsa Furén-Thulin" → ÅF and ÅFT), and the whole name.
 */
export function speakerPrefixes(speakers: readonly { name: string; agencyId: string | undefined }[]): SpeakerPrefixes {
  const byPrefix = new Map<string, Speaker[]>();
  for (const { name, agencyId } of speakers) {
    const speaker: Speaker = { name, personId: personId(name), agencyId };
    const words = name.trim().split(/\s+/);
    const initials = (parts: string[]) => parts.map((part) => [...part][0] ?? '').join('');
    const keys = new Set([
      prefixKey(initials(words)),
      prefixKey(initials(words.flatMap((w) => w.split('-').filter(Boolean)))),
      prefixKey(name),
    ]);
    for (const key of keys) {
      if (key.length < 2) continue;
      const list = byPrefix.get(key) ?? [];
      if (!list.some((s) => s.personId === speaker.personId)) list.push(speaker);
      byPrefix.set(key, list);
    }
  }
  return byPrefix;
}

/** The declared speakers a paragraph's opening names ("AT: …", "Anders Tegnell: …"), or undefined. */
function speakingPeople(text: string, speakers: SpeakerPrefixes): { written: string; speakers: readonly Speaker[] } | undefined {
  if (speakers.size === 0) return undefined;
  const colon = /^\s*([^:\n]{1,60}?)\s*:(?!s\b)\s/u.exec(`${text} `);
  if (!colon) return undefined;
  const found = speakers.get(prefixKey(colon[1]!));
  return found ? { written: colon[1]!.trim(), speakers: found } : undefined;
}

/** Words that open a paragraph with a colon without naming who speaks. */
const COMMON_PREFIXES = new Set(
  [
    'fråga',
    'frågor',
    'svar',
    'beslut',
    'uppföljning',
    'obs',
    'notera',
    'kommentar',
    'kommentarer',
    'diskussion',
    'bakgrund',
    'info',
    'information',
    'tips',
    'exempel',
    'källa',
    'länk',
    'länkar',
    'sammanfattning',
    'syfte',
    'mål',
    'status',
    'nästa steg',
    'åtgärd',
    'åtgärder',
    'ansvarig',
    'datum',
    'tid',
    'plats',
    'närvarande',
    'deltagare',
    'agenda',
    'dagordning',
    'rubrik',
    'medskick',
    'önskemål',
    'förslag',
    'slutsats',
    'not',
  ].map((w) => w.toLocaleLowerCase('sv')),
);

const OUTCOME = /^(beslut|uppföljning)\s*:\s*/i;

/** The agencies a paragraph's opening names as speaking, or undefined when it does not open so. */
export function answeringAgencies(text: string, registries: Registries): Agency[] | undefined {
  const trimmed = text.trimStart();
  const colon = /^([^:\n]{1,80}?)\s*:(?!s\b)\s/u.exec(`${trimmed} `);
  if (colon) {
    const parts = colon[1]!.split(/\s*(?:,|&|\/|\boch\b)\s*/u).filter(Boolean);
    const agencies = parts.map((part) => findAgency(registries, part));
    if (parts.length > 0 && parts.every((part, i) => agencies[i] || isNetworkWord(part)) && agencies.some(Boolean)) {
      return unique(agencies.filter((a): a is Agency => a !== undefined));
    }
    return undefined;
  }
  // The subject of the first sentence: a name, then a space and a word in lower case ("FoHM menar").
  for (const { name, agency } of namesLongestFirst(registries)) {
    if (!isName(trimmed.slice(0, name.length), name)) continue;
    if (/^\s+\p{Ll}/u.test(trimmed.slice(name.length))) return [agency];
  }
  return undefined;
}

const namesCache = new WeakMap<Registries, { name: string; agency: Agency }[]>();

/** Every name of every agency, longest first (so "Inspektionen för vård och omsorg" wins over a shorter alias). */
function namesLongestFirst(registries: Registries): { name: string; agency: Agency }[] {
  let names = namesCache.get(registries);
  if (!names) {
    names = registries.agencies
      .flatMap((agency) => namesOf(agency).map((name) => ({ name, agency })))
      .sort((a, b) => b.name.length - a.name.length);
    namesCache.set(registries, names);
  }
  return names;
}

/** A prefix "X:" that looks like an agency answering but is not one in the registry (with a did-you-mean candidate list). */
function unknownAnswerer(text: string, registries: Registries): string | undefined {
  const match = /^\s*(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s*:\s/u.exec(`${text} `);
  if (!match) return undefined;
  const written = match[1]!;
  if (COMMON_PREFIXES.has(written.toLocaleLowerCase('sv')) || isNetworkWord(written) || findAgency(registries, written)) return undefined;
  const abbreviation = /^\p{Lu}{2,6}$/u.test(written);
  const close = agencyNames(registries).some((name) => slugify(name) === slugify(written));
  return abbreviation || close || /myndighet|verket|styrelsen|inspektion|kommun|region/i.test(written) ? written : undefined;
}

/**
 * Reads an item's questions, answers and outcomes, gives its `###` headings
 * ids (taken from `anchors`, the meeting's anchors so far) and marks outcome
 * paragraphs.
 *
 * @param nodes The item's Markdown (its ids and classes are set in place).
 * @param kind Slide text's `###` are slide titles, not questions.
 */
export function readItemContent(
  nodes: readonly RootContent[],
  kind: 'agenda' | 'presentation',
  anchors: Set<string>,
  registries: Registries,
  itemAnchor: string,
  speakers: SpeakerPrefixes = new Map(),
): ItemContent {
  const content: ItemContent = { questions: [], answeringAgencyIds: [], answeringPersonIds: [], outcomes: [], unknownAnswerers: [] };
  let question: (ReadQuestion & { nodes: RootContent[] }) | undefined;
  const credit = (agencies: readonly Agency[]) => creditIds(agencies.map((a) => a.id));
  const creditIds = (agencyIds: readonly string[]) => {
    const list = question ? question.answeringAgencyIds : content.answeringAgencyIds;
    for (const id of agencyIds) if (!list.includes(id)) list.push(id);
  };
  const creditPerson = (speaker: Speaker) => {
    const list = question ? question.answeringPersonIds : content.answeringPersonIds;
    if (!list.includes(speaker.personId)) list.push(speaker.personId);
    if (speaker.agencyId) creditIds([speaker.agencyId]);
  };
  const closeQuestion = () => {
    if (!question) return;
    const { nodes: under, ...rest } = question;
    content.questions.push({ ...rest, answerText: toPlainText(under) });
    question = undefined;
  };
  const readOpening = (paragraph: Paragraph) => {
    const text = toString(paragraph);
    const agencies = answeringAgencies(text, registries);
    const people = agencies ? undefined : speakingPeople(text, speakers);
    if (agencies) credit(agencies);
    else if (people?.speakers.length === 1) creditPerson(people.speakers[0]!);
    else if (people) {
      // Initials that fit more than one declared speaker credit no one.
      content.unknownAnswerers.push({ written: people.written, place: startOf(paragraph), speakers: people.speakers.map((s) => s.name) });
    } else {
      const unknown = unknownAnswerer(text, registries);
      if (unknown) content.unknownAnswerers.push({ written: unknown, place: startOf(paragraph) });
    }
    const outcome = OUTCOME.exec(text);
    if (outcome) {
      const kindOf = outcome[1]!.toLowerCase() === 'beslut' ? 'decision' : 'follow-up';
      content.outcomes.push({ kind: kindOf, text: text.slice(outcome[0].length).trim(), anchor: question?.anchor ?? itemAnchor });
      setProperty(paragraph, 'className', ['outcome', kindOf === 'decision' ? 'outcome-beslut' : 'outcome-uppfoljning']);
    }
  };
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 3) {
      closeQuestion();
      const text = toString(node).trim();
      const anchor = uniqueSlug(shortSlug(text), anchors, 'fraga');
      addAnchorLink(node, anchor, kind === 'agenda' ? 'Länk till frågan' : 'Länk till bilden');
      if (kind === 'agenda')
        question = { anchor, text, answeringAgencyIds: [], answeringPersonIds: [], answerText: '', place: startOf(node), nodes: [] };
      continue;
    }
    question?.nodes.push(node);
    if (node.type === 'paragraph') readOpening(node);
    if (node.type === 'list')
      for (const item of (node as List).children) if (item.children[0]?.type === 'paragraph') readOpening(item.children[0]);
  }
  closeQuestion();
  return content;
}

/** Gives a `###` heading its id and a link to itself (a plain anchor: it works without JavaScript). */
function addAnchorLink(heading: Heading, anchor: string, label: string): void {
  setProperty(heading, 'id', anchor);
  const link: PhrasingContent = {
    type: 'link',
    url: `#${anchor}`,
    children: [{ type: 'text', value: '#' }],
    data: { hProperties: { className: ['anchor-link'], ariaLabel: label } },
  };
  heading.children.push({ type: 'text', value: ' ' }, link);
}

function setProperty(node: RootContent, name: string, value: unknown): void {
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  (data.hProperties ??= {})[name] = value;
}

/** A question's slug, at most about 60 characters, cut between words: questions are often long sentences. */
function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60);
}
