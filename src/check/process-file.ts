/**
 * One minutes file through the check: the runner of its rules over each
 * phase (the text as loaded, the parsed and validated file, the text as
 * published), with its Markdown turned into sanitized HTML. Pure, and its
 * result is JSON-serializable, so it can be cached by content hash and
 * computed in worker threads or in a browser.
 */
import { type Diagnostic, sortDiagnostics } from '../core/diagnostics.ts';
import type { MeetingRecord, Registries, ValidMeeting } from '../core/model.ts';
import { excerpt, toSafeHtml } from './markdown.ts';
import { parseMinutes } from './parse.ts';
import { ALL_RULES, fileFailed, fileTimeout } from './rules/catalogue.ts';
import type { AnyRule } from './rules/rule.ts';
import { runRules } from './runner.ts';
import { fileNameText, publishedText, yamlValueTexts } from './scan-text.ts';
import type { SourceFile } from './source.ts';
import type { FailureSubject, MinutesSubject, PublishedSubject } from './subjects.ts';
import { validateMinutes } from './validate.ts';

/** What one file gave. */
export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
  /** The meeting, when its front matter could be read. */
  meeting: MeetingRecord | undefined;
}

/**
 * Parses, validates and checks one minutes file. Never throws: a failure while handling the file (a bug,
 * or input that breaks a library) becomes a `file-failed` message at the file, so that the run goes on
 * to the others.
 *
 * @param emails The published addresses the personal data rule allows. Default: the agency registry's.
 * @param rules The rules to run. Default: every rule of the catalogue.
 */
export function processFile(
  source: SourceFile,
  registries: Registries,
  emails: ReadonlySet<string> = registries.emails,
  rules: readonly AnyRule[] = ALL_RULES,
): FileResult {
  const diagnostics: Diagnostic[] = [];
  try {
    runRules(rules, 'source', source, source.path, diagnostics);
    const parsed = parseMinutes(source);
    const { meeting, findings } = validateMinutes(parsed, registries);
    runRules<MinutesSubject>(rules, 'minutes', { path: source.path, parsed, findings }, source.path, diagnostics);
    if (source.text !== undefined) {
      const body = [...parsed.intro, ...parsed.items.flatMap((item) => [item.headingNode, ...item.nodes])];
      const published: PublishedSubject = {
        text: source.text,
        published: [...publishedText(body), ...(parsed.frontMatter ? yamlValueTexts(parsed.frontMatter) : []), fileNameText(source.path)],
        allowedEmails: emails,
      };
      runRules(rules, 'published', published, source.path, diagnostics);
    }
    return { path: source.path, diagnostics: sortDiagnostics(diagnostics), meeting: meeting && toRecord(meeting) };
  } catch (failure) {
    return failedResult(source.path, failure);
  }
}

/** Runs the runner's own rules (`file-failed`, `file-timeout`) for a file whose check could not finish. */
function failure(file: string, subject: FailureSubject): FileResult {
  const diagnostics: Diagnostic[] = [];
  runRules([fileFailed, fileTimeout], 'failure', subject, file, diagnostics);
  return { path: file, diagnostics, meeting: undefined };
}

/** The result of a file whose handling failed (`thrown` is what was thrown or why the worker stopped). */
export function failedResult(file: string, thrown: unknown): FileResult {
  const reason =
    thrown instanceof RangeError && /call stack/i.test(thrown.message)
      ? 'texten är för djupt inbäddad'
      : /heap|memory/i.test(String(thrown))
        ? 'den behövde för mycket minne'
        : thrown instanceof Error
          ? thrown.message
          : String(thrown);
  return failure(file, { kind: 'failed', reason });
}

/** The result of a file whose check was stopped at the time limit (`bytes`: its size, when known). */
export function timedOutResult(file: string, limitMs: number, bytes?: number): FileResult {
  return failure(file, { kind: 'timeout', limitMs, ...(bytes === undefined ? {} : { bytes }) });
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
