import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import { errorNotice, failureNotice, NOTICE_LINES } from '../../src/dev/notices.ts';

const diagnostic = (line: number, fatal: boolean): Diagnostic =>
  ({
    file: 'minutes/2021-01-19-socialchefsnatverket.md',
    line,
    column: 1,
    place: { line, column: 1 },
    message: fatal ? 'Datumet finns inte.' : 'En varning.',
    ruleId: fatal ? 'date-invalid' : 'html-raw',
    source: 'minnesarkivet',
    fatal,
    url: '',
  }) as Diagnostic;

describe('errorNotice', () => {
  it('lists the errors, not the warnings, with the summary in its introduction', () => {
    expect(errorNotice([diagnostic(3, true), diagnostic(9, false)], 4)).toEqual({
      title: 'Sidan kunde inte byggas om',
      intro:
        'Kontrollen hittade fel: 1 fel och 1 varning i 1 fil (4 filer kontrollerade). Förhandsvisningen visar den senaste fungerande versionen tills felen är rättade och filen sparad.',
      lines: ['minutes/2021-01-19-socialchefsnatverket.md:3:1: Datumet finns inte. [date-invalid]'],
    });
  });

  it('lists at most a screenful and says how many more the terminal has', () => {
    const lines = errorNotice(
      Array.from({ length: NOTICE_LINES + 5 }, (_, i) => diagnostic(i + 1, true)),
      1,
    ).lines;
    expect(lines).toHaveLength(NOTICE_LINES + 1);
    expect(lines.at(-1)).toBe('… och 5 till (se terminalen).');
  });
});

describe('failureNotice', () => {
  it('shows what the build said, without its warnings', () => {
    expect(
      failureNotice(
        'minutes/a.md:82:331: varning: E-post. [personal-email]\n0 fel och 1 varning i 1 fil (4 filer kontrollerade).\nDisken är full (ENOSPC).\n',
      ),
    ).toEqual({
      title: 'Arkivet kunde inte byggas',
      intro: 'Förhandsvisningen visar den senaste fungerande versionen.',
      lines: ['0 fel och 1 varning i 1 fil (4 filer kontrollerade).', 'Disken är full (ENOSPC).'],
    });
  });
});
