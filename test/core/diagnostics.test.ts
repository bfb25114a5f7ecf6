/**
 * Diagnostics: how a problem is stamped (severity, guide link, place), sorted,
 * printed on one line, kept harmless for the terminal, and summed up in Swedish.
 */
import { describe, expect, it } from 'vitest';
import {
  type Diagnostic,
  diagnostic,
  fileReporter,
  foldRepeats,
  formatDiagnostic,
  hasErrors,
  messageText,
  REPEAT_LIMIT,
  type RuleRef,
  sortDiagnostics,
  summarize,
  terminalSafe,
} from '../../src/core/diagnostics.ts';

const unknownField: RuleRef = { id: 'front-matter-unknown-field', severity: 'error' };
const nearName: RuleRef = { id: 'name-near-duplicate', severity: 'warning' };
const FILE = 'minutes/2021-01-28-socialchefsnatverket.md';

describe('a diagnostic', () => {
  it('is stamped with the file, the place, the rule, the source and the guide link', () => {
    expect(diagnostic(FILE, { line: 4, column: 1 }, unknownField, 'Okänt fält "tpoics".')).toStrictEqual({
      file: FILE,
      line: 4,
      column: 1,
      place: { line: 4, column: 1 },
      message: 'Okänt fält "tpoics".',
      ruleId: 'front-matter-unknown-field',
      source: 'minnesarkivet',
      fatal: true,
      url: '/sa-lagger-du-till-ett-mote/#regel-front-matter-unknown-field',
    });
  });

  it('is fatal for an error rule and not for a warning rule', () => {
    expect(diagnostic(FILE, { line: 1, column: 1 }, unknownField, 'x').fatal).toBe(true);
    expect(diagnostic(FILE, { line: 1, column: 1 }, nearName, 'x').fatal).toBe(false);
    expect(diagnostic(FILE, { line: 1, column: 1 }, nearName, 'x').url).toBe('/sa-lagger-du-till-ett-mote/#regel-name-near-duplicate');
  });

  it('carries what was expected (as its own copy) and what was found, even an empty text', () => {
    const allowed = ['title', 'date'];
    const d = diagnostic(FILE, { line: 2, column: 3 }, unknownField, 'x', { expected: allowed, actual: '' });
    allowed.push('later');
    expect(d.expected).toEqual(['title', 'date']);
    expect(d.actual).toBe('');
  });

  it('does not share its place with the place it was given', () => {
    const place = { line: 5, column: 11 };
    const d = diagnostic(FILE, place, nearName, 'x');
    place.line = 99;
    expect([d.line, d.place.line]).toEqual([5, 5]);
  });
});

describe('a file reporter', () => {
  it('stamps its file on everything reported, in order, into the list it was given', () => {
    const list: Diagnostic[] = [];
    const reporter = fileReporter(FILE, list);
    reporter.report(unknownField, { line: 4, column: 1 }, 'första');
    reporter.report(nearName, { line: 9, column: 11 }, 'andra', { expected: ['Ulrica Dohnhammar'], actual: 'Ulrica Donhammar' });
    expect(reporter.file).toBe(FILE);
    expect(reporter.diagnostics).toBe(list);
    expect(list.map((d) => [d.file, `${d.line}:${d.column}`, d.message, d.ruleId, d.fatal])).toEqual([
      [FILE, '4:1', 'första', 'front-matter-unknown-field', true],
      [FILE, '9:11', 'andra', 'name-near-duplicate', false],
    ]);
    expect(list[1]).toMatchObject({ expected: ['Ulrica Dohnhammar'], actual: 'Ulrica Donhammar' });
  });

  it('can be used by its report function alone, and starts a list of its own by default', () => {
    const { diagnostics, report } = fileReporter('minutes/agencies.yml');
    report(unknownField, { line: 3, column: 3 }, 'x');
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['minutes/agencies.yml:3:3']);
    expect(fileReporter('other.md').diagnostics).toEqual([]);
  });
});

