/**
 * Stage 3, validate: checks one parsed minutes file against the schema and the
 * registries and resolves every name. Pure: data in, data out. What it finds
 * wrong is recorded in the findings (`findings.ts`), which the rules in
 * `rules/` turn into messages; this module reports nothing itself.
 *
 * The stages it composes: the schema (`schema.ts`, `error-map.ts`), names
 * (`names.ts`), item headings (`heading.ts`), questions and answers
 * (`answers.ts`) and topics (`topics.ts`).
 */
import { dateOfMinutesFile, MINUTES_FILE_NAME } from '../core/minutes-files.ts';
import type { Position } from '../core/diagnostics.ts';
import type { Question, Registries, ValidItem, ValidMeeting } from '../core/model.ts';
import { personId, slugify, uniqueSlug } from '../core/slug.ts';
import { RESERVED_IDS } from '../core/urls.ts';
import { didYouMean } from '../core/suggest.ts';
import { type ItemContent, readItemContent, speakerPrefixes } from './answers.ts';
import type { MeetingContext } from './context.ts';
import { schemaProblems } from './error-map.ts';
import { type Findings, noFindings } from './findings.ts';
import { isNetworkWord, type ItemHeading, type ParenthesisProblem, readItemHeading, type TokenKind } from './heading.ts';
import { textOutsideComments, toPlainText } from './markdown.ts';
import { answerOverrides, type DeclaredNames, declareNames, findUnusedNames, looksLikeAgency, resolvePresenters } from './names.ts';
import type { ParsedItem, ParsedMinutes } from './parse.ts';
import { agencyNames, findAgency, nameKey } from './registry.ts';
import { frontMatterSchema } from './schema.ts';
import { assignTopics, resolveTopics } from './topics.ts';
import { placeOf } from './yaml.ts';

/** A minutes file's name, and the date it gives (`2021-01-19-…md`), undefined when the name does not follow the pattern. */
export function readFileName(file: string): { name: string; date: string | undefined } {
  const name = file.split(/[\\/]/).at(-1) ?? file;
  return { name, date: MINUTES_FILE_NAME.test(name) ? dateOfMinutesFile(name) : undefined };
}

