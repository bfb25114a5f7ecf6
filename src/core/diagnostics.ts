/**
 * Diagnostics: the problems the check finds, each tied to a place in a file.
 *
 * A diagnostic has the fields of unified's `vfile-message` (`file`, `line`,
 * `column`, `place`, `ruleId`, `source`, `fatal`, `expected`, `actual`, `url`),
 * as a plain JSON object rather than an `Error` instance, so that it can be
 * cached on disk and sent between worker threads unchanged.
 *
 * Nobody builds one by hand: a {@link FileReporter} stamps the file and the
 * place, and the rule (from the catalogue, see `src/check/rules/`) decides the
 * severity and the guide link. Every stage returns diagnostics instead of
 * throwing, so that one run reports every problem in every file.
 */
import { count, swedishCount } from './count.ts';
import { CONTROL_CHARACTERS } from './text.ts';

/** A place in a file, 1-based like editors show it. */
export interface Position {
  /** Line number, starting at 1. */
  line: number;
  /** Column number (in characters), starting at 1. */
  column: number;
}

/** How serious a rule is: errors stop the build, warnings do not. */
export type Severity = 'error' | 'warning';

/** Where the guide explains every rule: its address on the site, with `#regel-<id>` appended. */
export const GUIDE_PATH = '/sa-lagger-du-till-ett-mote/';

/** What produced the diagnostics (vfile-message's `source`). */
export const SOURCE = 'minnesarkivet';

/** Another place a message is about: the other spelling of a near-duplicate name, the registry line of a name. */
export interface RelatedPlace extends Position {
  /** The file of that place, as in messages. */
  file: string;
  /** What stands there, for an editor's hover (Swedish). Optional. */
  message?: string;
  /**
   * True when the same message stands there too: a repeat folded under the first (see `foldRepeats`),
   * shown as "och 311 ställen till: rad 4, 9, …" rather than as a place the message is about.
   */
  repeat?: boolean;
}

/** One problem found in one place. JSON-serializable. */
export interface Diagnostic extends Position {
  /** Path of the file as the user gave it, for example `minutes/2021-01-19-socialchefsnatverket.md`. */
  file: string;
  /** Where the problem starts (the same line and column). */
  place: Position;
  /** The reason in Swedish: what was expected and what was found (vfile-message's `reason`). */
  message: string;
  /** How to fix it, in Swedish (vfile-message's `note`): the rule's fix unless the check says something more exact. */
  note?: string;
  /** Other places the message is about (vfile-message's `cause`, as places), shown after the reason. */
  related?: RelatedPlace[];
  /**
   * How many more places give the same message, folded under this one (see `foldRepeats`); the first
   * {@link REPEAT_PLACES_SHOWN} of them are in `related`, marked `repeat`.
   */
  repeats?: number;
  /** Stable identifier of the rule, for example `front-matter-unknown-field`. */
  ruleId: string;
  /** Always {@link SOURCE}. */
  source: typeof SOURCE;
  /** True for an error (the build stops), false for a warning (as in vfile-message). */
  fatal: boolean;
  /** What would have been right, when there are candidates (for example the allowed field names). */
  expected?: string[];
  /** What was found, as written. */
  actual?: string;
  /** The rule's explanation in the guide: `/sa-lagger-du-till-ett-mote/#regel-<id>`. */
  url: string;
}

/** Optional details of a diagnostic. */
export interface Details {
  expected?: readonly string[];
  actual?: string;
  /** How to fix it; default: the rule's own fix. */
  note?: string;
  /** Other places the message is about. */
  related?: readonly RelatedPlace[];
}

/** What a rule must say about itself for a diagnostic: id, severity and its general fix. */
export interface RuleRef {
  /** Stable identifier, for example `front-matter-unknown-field`. */
  id: string;
  severity: Severity;
  /** What to do, in Swedish: the diagnostic's note unless the check gives a more exact one. */
  fix?: string;
}

/** The start of a file, for problems that concern the whole file. */
export const START: Position = { line: 1, column: 1 };

