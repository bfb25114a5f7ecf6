/**
 * One minutes file through parse and validate, with its Markdown turned into
 * sanitized HTML: the per-file part of the pipeline. Pure, and its result is
 * JSON-serializable, so it can be cached by content hash and computed in
 * worker threads.
 */
import { type Diagnostic, fileReporter, START } from '../core/diagnostics.ts';
import { fileFailed, fileTimeout } from './rules/file.ts';
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

/**
 * Parses, validates and checks one minutes file. Never throws: a failure while
 * handling the file (a bug, or input that breaks a library) becomes a
 * `file-failed` diagnostic at the file, so that the run goes on to the others.
 */
export function processFile(
  source: SourceFile,
  registries: Registries,
  emails: ReadonlySet<string> = allowedEmails(registries),
): FileResult {
  try {
    const parsed = parseMinutes(source);
    const result = validateMinutes(parsed, registries);
    const { diagnostics, report } = fileReporter(source.path, [...result.diagnostics]);
    const body = [...parsed.intro, ...parsed.items.flatMap((item) => [item.headingNode, ...item.nodes])];
    if (source.text !== undefined) checkPersonalData(source.text, publishedText(body), emails, report);
    return { path: source.path, diagnostics, meeting: result.meeting && toRecord(result.meeting) };
  } catch (failure) {
    return failedResult(source.path, failure);
  }
}

/** The result of a file whose handling failed (`failure` is what was thrown or why the worker stopped). */
export function failedResult(file: string, failure: unknown): FileResult {
  const reason =
    failure instanceof RangeError && /call stack/i.test(failure.message)
      ? 'texten är för djupt inbäddad'
      : /heap|memory/i.test(String(failure))
        ? 'den behövde för mycket minne'
        : failure instanceof Error
          ? failure.message
          : String(failure);
  const { diagnostics, report } = fileReporter(file);
  report(
    fileFailed,
    START,
    `Filen kunde inte kontrolleras till slut (${reason}). Det är ett fel i verktyget, men filen publiceras inte förrän det är löst: förenkla ovanliga konstruktioner (mycket långa rader, djupt inbäddade listor) eller rapportera felet med filen bifogad.`,
  );
  return { path: file, diagnostics, meeting: undefined };
}

/** The result of a file whose check was stopped at the time limit. */
export function timedOutResult(file: string, limitMs: number): FileResult {
  const { diagnostics, report } = fileReporter(file);
  report(
    fileTimeout,
    START,
    `Kontrollen av filen avbröts efter ${Math.round(limitMs / 1000)} sekunder. Något i texten gör Markdown-läsaren mycket långsam, till exempel långa rader med tusentals [, ( eller * i rad. Leta efter sådana rader och förenkla dem, eller dela upp filen.`,
  );
  return { path: file, diagnostics, meeting: undefined };
}

/** True for the results of a file whose check failed or was stopped: they depend on the machine, and are not cached. */
export function isIncomplete(result: FileResult): boolean {
  return result.diagnostics.some((d) => d.ruleId === fileFailed.id || d.ruleId === fileTimeout.id);
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