/** Validates one parsed minutes file. Returns the meeting when its front matter is usable, and what was found. */
export function validateMinutes(parsed: ParsedMinutes, registries: Registries): { meeting: ValidMeeting | undefined; findings: Findings } {
  const findings = noFindings(readFileName(parsed.path));
  const yaml = parsed.frontMatter;
  if (!yaml) return { meeting: undefined, findings };
  const schema = frontMatterSchema.safeParse(yaml.data);
  if (!schema.success) {
    findings.schema = schemaProblems(schema.error.issues, yaml, frontMatterSchema);
    return { meeting: undefined, findings };
  }
  const frontMatter = schema.data;
  if (!parsed.bodyRefused) findings.empty = isEmpty(parsed);
  const context: MeetingContext = { registries, yaml, findings };
  const dateInName = findings.fileName.date;
  if (dateInName !== undefined && dateInName !== frontMatter.date) {
    findings.dateMismatch = { date: frontMatter.date, dateInName, place: placeOf(yaml, ['date']) };
  }

  const declared = declareNames(frontMatter, context);
  const topics = resolveTopics(frontMatter.topics, ['topics'], context);
  // Items take their anchors first, then their questions: an item keeps its anchor whatever its questions are called.
  // The page's own ids are taken from the start: a heading called "Innehåll" gets innehall-2, never <main>'s id.
  const anchors = new Set<string>(RESERVED_IDS);
  const headed = parsed.items.flatMap((item) => {
    const { heading, problems } = readHeading(item, declared, context);
    findings.parentheses.push(...problems);
    return heading ? [{ item, heading, anchor: uniqueSlug(slugify(heading.title), anchors) }] : [];
  });
  const speakers = [...declared.speakers.values()];
  const prefixes = speakerPrefixes(speakers.map((s) => ({ name: s.name, agencyId: s.agency?.id })));
  const answerers: ItemContent['unknownAnswerers'] = [];
  const items: UntopicedItem[] = headed.map(({ item, heading, anchor }) => {
    const resolved = heading.presenters
      ? resolvePresenters(heading.presenters, heading.placeOf, declared, context)
      : { presenters: [], agencyIds: [] };
    // The plain text first: reading the content adds each question's link to itself ("#").
    const text = toPlainText(item.nodes);
    const content = readItemContent(item.nodes, heading.kind, anchors, registries, anchor, prefixes);
    answerers.push(...content.unknownAnswerers);
    return {
      anchor,
      title: heading.title,
      kind: heading.kind,
      presenters: resolved.presenters,
      agencyIds: resolved.agencyIds,
      network: heading.presenters ? heading.presenters.network : heading.kind === 'agenda',
      questions: content.questions,
      answeringAgencyIds: content.answeringAgencyIds,
      answeringPersonIds: content.answeringPersonIds,
      outcomes: content.outcomes,
      nodes: item.nodes,
      text,
      place: item.place,
    };
  });
  recordAnswerers(answerers, findings, registries);
  // Someone who speaks in the meeting ("AT: …") is used, whether or not a heading names them.
  const speaking = new Set(
    items.flatMap((item) => [...(item.answeringPersonIds ?? []), ...item.questions.flatMap((q) => q.answeringPersonIds ?? [])]),
  );
  for (const [key, speaker] of declared.speakers) if (speaking.has(personId(speaker.name))) declared.usedSpeakers.add(key);
  findUnusedNames(declared, context);
  const itemTopics = assignTopics(items, frontMatter, topics, context);
  const agencyOf = new Map(speakers.map((s) => [personId(s.name), s.agency?.id]));
  applyAnswerOverrides(items, answerOverrides(frontMatter, context), agencyOf);
  foldUnreadableRegistries(findings, registries);

  const meeting: ValidMeeting = {
    file: parsed.path,
    slug: frontMatter.date,
    date: frontMatter.date,
    title: frontMatter.title,
    speakers: [...declared.speakers.values()].flatMap((s) =>
      s.agency ? [{ name: s.name, personId: personId(s.name), agencyId: s.agency.id }] : [],
    ),
    agencyIds: [...declared.agencies.keys()],
    topicIds: topics.map((t) => t.id),
    intro: parsed.intro,
    introText: toPlainText(parsed.intro),
    items: items.map((item) => ({
      ...item,
      topicIds: itemTopics.get(item.anchor) ?? [],
      questions: item.questions.map((q) => ({ ...q, topicIds: itemTopics.get(q.anchor) ?? [] })),
    })),
    speakerPlaces: Object.fromEntries([...declared.speakers.values()].map((s) => [personId(s.name), s.place])),
  };
  return { meeting, findings };
}

/** An item before its and its questions' topics are assigned. */
type UntopicedItem = Omit<ValidItem, 'topicIds' | 'questions'> & { questions: Question[] };

/** True when a meeting has nothing to publish: no agenda item, and no text outside comments before the first one. */
function isEmpty(parsed: ParsedMinutes): boolean {
  if (parsed.items.length > 0) return false;
  return !parsed.intro.some((node) => node.type !== 'html' || textOutsideComments(node.value) !== '');
}

/**
 * Applies `answeredBy` set under `items:` to questions and items, then gives each item the agencies that
 * answer anywhere in it: its own text's and its questions' (an item's own setting replaces that union).
 * The people credited by their initials stay only where their agency is among those set.
 */
function applyAnswerOverrides(
  items: UntopicedItem[],
  overrides: ReadonlyMap<string, string[]>,
  agencyOf: ReadonlyMap<string, string | undefined>,
): void {
  const keep = (people: readonly string[] | undefined, agencies: readonly string[] | undefined) =>
    agencies === undefined ? [...(people ?? [])] : (people ?? []).filter((id) => agencies.includes(agencyOf.get(id) ?? ''));
  for (const item of items) {
    for (const question of item.questions) {
      const set = overrides.get(question.anchor);
      question.answeringAgencyIds = set ?? question.answeringAgencyIds;
      question.answeringPersonIds = keep(question.answeringPersonIds, set);
    }
    const all = [...item.answeringAgencyIds, ...item.questions.flatMap((q) => q.answeringAgencyIds)];
    const set = overrides.get(item.anchor);
    item.answeringAgencyIds = set ?? [...new Set(all)];
    const people = [...(item.answeringPersonIds ?? []), ...item.questions.flatMap((q) => q.answeringPersonIds ?? [])];
    item.answeringPersonIds = keep([...new Set(people)], set);
  }
}

