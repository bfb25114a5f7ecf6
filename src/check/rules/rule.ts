/**
 * What a rule of the check is, in the manner of `unified-lint-rule`: a value
 * with its id, severity, its entry in the guide (when the check says it, how
 * to fix it), examples that a test runs, and the check itself. The runner
 * (`runner.ts`) calls the check with the subject of its phase and a `report`
 * bound to the rule, which stamps the rule's id, severity, guide link and fix:
 * a rule can only ever report itself, so every message is written beside the
 * code that decides it.
 *
 * Adding a rule is one definition in its family file (`rules/<family>.ts`),
 * listed in that file's `RULES`, with at least one example.
 */
import type { Details, Position, RuleRef } from '../../core/diagnostics.ts';

/**
 * What a rule looks at:
 * - `source`: one file's text as loaded (minutes and registries);
 * - `folder`: the listing of the minutes folder;
 * - `registry`: one registry as read;
 * - `setting`: the site setting as read;
 * - `minutes`: one minutes file, parsed, validated and resolved;
 * - `published`: the text of one file as it would be published (personal data);
 * - `archive`: every meeting and the registries (checks across files);
 * - `failure`: why the check of one file could not finish (the runner's own messages).
 */
export type Phase = 'source' | 'folder' | 'registry' | 'setting' | 'minutes' | 'published' | 'archive' | 'failure';

/** An example of a rule: files laid over the example archive, and the message they give. */
export interface RuleExample {
  /**
   * The files, path to text, that replace or join those of the example archive (`example-archive.ts`);
   * `null` removes one. The first is the file the message is about unless `file` says another.
   */
  files: Readonly<Record<string, string | Uint8Array | null>>;
  /** The file the message is in. Default: the first of `files`. */
  file?: string;
  /**
   * The start of the message as the one-line format prints it after the file name, without `varning:`:
   * `7:3: Okänd aktör "Folkhälsomyndighten".`
   */
  message: string;
  /** The check of the file fails (`throw`: a rule throws) or runs out of time (`timeout`): for the runner's own rules. */
  fault?: 'throw' | 'timeout';
}

/** How a rule reports: the place, the reason and details; `file` only for rules over several files. */
export type Report = (place: Position, reason: string, details?: Details & { file?: string }) => void;

/** A rule's definition without its check: what the guide and the reporter need. */
export interface RuleDocs extends RuleRef {
  /** When the check says it (Swedish). */
  when: string;
  /** What to do (Swedish): the note of its messages unless the check gives a more exact one. */
  fix: string;
  /** What sets it off, and what it then says; a test runs each one. */
  examples: readonly RuleExample[];
}

/** One rule of the check. */
export interface Rule<S = never> extends RuleDocs {
  phase: Phase;
  /** Looks at `subject` and reports what is wrong. Pure: it reads the subject and calls `report`. */
  check(subject: S, report: Report): void;
}

/** A rule of any phase, as the catalogue holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** Defines a rule: its documentation and phase, and its check over the subject of that phase. */
export function defineRule<S>(docs: RuleDocs & { fix: string; phase: Phase }, check: (subject: S, report: Report) => void): Rule<S> {
  return { ...docs, check };
}
