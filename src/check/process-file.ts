/**
 * One minutes file through parse and validate, with its Markdown turned into
 * sanitized HTML: the per-file part of the pipeline. Pure, and its result is
 * JSON-serializable, so it can be cached by content hash and computed in
 * worker threads.
 */
import { type Diagnostic, fileReporter } from '../core/diagnostics.ts';
import type { SourceFile } from './load.ts';
import { excerpt, toSafeHtml } from './markdown.ts';
import type { MeetingRecord, ValidMeeting } from '../core/model.ts';
import { parseMinutes } from './parse.ts';
import { checkPersonalData, publishedText } from './rules/personal-data.ts';
import type { Registries } from './registry.ts';
import { validateMinutes } from './validate.ts';

/** What one file gave. */
export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
  /** The meeting, when its front matter could be read. */
  meeting: MeetingRecord | undefined;
}

/** The published e-mail addresses of the registry, which the personal data check allows. */
export function allowedEmails(registries: Registries): ReadonlySet<string> {
  return registries.emails;
}

/** Parses, validates and checks one minutes file. */
export function processFile(source: SourceFile, registries: Registries, emails: ReadonlySet<string> = allowedEmails(registries)): FileResult {
  const parsed = parseMinutes(source);
  const result = validateMinutes(parsed, registries);
  const { diagnostics, report } = fileReporter(source.path, [...result.diagnostics]);
  const body = [...parsed.intro, ...parsed.items.flatMap((item) => [item.headingNode, ...item.nodes])];
  if (source.text !== undefined) checkPersonalData(source.text, publishedText(body), emails, report);
  return { path: source.path, diagnostics, meeting: result.meeting && toRecord(result.meeting) };
}

/** Drops the Markdown trees after turning them into HTML. */
function toRecord(meeting: ValidMeeting): MeetingRecord {
  const { intro, items, ...rest } = meeting;
  return {
    ...rest,
    introHtml: intro.length ? toSafeHtml(intro) : '',
    items: items.map(({ nodes, ...item }) => ({ ...item, html: toSafeHtml(nodes), excerpt: excerpt(item.text) })),
  };
}
