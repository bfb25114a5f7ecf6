/**
 * An agency's names and the agency matcher: one list of names for registry and
 * index entries alike, and one case rule (abbreviations as written, full names
 * in any case).
 */
import { describe, expect, it } from 'vitest';
import { agencyLabel, agencyMatcher, isName, matchedInCase, mentions, namesOf, shortNameOf } from '../../src/core/agency-names.ts';

const IVO = { name: 'Inspektionen för vård och omsorg', short: 'IVO', aliases: ['Inspektionen'] };
const IVO_ENTRY = { name: 'Inspektionen för vård och omsorg', shortName: 'IVO', aliases: ['Inspektionen'] };

/** Every match of `matcher` in `text`. */
const found = (matcher: RegExp | undefined, text: string) => [...text.matchAll(matcher!)].map((m) => m[0]);

describe("an agency's names", () => {
  it('are its name, its short name and its aliases, from a registry entry and an index entry alike', () => {
    expect(namesOf(IVO)).toEqual(['Inspektionen för vård och omsorg', 'IVO', 'Inspektionen']);
    expect(namesOf(IVO_ENTRY)).toEqual(namesOf(IVO));
  });

  it('leave out a short name it does not have', () => {
    expect(namesOf({ name: 'Socialstyrelsen', aliases: [] })).toEqual(['Socialstyrelsen']);
    expect(namesOf({ name: 'Socialstyrelsen', shortName: null, aliases: ['SoS'] })).toEqual(['Socialstyrelsen', 'SoS']);
  });

  it('have one short name, read from `short` (the registry) or `shortName` (the index)', () => {
    expect(shortNameOf({ short: 'FoHM' })).toBe('FoHM');
    expect(shortNameOf({ shortName: 'FoHM' })).toBe('FoHM');
    expect(shortNameOf({ shortName: null })).toBeUndefined();
    expect(shortNameOf({})).toBeUndefined();
  });

  it('are written in text by the short name, else the name', () => {
    expect(agencyLabel(IVO)).toBe('IVO');
    expect(agencyLabel(IVO_ENTRY)).toBe('IVO');
    expect(agencyLabel({ name: 'Socialstyrelsen', shortName: null })).toBe('Socialstyrelsen');
  });
});

describe('the case rule', () => {
  it('matches names of four characters or fewer as written, longer ones in any case', () => {
    expect(['IVO', 'FoHM', 'SKR', 'MSB'].map(matchedInCase)).toEqual([true, true, true, true]);
    expect(['Socialstyrelsen', 'E-hälsomyndigheten'].map(matchedInCase)).toEqual([false, false]);
  });

  it('says whether a written name is the name', () => {
    expect(isName('IVO', 'IVO')).toBe(true);
    expect(isName('ivo', 'IVO')).toBe(false);
    expect(isName('Ivo', 'IVO')).toBe(false);
    expect(isName('folkhälsomyndigheten', 'Folkhälsomyndigheten')).toBe(true);
    expect(isName('FOLKHÄLSOMYNDIGHETEN', 'Folkhälsomyndigheten')).toBe(true);
    expect(isName('Folkhalsomyndigheten', 'Folkhälsomyndigheten')).toBe(false);
  });
});

describe('the agency matcher', () => {
  const ivo = agencyMatcher(namesOf(IVO));
  const fohm = agencyMatcher(['Folkhälsomyndigheten', 'FoHM', 'FHM']);

  it('finds a short name only as written: "IVO" is the agency, "ivo" and "Ivo" are words', () => {
    expect(found(ivo, 'IVO svarade. Med ivo och Ivo menas något annat.')).toEqual(['IVO']);
    expect(mentions('med stor ivo', ivo)).toBe(false);
    expect(mentions('IVO:s tillsyn', ivo)).toBe(true);
  });

  it('finds a full name in any case, Swedish letters too', () => {
    expect(found(fohm, 'Folkhälsomyndigheten, folkhälsomyndigheten och FOLKHÄLSOMYNDIGHETEN')).toEqual([
      'Folkhälsomyndigheten',
      'folkhälsomyndigheten',
      'FOLKHÄLSOMYNDIGHETEN',
    ]);
    expect(found(agencyMatcher(['Länsstyrelsen Örebro']), 'LÄNSSTYRELSEN ÖREBRO och länsstyrelsen örebro')).toEqual([
      'LÄNSSTYRELSEN ÖREBRO',
      'länsstyrelsen örebro',
    ]);
    expect(mentions('Folkhalsomyndigheten', fohm)).toBe(false);
  });

  it('finds whole words only, and the genitive', () => {
    expect(found(fohm, 'FoHM:s råd, Folkhälsomyndighetens webb, FoHMs, FoHMx och XFoHM.')).toEqual([
      'FoHM:s',
      'Folkhälsomyndighetens',
      'FoHMs',
    ]);
    expect(found(agencyMatcher(['SKR']), 'Skriv till SKR, skriva, SKR:s')).toEqual(['SKR', 'SKR:s']);
  });

  it('finds a name across any white space, the longest name first', () => {
    expect(found(ivo, 'Inspektionen för\nvård  och omsorg och Inspektionen')).toEqual([
      'Inspektionen för\nvård  och omsorg',
      'Inspektionen',
    ]);
  });

  it('finds names with characters that mean something in a pattern as written', () => {
    const odd = agencyMatcher(['C++ (test)', 'A.B']);
    expect(found(odd, 'Hos C++ (test) och A.B, men inte AxB eller C++ test.')).toEqual(['C++ (test)', 'A.B']);
  });

  it('leaves the matcher as it was when asked whether a text names the agency', () => {
    fohm!.lastIndex = 0;
    expect(mentions('FoHM', fohm)).toBe(true);
    expect(mentions('FoHM', fohm)).toBe(true);
    expect(fohm!.lastIndex).toBe(0);
  });

  it('is undefined without names', () => {
    expect(agencyMatcher([])).toBeUndefined();
    expect(agencyMatcher([' '])).toBeUndefined();
    expect(mentions('FoHM', undefined)).toBe(false);
  });
});
