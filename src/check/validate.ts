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
import type { Registries, ValidItem, ValidMeeting } from '../core/model.ts';
import { personId, slugify, uniqueSlug } from '../core/slug.ts';
import { didYouMean } from '../core/suggest.ts';
import { readItemContent } from './answers.ts';
import type { MeetingContext } from './context.ts';
import { schemaProblems } from './error-map.ts';
import { type Findings, noFindings } from './findings.ts';
import { isNetworkWord, readItemHeading, type TokenKind } from './heading.ts';
import { textOutsideComments, toPlainText } from './markdown.ts';
import { answerOverrides, declareNames, findUnusedNames, resolvePresenters } from './names.ts';
import type { ParsedMinutes } from './parse.ts';
import { agencyNames, findAgency } from './registry.ts';
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
  const classify = (token: string): TokenKind => (findAgency(registries, token) ? 'agency' : isNetworkWord(token) ? 'network' : 'person');
  // Items take their anchors first, then their questions: an item keeps its anchor whatever its questions are called.
  const anchors = new Set<string>();
  const headed = parsed.items.flatMap((item) => {
    const { heading, problems } = readItemHeading(item, classify);
    findings.parentheses.push(...problems);
    return heading ? [{ item, heading, anchor: uniqueSlug(slugify(heading.title), anchors) }] : [];
  });
  const items: Omit<ValidItem, 'topicIds'>[] = headed.map(({ item, heading, anchor }) => {
    const resolved = heading.presenters
      ? resolvePresenters(heading.presenters, heading.placeOf, declared, context)
      : { presenters: [], agencyIds: [] };
    // The plain text first: reading the content adds each question's link to itself ("#").
    const text = toPlainText(item.nodes);
    const content = readItemContent(item.nodes, heading.kind, anchors, registries, anchor);
    for (const unknown of content.unknownAnswerers) {
      const guess = didYouMean(unknown.written, agencyNames(registries));
      findings.unknownAnswerers.push({ ...unknown, ...(guess ? { guess } : {}) });
    }
    return {
      anchor,
      title: heading.title,
      kind: heading.kind,
      presenters: resolved.presenters,
      agencyIds: resolved.agencyIds,
      network: heading.presenters ? heading.presenters.network : heading.kind === 'agenda',
      questions: content.questions,
      answeringAgencyIds: content.answeringAgencyIds,
      outcomes: content.outcomes,
      nodes: item.nodes,
      text,
      place: item.place,
    };
  });
  findUnusedNames(declared, context);
  const questionAnchors = new Set(items.flatMap((item) => item.questions.map((q) => q.anchor)));
  const itemTopics = assignTopics(items, frontMatter, topics, context, questionAnchors);
  applyAnswerOverrides(items, answerOverrides(frontMatter, context));

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
    items: items.map((item) => ({ ...item, topicIds: itemTopics.get(item.anchor) ?? [] })),
    speakerPlaces: Object.fromEntries([...declared.speakers.values()].map((s) => [personId(s.name), s.place])),
  };
  return { meeting, findings };
}

/** True when a meeting has nothing to publish: no agenda item, and no text outside comments before the first one. */
function isEmpty(parsed: ParsedMinutes): boolean {
  if (parsed.items.length > 0) return false;
  return !parsed.intro.some((node) => node.type !== 'html' || textOutsideComments(node.value) !== '');
}

/**
 * Applies `answeredBy` set under `items:` to questions and items, then gives each item the agencies that
 * answer anywhere in it: its own text's and its questions' (an item's own setting replaces that union).
 */
function applyAnswerOverrides(items: Omit<ValidItem, 'topicIds'>[], overrides: ReadonlyMap<string, string[]>): void {
  for (const item of items) {
    for (const question of item.questions) question.answeringAgencyIds = overrides.get(question.anchor) ?? question.answeringAgencyIds;
    const all = [...item.answeringAgencyIds, ...item.questions.flatMap((q) => q.answeringAgencyIds)];
    item.answeringAgencyIds = overrides.get(item.anchor) ?? [...new Set(all)];
  }
}
