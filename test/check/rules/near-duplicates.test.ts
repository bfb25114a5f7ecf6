/**
 * Names so alike they are probably one name written two ways: people across
 * all meetings, agencies within the registry. Meetings and registries are made
 * by hand with only the fields the rule reads.
 */
import { describe, expect, it } from 'vitest';
import type { Agency, Registries } from '../../../src/check/registry.ts';
import { NEAR_DUPLICATE_LIMIT, nameNearDuplicate } from '../../../src/check/rules/near-duplicates.ts';
import { runRules } from '../../../src/check/runner.ts';
import { type Diagnostic, messageText } from '../../../src/core/diagnostics.ts';
import type { MeetingRecord } from '../../../src/core/model.ts';
import { personId } from '../../../src/core/slug.ts';

/** A meeting with its speakers, each written at the given line and column of the front matter. */
function meeting(file: string, speakers: [name: string, line: number, column: number][]): MeetingRecord {
  return {
    file,
    speakers: speakers.map(([name]) => ({ name, personId: personId(name), agencyId: 'skr' })),
    speakerPlaces: Object.fromEntries(speakers.map(([name, line, column]) => [personId(name), { line, column }])),
  } as unknown as MeetingRecord;
}

function agency(id: string, line: number, name: string, more: Partial<Agency> = {}): Agency {
  return { id, name, aliases: [], emails: [], place: { file: 'minutes/agencies.yml', line, column: 3 }, ...more };
}

const registries = (...agencies: Agency[]) => ({ agencies }) as unknown as Registries;
const NONE = registries();

/** The rule's messages over these meetings and registries. */
function findNearDuplicateNames(meetings: readonly MeetingRecord[], registries: Registries): Diagnostic[] {
  const found: Diagnostic[] = [];
  runRules([nameNearDuplicate], 'archive', { meetings, registries }, 'minutes', found);
  return found;
}

const summary = (found: readonly Diagnostic[]) => found.map((d) => `${d.file}:${d.line}:${d.column} ${messageText(d)}`);

describe('names of people', () => {
  it('that differ by a letter in two meetings are reported at the later place, naming the earlier', () => {
    const found = findNearDuplicateNames(
      [
        meeting('minutes/2021-05-12-socialchefsnatverket.md', [['Ulrica Donhammar', 5, 11]]),
        meeting('minutes/2021-03-02-socialchefsnatverket.md', [['Ulrica Dohnhammar', 9, 11]]),
      ],
      NONE,
    );
    expect(summary(found)).toEqual([
      'minutes/2021-05-12-socialchefsnatverket.md:5:11 Personnamnet "Ulrica Donhammar" liknar "Ulrica Dohnhammar" (minutes/2021-03-02-socialchefsnatverket.md:9:11). Är det samma? Skriv namnet likadant på båda ställena, annars kan du bortse från varningen.',
    ]);
    expect(found[0]).toMatchObject({
      ruleId: 'name-near-duplicate',
      fatal: false,
      expected: ['Ulrica Dohnhammar'],
      actual: 'Ulrica Donhammar',
      url: '/sa-lagger-du-till-ett-mote/#regel-name-near-duplicate',
    });
  });

  it('that differ only in case or accents are reported', () => {
    const found = findNearDuplicateNames(
      [
        meeting('minutes/2021-01-19-a.md', [['Åsa Furén-Thulin', 4, 11]]),
        meeting('minutes/2021-01-26-b.md', [['asa furen-thulin', 6, 11]]),
      ],
      NONE,
    );
    expect(summary(found)).toEqual([
      'minutes/2021-01-26-b.md:6:11 Personnamnet "asa furen-thulin" liknar "Åsa Furén-Thulin" (minutes/2021-01-19-a.md:4:11). Är det samma? Skriv namnet likadant på båda ställena, annars kan du bortse från varningen.',
    ]);
  });

  it('written the same in several meetings are one person, not a warning', () => {
    const found = findNearDuplicateNames(
      [meeting('minutes/2021-01-19-a.md', [['Anders Tegnell', 4, 11]]), meeting('minutes/2021-01-26-b.md', [['Anders Tegnell', 4, 11]])],
      NONE,
    );
    expect(found).toEqual([]);
  });

  it('allow one edit below 12 letters and two from 12, and no more', () => {
    const pairs = (a: string, b: string) =>
      findNearDuplicateNames([meeting('minutes/a.md', [[a, 4, 11]]), meeting('minutes/b.md', [[b, 4, 11]])], NONE).length;
    expect(pairs('Anna Berg', 'Anna Borg')).toBe(1);
    expect(pairs('Anna Berg', 'Anja Borg')).toBe(0);
    expect(pairs('Magnus Wallinder', 'Magnus Walinde')).toBe(1);
    expect(pairs('Magnus Wallinder', 'Mangus Walinde')).toBe(0);
    expect(pairs('Lotta Edman', 'Lotta Edmann')).toBe(1);
    expect(pairs('Lotta Edman', 'Lotta Eadmann')).toBe(0);
  });

  it('within one meeting are compared too, at their own places', () => {
    const found = findNearDuplicateNames(
      [
        meeting('minutes/2021-01-19-a.md', [
          ['Malin Grape', 4, 11],
          ['Malin Grap', 6, 11],
        ]),
      ],
      NONE,
    );
    expect(found.map((d) => `${d.line}:${d.column} ${d.actual} ~ ${d.expected?.[0]}`)).toEqual(['6:11 Malin Grap ~ Malin Grape']);
  });
});

