import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/build/build.ts';
import { buildReport } from '../../src/build/report.ts';
import type { CheckResult } from '../../src/build/pipeline.ts';
import type { Diagnostic } from '../../src/core/diagnostics.ts';

const warning: Diagnostic = {
  file: 'minutes/2021-01-19-socialchefsnatverket.md',
  line: 82,
  column: 331,
  place: { line: 82, column: 331 },
  message: 'E-postadressen publiceras med mötet.',
  ruleId: 'personal-email',
  source: 'minnesarkivet',
  fatal: false,
  url: '/sa-lagger-du-till-ett-mote/#regel-personal-email',
} as Diagnostic;

const check = {
  diagnostics: [warning],
  filesChecked: 4,
  meetings: [],
  index: { meetings: [{}, {}], items: new Array(22) },
} as unknown as CheckResult;
const result = (extra: Partial<BuildResult>): BuildResult => ({
  check,
  built: false,
  pages: [],
  reused: 0,
  timings: {},
  removed: [],
  ...extra,
});

describe('buildReport', () => {
  it('prints the check’s messages and summary first, then why nothing was written', () => {
    expect(
      buildReport(
        result({ failure: { kind: 'disk-full', code: 'ENOSPC', message: 'Disken är full (ENOSPC). site/ är oförändrad.' } }),
        'site',
        '1,0',
      ),
    ).toEqual([
      'minutes/2021-01-19-socialchefsnatverket.md:82:331: varning: E-postadressen publiceras med mötet. [personal-email]',
      '0 fel och 1 varning i 1 fil (4 filer kontrollerade).',
      'Disken är full (ENOSPC). site/ är oförändrad.',
    ]);
  });

  it('says what interrupted builds had left, and what was built', () => {
    expect(
      buildReport(result({ built: true, pages: ['a', 'b'], removed: ['site.builds/x', 'site.tmp-12'] }), 'site', '2,5').slice(2),
    ).toEqual([
      'Tog bort det som avbrutna byggen lämnat kvar: site.builds/x, site.tmp-12.',
      'Byggde site/ på 2,5 s: 2 möten, 22 punkter, 2 filer.',
    ]);
  });

  it('says nothing was built when the check found errors', () => {
    expect(buildReport(result({}), 'site', '1,0').at(-1)).toBe('Inget byggdes: rätta felen ovan. site/ är oförändrad.');
  });
});
