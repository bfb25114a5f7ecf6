/**
 * The check's messages for the forges' CI (`npm run check -- --format github|gitlab`): diagnostics in,
 * text out, nothing else. The one-line format for the secretary stays `formatDiagnostic` in
 * `diagnostics.ts`; these two are for the machines that show the messages at the file and line of a
 * pull or merge request.
 *
 * - **GitHub Actions**: one workflow command per diagnostic,
 *   `::error file={path},line={line},col={col},title={rule-id}::{text}` (`::warning` for a warning),
 *   escaped as GitHub's toolkit does (`@actions/core`, `command.ts`), so that a message with a line
 *   break stays one command and can never start another.
 * - **GitLab CI**: a Code Quality report (docs.gitlab.com, "Code Quality", "Code Quality report
 *   format"): a JSON array of issues with `description`, `check_name`, `fingerprint`, `severity` and
 *   `location.path` with `location.lines.begin`.
 *
 * Both carry the whole text of `messageText` (the reason, the related places and the fix), with the
 * control characters the minutes may hold shown escaped (`terminalSafe`), as the terminal shows them.
 */
import { type Diagnostic, messageText, summarize, terminalSafe } from './diagnostics.ts';

/** The formats `npm run check -- --format` writes. */
export const CHECK_FORMATS = ['text', 'github', 'gitlab'] as const;

/** One of {@link CHECK_FORMATS}: `text` is the secretary's one-line format. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** True when `name` is one of {@link CHECK_FORMATS}. */
export function isCheckFormat(name: string): name is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(name);
}

/**
 * A file's path as the forges want it: relative to the repository's root with forward slashes
 * (`minutes\a.md` and `./minutes/a.md` → `minutes/a.md`). The caller makes an absolute path relative.
 */
export function forgePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

// GitHub Actions: workflow commands.

/** A workflow command's message escaped as GitHub documents: `%` → `%25`, CR → `%0D`, LF → `%0A`. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value escaped as GitHub documents: as the message, and `:` → `%3A`, `,` → `%2C`. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One diagnostic as a GitHub workflow command: an `error` or `warning` annotation at the file, line and
 * column, titled with the rule id, with the whole message text.
 */
export function githubCommand(d: Diagnostic): string {
  const properties: [string, string][] = [
    ['file', forgePath(d.file)],
    ['line', String(d.line)],
    ['col', String(d.column)],
    ['title', d.ruleId],
  ];
  const props = properties.map(([name, value]) => `${name}=${escapeGithubProperty(terminalSafe(value))}`).join(',');
  return `::${d.fatal ? 'error' : 'warning'} ${props}::${escapeGithubData(terminalSafe(messageText(d)))}`;
}

/**
 * The check's output for GitHub Actions: one workflow command per diagnostic (in the order given,
 * sorted by the check), then the Swedish summary line. Every line ends in a line break.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  return [...diagnostics.map(githubCommand), summarize(diagnostics, filesChecked)].map((line) => `${line}\n`).join('');
}

// GitLab CI: the Code Quality report.

/** The severities of a Code Quality issue, from the least to the most serious. */
export const CODE_QUALITY_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'] as const;

/** One issue of a GitLab Code Quality report (the fields GitLab reads; it ignores the rest of the Code Climate spec). */
export interface CodeQualityIssue {
  /** What is wrong and how to fix it: the whole message text. */
  description: string;
  /** The rule id. */
  check_name: string;
  /** Unique in the report and stable between runs, so that GitLab can tell new problems from fixed ones. */
  fingerprint: string;
  /** `major` for an error (the build stops), `minor` for a warning. */
  severity: (typeof CODE_QUALITY_SEVERITIES)[number];
  location: {
    /** Relative to the repository's root. */
    path: string;
    lines: { begin: number };
  };
}

/** FNV-1a, 64 bits, of `text`'s UTF-16 code units, as 16 hex digits (no Node, so this module runs anywhere). */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The fingerprint of an issue: a hash of its file, rule and text, and how many identical issues came
 * before it in the report. The line is left out, so that an issue keeps its fingerprint when lines
 * are added above it (GitLab then does not show it as fixed and found again). Two hashes with
 * different seeds give 128 bits.
 */
function fingerprintOf(path: string, ruleId: string, text: string, occurrence: number): string {
  const key = `${path}\0${ruleId}\0${text}\0${occurrence}`;
  return fnv1a64(`a\0${key}`) + fnv1a64(`b\0${key}`);
}

/** The diagnostics as the issues of a GitLab Code Quality report, in the order given. Fingerprints are unique. */
export function codeQualityIssues(diagnostics: readonly Diagnostic[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  const fingerprints = new Set<string>();
  return diagnostics.map((d) => {
    const path = forgePath(d.file);
    const description = terminalSafe(messageText(d));
    const same = `${path}\0${d.ruleId}\0${description}`;
    let occurrence = seen.get(same) ?? 0;
    let fingerprint = fingerprintOf(path, d.ruleId, description, occurrence);
    // A collision of 128 bits is not expected, but the report's fingerprints must be unique whatever happens.
    while (fingerprints.has(fingerprint)) fingerprint = fingerprintOf(path, d.ruleId, description, ++occurrence);
    seen.set(same, occurrence + 1);
    fingerprints.add(fingerprint);
    return {
      description,
      check_name: d.ruleId,
      fingerprint,
      severity: d.fatal ? 'major' : 'minor',
      location: { path, lines: { begin: d.line } },
    };
  });
}

/** The GitLab Code Quality report of the diagnostics: a JSON array, indented, ending in a line break. `[]` without problems. */
export function formatGitlab(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(codeQualityIssues(diagnostics), null, 2)}\n`;
}