/** Creates a diagnostic for `rule` at `place` in `file`: severity and guide link come from the rule. */
export function diagnostic(file: string, place: Position, rule: RuleRef, message: string, details: Details = {}): Diagnostic {
  const note = details.note ?? rule.fix;
  return {
    file,
    line: place.line,
    column: place.column,
    place: { line: place.line, column: place.column },
    message,
    ruleId: rule.id,
    source: SOURCE,
    fatal: rule.severity === 'error',
    ...(details.expected ? { expected: [...details.expected] } : {}),
    ...(details.actual !== undefined ? { actual: details.actual } : {}),
    ...(note ? { note } : {}),
    ...(details.related?.length ? { related: details.related.map((r) => ({ ...r })) } : {}),
    url: `${GUIDE_PATH}#regel-${rule.id}`,
  };
}

/**
 * The diagnostics of one file: `report(rule, place, message)` stamps the file,
 * so that the checks of a file pass one reporter instead of the file's path
 * and a list.
 */
export interface FileReporter {
  /** The file's path, as in messages. */
  readonly file: string;
  /** Everything reported so far, in order. */
  readonly diagnostics: Diagnostic[];
  /** Reports a problem with `rule` at `place`. */
  report(rule: RuleRef, place: Position, message: string, details?: Details): void;
}

/** A reporter for `file`, collecting into `diagnostics` (a new list by default). */
export function fileReporter(file: string, diagnostics: Diagnostic[] = []): FileReporter {
  return {
    file,
    diagnostics,
    report(rule, place, message, details) {
      diagnostics.push(diagnostic(file, place, rule, message, details));
    },
  };
}

/** The files whose problems are the cause of others: the registries and the site setting, printed first. */
const ROOT_CAUSE_FILES = /(?:^|[\\/])(?:agencies\.yml|topics\.yml|webbplats\.yml)$/;

/** 0 for a registry or the site setting (their problems come first: the minutes' names depend on them), 1 for any other file. */
function fileRank(file: string): number {
  return ROOT_CAUSE_FILES.test(file) ? 0 : 1;
}

/**
 * Sorts diagnostics: the registries' and the site setting's first (a broken registry is the cause of the
 * minutes' messages about names), then by file, line and column (stable for the same place).
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      fileRank(a.file) - fileRank(b.file) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** How many times one rule may give the same message in one file before the repeats are folded under the first. */
export const REPEAT_LIMIT = 3;

/** How many places of the repeats a message lists; the rest are counted ("…"). */
export const REPEAT_PLACES_SHOWN = 10;

/**
 * Folds repeats: when one rule gives the same message (the same reason and note) in one file more than
 * {@link REPEAT_LIMIT} times, they become one message at the first place that counts the others in
 * `repeats` and lists the first place on each of the first {@link REPEAT_PLACES_SHOWN} lines as related places marked `repeat`.
 * Fewer repeats stay as they are, each at its own place. Order is kept.
 */
export function foldRepeats(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = JSON.stringify([d.file, d.ruleId, d.message, d.note ?? '']);
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const folded = new Map<Diagnostic, Diagnostic>();
  const dropped = new Set<Diagnostic>();
  for (const group of groups.values()) {
    if (group.length <= REPEAT_LIMIT) continue;
    const sorted = sortDiagnostics(group);
    const [first, ...rest] = sorted as [Diagnostic, ...Diagnostic[]];
    // The first place on each of the first lines: "rad 1, 2, 3" says more than "rad 1, 1, 1".
    const lines = new Map<string, RelatedPlace>();
    for (const d of rest) {
      const key = `${d.file}:${d.line}`;
      if (lines.size >= REPEAT_PLACES_SHOWN) break;
      if (!lines.has(key)) lines.set(key, { file: d.file, line: d.line, column: d.column, repeat: true });
    }
    const shown = [...lines.values()];
    folded.set(group[0]!, { ...first, related: [...(first.related ?? []), ...shown], repeats: (first.repeats ?? 0) + rest.length });
    for (const d of group.slice(1)) dropped.add(d);
  }
  return diagnostics.filter((d) => !dropped.has(d)).map((d) => folded.get(d) ?? d);
}

/** How many places a diagnostic stands for: itself and its folded repeats. */
export function placesOf(d: Diagnostic): number {
  return 1 + (d.repeats ?? 0);
}