describe('names of agencies', () => {
  it('of two agencies that are nearly the same are reported at the later entry', () => {
    const found = findNearDuplicateNames(
      [],
      registries(agency('lakemedelsverket', 3, 'Läkemedelsverket'), agency('lmv', 9, 'Lakemedelsverket')),
    );
    expect(summary(found)).toEqual([
      'minutes/agencies.yml:9:3 Aktören "Lakemedelsverket" liknar "Läkemedelsverket" (rad 3). Är det samma? Skriv namnet likadant på båda ställena, annars kan du bortse från varningen.',
    ]);
  });

  it('compare short names and aliases with the other agencies’ names', () => {
    const found = findNearDuplicateNames(
      [],
      registries(
        agency('skr', 3, 'Sveriges Kommuner och Regioner', { short: 'SKR' }),
        agency('skl', 8, 'Sveriges Kommuner och Landsting', { aliases: ['SKL'] }),
      ),
    );
    expect(found.map((d) => `${d.line}:${d.column} ${d.actual} ~ ${d.expected?.[0]}`)).toEqual(['8:3 SKL ~ SKR']);
  });

  it('of one agency (its name, short name and aliases) are never compared with each other', () => {
    const found = findNearDuplicateNames(
      [],
      registries(agency('fohm', 3, 'Folkhälsomyndigheten', { short: 'FoHM', aliases: ['FHM', 'Folkhalsomyndigheten', 'FoHm'] })),
    );
    expect(found).toEqual([]);
  });

  it('are not compared with the names of people', () => {
    const found = findNearDuplicateNames(
      [meeting('minutes/2021-01-19-a.md', [['Ivo Sand', 4, 11]])],
      registries(agency('ivo', 3, 'IVO Sand')),
    );
    expect(found).toEqual([]);
  });
});

describe('many similar names (issue 20 §3.7)', () => {
  it('report each name once, against the first it is like, not every pair', () => {
    const found = findNearDuplicateNames([], registries(agency('a', 1, 'Aktör A'), agency('b', 4, 'Aktör B'), agency('c', 7, 'Aktör C')));
    expect(summary(found)).toEqual([
      `minutes/agencies.yml:4:3 Aktören "Aktör B" liknar "Aktör A" (rad 1). ${nameNearDuplicate.fix}`,
      `minutes/agencies.yml:7:3 Aktören "Aktör C" liknar "Aktör A" (rad 1). ${nameNearDuplicate.fix}`,
    ]);
  });

  it('stop after the limit with one message that says there are more, and never crash on a thousand', () => {
    const many = Array.from({ length: 1000 }, (_, i) => agency(`aktor-${i}`, 1 + i * 3, `Aktör nummer ${i}`, { short: 'AKN' }));
    const found = findNearDuplicateNames([], registries(...many));
    expect(found).toHaveLength(NEAR_DUPLICATE_LIMIT + 1);
    expect(NEAR_DUPLICATE_LIMIT).toBe(100);
    expect(messageText(found.at(-1)!)).toBe(
      'Fler namn liknar varandra; kontrollen visar de första 100. Namnen följer troligen ett mönster (Aktör 1, Aktör 2 …). Rätta de visade och kör kontrollen igen.',
    );
  });

  it('find the same pairs as comparing every pair would, on names of all lengths', () => {
    const names = [
      'Anna Berg',
      'Ana Berg',
      'Anna Brg',
      'Anna Bergström',
      'Anna Bregström',
      'Bo Ek',
      'Bo Ekk',
      'Eva Lund',
      'Eva Lundh',
      'Per Holm',
    ];
    const found = findNearDuplicateNames(
      [
        meeting(
          'minutes/2021-01-19-a.md',
          names.map((name, i) => [name, 2 + i, 11]),
        ),
      ],
      NONE,
    );
    // Every name but the first of each family is like an earlier one; Per Holm is like none.
    expect(found.map((d) => `${d.actual} ~ ${d.expected?.[0]}`)).toEqual([
      'Ana Berg ~ Anna Berg',
      'Anna Brg ~ Anna Berg',
      'Anna Bregström ~ Anna Bergström',
      'Bo Ekk ~ Bo Ek',
      'Eva Lundh ~ Eva Lund',
    ]);
  });
});