const at = (file: string, line: number, column: number, rule: RuleRef, message = 'x') => diagnostic(file, { line, column }, rule, message);

describe('sorting diagnostics', () => {
  it('orders by file, then line, then column, then rule id, without touching the list given', () => {
    const given = [
      at('minutes/b.md', 1, 1, unknownField),
      at('minutes/a.md', 10, 1, unknownField),
      at('minutes/a.md', 2, 7, unknownField),
      at('minutes/a.md', 2, 7, nearName),
      at('minutes/a.md', 2, 3, nearName),
    ];
    const copy = [...given];
    expect(sortDiagnostics(given).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      'minutes/a.md:2:3 name-near-duplicate',
      'minutes/a.md:2:7 front-matter-unknown-field',
      'minutes/a.md:2:7 name-near-duplicate',
      'minutes/a.md:10:1 front-matter-unknown-field',
      'minutes/b.md:1:1 front-matter-unknown-field',
    ]);
    expect(given).toEqual(copy);
  });

  it('puts the registries and the site setting first, since the minutes\u2019 messages about names follow from them', () => {
    const given = [
      at('minutes/a.md', 1, 1, unknownField),
      at('minutes/webbplats.yml', 2, 1, unknownField),
      at('minutes/agencies.yml', 9, 1, unknownField),
    ];
    expect(sortDiagnostics(given).map((d) => d.file)).toEqual(['minutes/agencies.yml', 'minutes/webbplats.yml', 'minutes/a.md']);
  });

  it('keeps the order of two messages of one rule at one place', () => {
    const given = [at('a.md', 1, 1, nearName, 'först'), at('a.md', 1, 1, nearName, 'sedan')];
    expect(sortDiagnostics(given).map((d) => d.message)).toEqual(['först', 'sedan']);
  });
});

describe('the one-line format', () => {
  it('is path:line:col: message [rule-id] for an error', () => {
    expect(formatDiagnostic(at(FILE, 4, 1, unknownField, 'Okänt fält "tpoics".'))).toBe(
      'minutes/2021-01-28-socialchefsnatverket.md:4:1: Okänt fält "tpoics". [front-matter-unknown-field]',
    );
  });

  it('says varning: before the message of a warning', () => {
    expect(formatDiagnostic(at('minutes/2021-05-12-socialchefsnatverket.md', 5, 11, nearName, 'Personnamnet liknar ett annat.'))).toBe(
      'minutes/2021-05-12-socialchefsnatverket.md:5:11: varning: Personnamnet liknar ett annat. [name-near-duplicate]',
    );
  });

  it('shows an escape sequence from a message as text, so it never reaches the terminal', () => {
    const line = formatDiagnostic(at(FILE, 7, 4, unknownField, 'Rubriken "\u001b]0;hackad\u0007Lägesrapport" är fel.'));
    expect(line).toBe(
      'minutes/2021-01-28-socialchefsnatverket.md:7:4: Rubriken "\\u001b]0;hackad\\u0007Lägesrapport" är fel. [front-matter-unknown-field]',
    );
    expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('escapes a control character in the file name too, and keeps the line breaks of a message', () => {
    expect(formatDiagnostic(at('minutes/\u001b[2Jx.md', 1, 1, unknownField, 'Skriv till exempel:\n    date: 2021-01-19'))).toBe(
      'minutes/\\u001b[2Jx.md:1:1: Skriv till exempel:\n    date: 2021-01-19 [front-matter-unknown-field]',
    );
  });
});

describe('text made safe for the terminal', () => {
  it('shows C0 and C1 controls, DEL, carriage returns and bidirectional controls as \\u escapes', () => {
    expect(terminalSafe('a\u0000b\u0008c\u000bd\u000de\u001bf\u007fg\u009bh\u202ei\u2066j\u2069k')).toBe(
      'a\\u0000b\\u0008c\\u000bd\\u000de\\u001bf\\u007fg\\u009bh\\u202ei\\u2066j\\u2069k',
    );
  });

  it('keeps line feeds, tabs, Swedish letters and emoji as they are', () => {
    expect(terminalSafe('Rad ett\n\tÅsa Furén 😀 – ”citat”')).toBe('Rad ett\n\tÅsa Furén 😀 – ”citat”');
  });
});

describe('whether there are errors', () => {
  it('is true when at least one diagnostic is fatal', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([at('a.md', 1, 1, nearName)])).toBe(false);
    expect(hasErrors([at('a.md', 1, 1, nearName), at('a.md', 2, 1, unknownField)])).toBe(true);
  });
});

