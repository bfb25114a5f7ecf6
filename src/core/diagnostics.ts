/**
 * Diagnostics: the problems the check finds, each tied to a place in a file.
 *
 * Every stage returns diagnostics instead of throwing, so that one run can
 * report every problem in every file (the check collects them, sorts them and
 * fails once).
 */

/** A place in a file, 1-based like editors show it. */
export interface Position {
  /** Line number, starting at 1. */
  line: number;
  /** Column number (in characters), starting at 1. */
  column: number;
}

/** How serious a problem is: errors stop the build, warnings do not. */
export type Severity = 'error' | 'warning';

/** One problem found in one place. JSON-serializable. */
export interface Diagnostic extends Position {
  /** Path of the file as the user gave it, for example `minutes/2021-01-19-socialchefsnatverket.md`. */
  file: string;
  /** The message in Swedish: what was expected, what was found, how to fix it. */
  message: string;
  /** Stable identifier of the rule, for example `front-matter-unknown-field`. */
  ruleId: string;
  severity: Severity;
}

/** The start of a file, for problems that concern the whole file. */
export const START: Position = { line: 1, column: 1 };

/** Creates an error diagnostic. */
export function error(file: string, place: Position, ruleId: string, message: string): Diagnostic {
  return { file, line: place.line, column: place.column, message, ruleId, severity: 'error' };
}

/** Creates a warning diagnostic. */
export function warning(file: string, place: Position, ruleId: string, message: string): Diagnostic {
  return { file, line: place.line, column: place.column, message, ruleId, severity: 'warning' };
}

/** Sorts diagnostics by file, line and column (stable for the same place). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** Formats one diagnostic as `path:line:col: message [rule-id]`, with `varning:` before warnings. */
export function formatDiagnostic(d: Diagnostic): string {
  const label = d.severity === 'warning' ? 'varning: ' : '';
  return `${d.file}:${d.line}:${d.column}: ${label}${d.message} [${d.ruleId}]`;
}

/** True when at least one diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * The summary line printed after the diagnostics, in Swedish, for example
 * `2 fel och 1 varning i 2 filer (3 filer kontrollerade).`
 */
export function summarize(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const checked = `${filesChecked} ${filesChecked === 1 ? 'fil' : 'filer'} kontrollerade`;
  if (diagnostics.length === 0) return `Inga problem (${checked}).`;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const parts = [
    `${errors} fel`,
    `${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`,
  ];
  return `${parts.join(' och ')} i ${files} ${files === 1 ? 'fil' : 'filer'} (${checked}).`;
}

/**
 * Maps character offsets in a text to line and column positions.
 * Build once per text; each lookup is a binary search.
 */
export function positionFinder(text: string, firstLine = 1): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: firstLine + low, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
