/**
 * The check's messages for the forges, against their documented formats: GitHub's workflow commands
 * (read back the way the Actions runner reads them, so that escaping is proved by a round trip) and
 * GitLab's Code Quality report (validated against its JSON Schema, written here from GitLab's
 * documentation, with Ajv in strict mode). Hostile text: line breaks, `%`, `:` and `,` in messages
 * and paths, control characters, and a message that tries to start a command of its own.
 */
import { describe, expect, it } from 'vitest';
import {
  CHECK_FORMATS,
  codeQualityIssues,
  escapeGithubData,
  escapeGithubProperty,
  forgePath,
  formatGithub,
  formatGitlab,
  githubCommand,
  isCheckFormat,
} from '../../src/core/diagnostic-formats.ts';
import { type Diagnostic, diagnostic, messageText, type RuleRef, terminalSafe } from '../../src/core/diagnostics.ts';
import { codeQualityValidator, readGithubCommand } from '../support/forge-formats.ts';

const error: RuleRef = { id: 'front-matter-unknown-field', severity: 'error', fix: 'Rätta stavningen: topics.' };
const warning: RuleRef = { id: 'name-near-duplicate', severity: 'warning' };

/** A diagnostic with everything that must be escaped: line breaks, `%`, `:` and `,` in path and message. */
const hostile: Diagnostic = diagnostic(
  'minutes/2021-01-19-möte, del 1: 100%.md',
  { line: 4, column: 7 },
  error,
  'Okänt fält "tpoics": 100% fel, rad 4.\nRätta så här:\r\n  topics: [Vaccination]\n::add-mask::hemligt\n%0A är inte en radbrytning.',
  { related: [{ file: 'minutes/agencies.yml', line: 3, column: 5 }] },
);

describe('GitHub workflow commands', () => {
  it('escape as GitHub documents: %, CR and LF in the message; also : and , in a property', () => {
    expect(escapeGithubData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeGithubProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
    // % first, so that an escape in the text is not read back as one.
    expect(escapeGithubData('%0A')).toBe('%250A');
  });

  it('give one error annotation at the file, line and column, titled with the rule id, with the whole message text', () => {
    const d = diagnostic('minutes/2021-01-28-socialchefsnatverket.md', { line: 4, column: 1 }, error, 'Okänt fält "tpoics".');
    expect(githubCommand(d)).toBe(
      '::error file=minutes/2021-01-28-socialchefsnatverket.md,line=4,col=1,title=front-matter-unknown-field::Okänt fält "tpoics". Rätta stavningen: topics.',
    );
    const w = diagnostic('minutes/a.md', { line: 5, column: 11 }, warning, 'Liknar "Ulrica Dohnhammar".');
    expect(githubCommand(w)).toBe('::warning file=minutes/a.md,line=5,col=11,title=name-near-duplicate::Liknar "Ulrica Dohnhammar".');
  });

  it('keep hostile text on one line that reads back, as the runner reads it, to the message and the path', () => {
    const line = githubCommand(hostile);
    expect(line).not.toMatch(/[\r\n]/);
    // The message's own "::add-mask::" cannot start a command: it is not at the start of a line.
    expect(line.match(/::/g)).toHaveLength(4);
    const read = readGithubCommand(line);
    expect(read).toEqual({
      command: 'error',
      properties: { file: hostile.file, line: '4', col: '7', title: 'front-matter-unknown-field' },
      data: terminalSafe(messageText(hostile)),
    });
    expect(read!.data).toContain('(minutes/agencies.yml:3:5)');
    expect(read!.data).toContain('\n::add-mask::hemligt\n%0A är inte');
  });

  it('show control characters escaped, as the terminal does, so that none reaches the log', () => {
    const d = diagnostic('minutes/a\u001b[2J.md', { line: 1, column: 1 }, error, 'Text\u000b med\u202e vänd\r\nrad.');
    const line = githubCommand(d);
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(readGithubCommand(line)!.data).toBe('Text\\u000b med\\u202e vänd\\u000d\nrad. Rätta stavningen: topics.');
    expect(readGithubCommand(line)!.properties.file).toBe('minutes/a\\u001b[2J.md');
  });

  it('write one command per diagnostic, in order, then the Swedish summary, each line ending in a line break', () => {
    const w = diagnostic('minutes/b.md', { line: 2, column: 3 }, warning, 'Varning.');
    const text = formatGithub([hostile, w], 5);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => readGithubCommand(l)?.command)).toEqual(['error', 'warning', undefined]);
    expect(lines[2]).toBe('1 fel och 1 varning i 2 filer (5 filer kontrollerade).');
    expect(formatGithub([], 5)).toBe('Inga problem (5 filer kontrollerade).\n');
  });
});