describe('the summary line', () => {
  it('says there are no problems, with the number of files checked', () => {
    expect(summarize([], 5)).toBe('Inga problem (5 filer kontrollerade).');
    expect(summarize([], 1)).toBe('Inga problem (1 fil kontrollerad).');
    expect(summarize([], 0)).toBe('Inga problem (0 filer kontrollerade).');
  });

  it('counts errors and warnings, in one file, in the singular', () => {
    expect(summarize([at('a.md', 1, 1, unknownField), at('a.md', 3, 1, nearName)], 1)).toBe(
      '1 fel och 1 varning i 1 fil (1 fil kontrollerad).',
    );
  });

  it('counts errors and warnings in several files, in the plural', () => {
    const found = [at('a.md', 1, 1, unknownField), at('b.md', 1, 1, unknownField), at('b.md', 2, 1, nearName), at('c.md', 9, 9, nearName)];
    expect(summarize(found, 5)).toBe('2 fel och 2 varningar i 3 filer (5 filer kontrollerade).');
  });

  it('names both counts even when one of them is none', () => {
    expect(summarize([at('a.md', 1, 1, nearName), at('b.md', 1, 1, nearName)], 3)).toBe(
      '0 fel och 2 varningar i 2 filer (3 filer kontrollerade).',
    );
    expect(summarize([at('a.md', 1, 1, unknownField), at('a.md', 2, 1, unknownField)], 2)).toBe(
      '2 fel och 0 varningar i 1 fil (2 filer kontrollerade).',
    );
  });
});

describe('folding repeats', () => {
  const bells = (lines: number[], file = 'a.md') => lines.map((line) => at(file, line, 1, nearName, 'Samma sak.'));

  it('leaves up to the limit of one message in one file as it is, each at its own place', () => {
    const given = bells([1, 2, 3]);
    expect(REPEAT_LIMIT).toBe(3);
    expect(foldRepeats(given)).toEqual(given);
  });

  it('folds more under the first, counting them and listing their lines', () => {
    const folded = foldRepeats([...bells([4, 9, 12, 30]), at('a.md', 5, 1, unknownField, 'Annat.')]);
    expect(folded.map((d) => `${d.line} ${messageText(d)}`)).toEqual(['4 Samma sak (och 3 ställen till: rad 9, 12, 30).', '5 Annat.']);
    expect(folded[0]?.repeats).toBe(3);
  });

  it('lists the first ten lines of many repeats and counts them all', () => {
    const folded = foldRepeats(bells(Array.from({ length: 312 }, (_, i) => i + 1)));
    expect(folded).toHaveLength(1);
    expect(messageText(folded[0]!)).toBe('Samma sak (och 311 ställen till: rad 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …).');
    expect(folded[0]?.related).toHaveLength(10);
  });

  it('folds only the same message of the same rule in the same file', () => {
    const given = [
      ...bells([1, 2], 'a.md'),
      ...bells([3, 4], 'b.md'),
      at('a.md', 5, 1, unknownField, 'Samma sak.'),
      at('a.md', 6, 1, nearName, 'Annan.'),
    ];
    expect(foldRepeats(given)).toEqual(given);
  });

  it('is counted by the summary line as one problem on all its places', () => {
    const folded = foldRepeats([...bells([1, 2, 3, 4, 5]), at('a.md', 9, 1, unknownField)]);
    expect(summarize(folded, 1)).toBe('1 fel och 1 varning på 6 ställen i 1 fil (1 fil kontrollerad).');
  });
});
