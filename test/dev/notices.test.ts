import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import { errorNotice, failureNotice, fullBuildLines, NOTICE_LINES } from '../../src/dev/notices.ts';

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

describe('the terminal after a full build (issue 19 §8: terminal and page agree)', () => {
  it('says the archive was built when no later save has errors in the box', () => {
    expect(fullBuildLines(4, -1, 1200)).toEqual(['Byggde hela arkivet på 1200 ms.']);
    expect(fullBuildLines(4, 4, 1200)).toEqual(['Byggde hela arkivet på 1200 ms.']);
  });

  it('ends on the errors the pages show when a later save has them, never on "Byggde hela arkivet"', () => {
    const lines = fullBuildLines(4, 6, 1200);
    expect(lines[0]).toBe('Byggde hela arkivet på 1200 ms, från filerna före den senaste ändringen.');
    expect(lines.at(-1)).toMatch(/^Den senaste ändringen har fel \(se ovan\)/);
  });
});

describe('the box over the pages with a broken registry (issue 19 §8)', () => {
  it('shows the registry’s message first, however many messages follow from it', async () => {
    const { checkFolder } = await import('../support/check.ts');
    const { EXAMPLE_AGENCY_REGISTRY, EXAMPLE_TOPIC_REGISTRY, meeting } = await import('../../src/check/rules/example-archive.ts');
    const files: Record<string, string> = {
      'agencies.yml': EXAMPLE_AGENCY_REGISTRY.replace('  short: FoHM', '   short: FoHM'),
      'topics.yml': EXAMPLE_TOPIC_REGISTRY,
    };
    for (let day = 1; day <= 28; day++)
      files[`2021-02-${String(day).padStart(2, '0')}-socialchefsnatverket.md`] = meeting()
        .replace('2021-03-02', `2021-02-${String(day).padStart(2, '0')}`)
        .replace('2 mars', `${day} februari`);
    const found = checkFolder(files);
    const box = errorNotice(found, 30);
    expect(box.lines[0]).toMatch(/^minutes\/agencies\.yml:\d+:\d+: YAML kan inte läsas här/);
    expect(box.lines.length).toBeLessThanOrEqual(NOTICE_LINES + 1);
  });
});