/**
 * Reads an item's heading against the file's names: a word the registry lacks is an agency when the front
 * matter names it as one, or when it is shaped like one (MSB, E-hälsomyndigheten), or when it ends the
 * parenthesis after people's names as one word that is no declared speaker ("(Karin Lund & Sofia Ahl,
 * E-hälsomyndigheten)"): an unknown agency is reported as one, never as a person to add.
 */
function readHeading(
  item: ParsedItem,
  declared: DeclaredNames,
  context: MeetingContext,
): { heading: ItemHeading | undefined; problems: ParenthesisProblem[] } {
  const { registries } = context;
  const classify = (token: string): TokenKind => {
    if (findAgency(registries, token)) return 'agency';
    if (isNetworkWord(token)) return 'network';
    if (declared.speakers.has(nameKey(token))) return 'person';
    return declared.unknownWritten.has(nameKey(token)) || looksLikeAgency(token) ? 'agency' : 'person';
  };
  const read = readItemHeading(item, classify);
  const people = read.heading?.presenters?.people ?? [];
  const trailing: string[] = [];
  for (let i = people.length - 1; i >= 0 && people[i]!.agency === undefined; i--) trailing.unshift(people[i]!.name);
  const last = trailing.at(-1);
  if (last === undefined || trailing.length < 2 || /\s/.test(last.trim()) || declared.speakers.has(nameKey(last))) return read;
  return readItemHeading(item, (token) => (token === last ? 'agency' : classify(token)));
}

/** How often an opening must recur in a file to be the file's way of naming who speaks, not a slip. */
export const PREFIX_REPEATS = 2;

/**
 * Records the openings that name no agency or declared speaker: one used once is a likely slip (reported
 * where it stands, with the closest agency); one used again and again ("SYG: …" in every paragraph) is the
 * notes' own way of naming people, reported once for the file with how often it stands.
 */
function recordAnswerers(answerers: ItemContent['unknownAnswerers'], findings: Findings, registries: Registries): void {
  const byWritten = new Map<string, ItemContent['unknownAnswerers']>();
  for (const answerer of answerers) byWritten.set(answerer.written, [...(byWritten.get(answerer.written) ?? []), answerer]);
  for (const [written, found] of byWritten) {
    const first = found[0]!;
    const guess = first.speakers ? undefined : didYouMean(written, agencyNames(registries));
    if (found.length >= PREFIX_REPEATS || first.speakers) {
      findings.unknownPrefixes.push({
        written,
        count: found.length,
        first: first.place,
        ...(guess ? { guess } : {}),
        ...(first.speakers ? { speakers: first.speakers } : {}),
      });
    } else findings.unknownAnswerers.push({ written, place: first.place, ...(guess ? { guess } : {}) });
  }
}

/**
 * A registry that cannot be read resolves no name: instead of one message per name, the file gets one
 * message per registry, at the places of its names (the registry's own messages, printed first, say why).
 */
function foldUnreadableRegistries(findings: Findings, registries: Registries): void {
  const { unreadable } = registries;
  if (unreadable?.agencies) {
    const places = [...findings.unknownAgencies, ...findings.unknownHeadingAgencies, ...findings.unknownAnswerers].map((u) => u.place);
    places.push(...findings.unknownPrefixes.map((p) => p.first), ...findings.missingCommas.map((m) => m.place));
    if (places.length) findings.unreadableRegistries.push({ kind: 'agencies', path: unreadable.agencies, places: sortPlaces(places) });
    findings.unknownAgencies = [];
    findings.unknownHeadingAgencies = [];
    findings.unknownAnswerers = [];
    findings.unknownPrefixes = [];
    findings.missingCommas = [];
  }
  if (unreadable?.topics) {
    const places = findings.unknownTopics.map((u) => u.place);
    if (places.length) findings.unreadableRegistries.push({ kind: 'topics', path: unreadable.topics, places: sortPlaces(places) });
    findings.unknownTopics = [];
  }
}

function sortPlaces(places: readonly Position[]): Position[] {
  return [...places].sort((a, b) => a.line - b.line || a.column - b.column);
}