describe('the GitLab Code Quality report', () => {
  const validate = codeQualityValidator();

  it('is the documented JSON: the schema compiles in strict mode, and rejects what GitLab would not read', () => {
    expect(validate([])).toBe(true);
    const good = {
      description: 'd',
      check_name: 'c',
      fingerprint: 'f',
      severity: 'minor',
      location: { path: 'a.md', lines: { begin: 1 } },
    };
    expect(validate([good])).toBe(true);
    expect(validate([{ ...good, severity: 'error' }])).toBe(false);
    expect(validate([{ ...good, location: { path: '/abs/a.md', lines: { begin: 1 } } }])).toBe(false);
    expect(validate([{ ...good, location: { path: 'a.md' } }])).toBe(false);
    expect(validate([{ ...good, location: { path: 'a.md', lines: { begin: 0 } } }])).toBe(false);
    const { fingerprint: _, ...unfingerprinted } = good;
    expect(validate([unfingerprinted])).toBe(false);
    expect(validate(good)).toBe(false);
  });

  it('holds one issue per diagnostic with exactly the documented fields: major for an error, minor for a warning', () => {
    const w = diagnostic('./minutes\\b.md', { line: 2, column: 3 }, warning, 'Varning.');
    const issues = codeQualityIssues([hostile, w]);
    expect(issues[1]).toStrictEqual({
      description: 'Varning.',
      check_name: 'name-near-duplicate',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'minor',
      location: { path: 'minutes/b.md', lines: { begin: 2 } },
    });
    expect(issues[0]).toMatchObject({
      check_name: 'front-matter-unknown-field',
      severity: 'major',
      description: terminalSafe(messageText(hostile)),
      location: { path: hostile.file, lines: { begin: 4 } },
    });
    const report: unknown = JSON.parse(formatGitlab([hostile, w]));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toEqual(issues);
    expect(formatGitlab([])).toBe('[]\n');
  });

  it('gives unique fingerprints, also to the same message twice in a file, and the same ones on the next run and after lines move', () => {
    const at = (line: number) => diagnostic('minutes/a.md', { line, column: 1 }, warning, 'Samma text.');
    const other = diagnostic('minutes/a.md', { line: 9, column: 1 }, error, 'Annan text.');
    const first = codeQualityIssues([at(3), at(5), other]).map((i) => i.fingerprint);
    expect(new Set(first).size).toBe(3);
    expect(codeQualityIssues([at(3), at(5), other]).map((i) => i.fingerprint)).toEqual(first);
    // Two lines added above: the same problems, the same fingerprints.
    expect(codeQualityIssues([at(5), at(7), { ...other, line: 11 }]).map((i) => i.fingerprint)).toEqual(first);
    // Another file, another rule or another text: another fingerprint.
    const elsewhere = codeQualityIssues([
      { ...at(3), file: 'minutes/b.md' },
      { ...at(3), ruleId: 'x' },
      { ...at(3), message: 'Ny.' },
    ]);
    for (const issue of elsewhere) expect(first).not.toContain(issue.fingerprint);
  });

  it('writes hostile text as JSON that reads back to the same text', () => {
    const [issue] = JSON.parse(formatGitlab([hostile])) as { description: string; location: { path: string } }[];
    expect(issue!.description).toBe(terminalSafe(messageText(hostile)));
    expect(issue!.location.path).toBe('minutes/2021-01-19-möte, del 1: 100%.md');
  });
});

describe('the formats', () => {
  it('are text, github and gitlab', () => {
    expect(CHECK_FORMATS).toEqual(['text', 'github', 'gitlab']);
    expect(isCheckFormat('github')).toBe(true);
    expect(isCheckFormat('json')).toBe(false);
  });

  it('write paths relative to the repository with forward slashes', () => {
    expect(forgePath('./minutes/a.md')).toBe('minutes/a.md');
    expect(forgePath('minutes\\a.md')).toBe('minutes/a.md');
    expect(forgePath('minutes/a.md')).toBe('minutes/a.md');
  });
});