/**
 * Formats one diagnostic as `path:line:col: message [rule-id]`, with `varning:` before warnings: the secretary's
 * one-line format. Control characters from the minutes are shown escaped, never sent to the terminal.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const label = d.fatal ? '' : 'varning: ';
  return terminalSafe(`${d.file}:${d.line}:${d.column}: ${label}${messageText(d)} [${d.ruleId}]`);
}

/** Where a related place is, as the one-line format writes it: `minutes/a.md:3:5`, or `rad 3` in the same file. */
function relatedText(d: Diagnostic, related: RelatedPlace): string {
  return related.file === d.file ? `rad ${related.line}` : `${related.file}:${related.line}:${related.column}`;
}

/** The related places as the one-line format writes them: `rad 3, 9` in the same file, `minutes/a.md:3:5` in another. */
function relatedList(d: Diagnostic, related: readonly RelatedPlace[]): string {
  const same = related.filter((r) => r.file === d.file).map((r) => String(r.line));
  const other = related.filter((r) => r.file !== d.file).map((r) => relatedText(d, r));
  return [...(same.length ? [`rad ${same.join(', ')}`] : []), ...other].join(', ');
}

/** The folded repeats as the one-line format writes them: `och 311 ställen till: rad 4, 9, …`. */
function repeatsText(d: Diagnostic, repeats: readonly RelatedPlace[]): string {
  const shown = [...new Set(repeats.map((r) => (r.file === d.file ? String(r.line) : `${r.file}:${r.line}:${r.column}`)))];
  const total = Math.max(d.repeats ?? 0, repeats.length);
  const sameFile = repeats.every((r) => r.file === d.file);
  const more = total > repeats.length && shown.length >= REPEAT_PLACES_SHOWN;
  const list = `${sameFile ? 'rad ' : ''}${shown.join(', ')}${more ? ', …' : ''}`;
  return `och ${swedishCount(total, 'ställe', 'ställen')} till: ${list}`;
}

/**
 * A diagnostic's whole text, as the secretary reads it in the terminal and the editor: the reason, with
 * the related places (and the folded repeats, "och 311 ställen till: rad 4, 9, …") in parentheses before
 * its last full stop, then the note.
 * `Id "fohm" finns redan (rad 3). Slå ihop posterna eller byt id.`
 */
export function messageText(d: Diagnostic): string {
  let reason = d.message;
  const related = d.related?.filter((r) => !r.repeat) ?? [];
  const repeats = d.related?.filter((r) => r.repeat) ?? [];
  const parts = [...(related.length ? [relatedList(d, related)] : []), ...(repeats.length ? [repeatsText(d, repeats)] : [])];
  if (parts.length) {
    const places = `(${parts.join('; ')})`;
    const end = /[.?!]$/.test(reason) ? reason.length - 1 : reason.length;
    reason = `${reason.slice(0, end)} ${places}${reason.slice(end)}`;
  }
  return d.note ? `${reason} ${d.note}` : reason;
}

/**
 * Text made safe to print: the control characters of {@link CONTROL_CHARACTERS} (all but line feed and tab:
 * escape sequences that set the window title or erase lines, carriage returns, bidirectional controls, the
 * non-characters) are shown as `\u001b` and so on.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True when at least one diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.fatal);
}

/**
 * The summary line printed after the diagnostics, in Swedish. It counts problems, not places: a message
 * whose repeats were folded is one problem; when there are folded repeats, the places are counted too.
 * `2 fel och 1 varning i 2 filer (3 filer kontrollerade).`
 * `1 fel och 2 varningar på 315 ställen i 1 fil (3 filer kontrollerade).`
 */
export function summarize(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  const errors = diagnostics.filter((d) => d.fatal).length;
  const warnings = diagnostics.length - errors;
  const checked = count(filesChecked, 'fil kontrollerad', 'filer kontrollerade');
  if (diagnostics.length === 0) return `Inga problem (${checked}).`;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const parts = [`${errors} fel`, count(warnings, 'varning', 'varningar')];
  const places = diagnostics.reduce((sum, d) => sum + placesOf(d), 0);
  const where = places > diagnostics.length ? ` på ${swedishCount(places, 'ställe', 'ställen')}` : '';
  return `${parts.join(' och ')}${where} i ${count(files, 'fil', 'filer')} (${checked}).`;
}
