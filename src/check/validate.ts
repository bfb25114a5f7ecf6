/**
 * Stage 3, validate: checks one parsed minutes file against the schema and the
 * registries and resolves every name. Pure: data in, data and diagnostics out.
 *
 * The checks themselves sit with their rules in `rules/`: the file name
 * (`file.ts`), the front matter (`front-matter.ts`, `error-map.ts`), people and
 * agencies (`names.ts`), headings (`headings.ts`), topics (`topics.ts`) and the
 * body (`body.ts`). Checks across files are in `rules/file.ts`
 * (`findDuplicateMeetings`) and `rules/near-duplicates.ts`.
 */
import { type Diagnostic, fileReporter } from '../core/diagnostics.ts';
import type { ValidItem, ValidMeeting } from '../core/model.ts';
import { personId, slugify, uniqueSlug } from '../core/slug.ts';
import type { MeetingContext } from './context.ts';
import { reportSchemaIssues } from './error-map.ts';
import { isNetworkWord, type TokenKind } from './heading.ts';
import { toPlainText } from './markdown.ts';
import type { ParsedMinutes } from './parse.ts';
import { findAgency, type Registries } from './registry.ts';
import { checkBody, checkNotEmpty } from './rules/body.ts';
import { checkFileName } from './rules/file.ts';
import { checkDateMatchesFileName, FRONT_MATTER_RULES } from './rules/front-matter.ts';
import { readItemHeading } from './rules/headings.ts';
import {
  answerOverrides,
  declareNames,
  type NamesUsed,
  reportUnknownAnswerer,
  reportUnusedNames,
  resolvePresenters,
} from './rules/names.ts';
import { readItemContent } from './answers.ts';
import { assignTopics, resolveTopics } from './rules/topics.ts';
import { frontMatterSchema } from './schema.ts';

/** Validates one parsed minutes file. Returns the meeting when its front matter is usable. */
export function validateMinutes(
  parsed: ParsedMinutes,
  registries: Registries,
): { meeting: ValidMeeting | undefined; diagnostics: Diagnostic[] } {
  const reporter = fileReporter(parsed.path, [...parsed.diagnostics]);
  const { diagnostics, report } = reporter;
  checkBody(parsed.intro, report);
  for (const item of parsed.items) checkBody([item.headingNode, ...item.nodes], report);
  const dateInName = checkFileName(reporter);

  const yaml = parsed.frontMatter;
  if (!yaml) return { meeting: undefined, diagnostics };
  const schema = frontMatterSchema.safeParse(yaml.data);
  if (!schema.success) {
    reportSchemaIssues(schema.error.issues, { report: reporter, yaml, schema: frontMatterSchema, rules: FRONT_MATTER_RULES });
    return { meeting: undefined, diagnostics };
  }
  const frontMatter = schema.data;
  if (!parsed.bodyRefused) checkNotEmpty(parsed.intro, parsed.items.length, report);
  const context: MeetingContext = { report, registries, yaml };
  checkDateMatchesFileName(frontMatter.date, dateInName, context);

  const declared = declareNames(frontMatter, context);
  const topics = resolveTopics(frontMatter.topics, ['topics'], context);
  const used: NamesUsed = { speakers: new Set(), agencies: new Set() };
  const classify = (token: string): TokenKind => (findAgency(registries, token) ? 'agency' : isNetworkWord(token) ? 'network' : 'person');
  // Items take their anchors first, then their questions: an item keeps its anchor whatever its questions are called.
  const anchors = new Set<string>();
  const headed = parsed.items.flatMap((item) => {
    const heading = readItemHeading(item, report, classify);
    return heading ? [{ item, heading, anchor: uniqueSlug(slugify(heading.title), anchors) }] : [];
  });
  const items: Omit<ValidItem, 'topicIds'>[] = headed.map(({ item, heading, anchor }) => {
    const resolved = heading.presenters
      ? resolvePresenters(heading.presenters, heading.placeOf, declared, used, context)
      : { presenters: [], agencyIds: [] };
    // The plain text first: reading the content adds each question's link to itself ("#").
    const text = toPlainText(item.nodes);
    const content = readItemContent(item.nodes, heading.kind, anchors, registries, anchor);
    for (const unknown of content.unknownAnswerers) reportUnknownAnswerer(unknown.written, unknown.place, context);
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
  reportUnusedNames(declared, used, context);
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
  return { meeting, diagnostics };
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
