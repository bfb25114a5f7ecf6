import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug, personId } from '../../src/core/slug.ts';
import { didYouMean, editDistance } from '../../src/core/suggest.ts';

describe('slugs', () => {
  it('fold Swedish letters and punctuation', () => {
    expect(slugify('Besöksförbud')).toBe('besoksforbud');
    expect(slugify('IVO:s tillsyn')).toBe('ivos-tillsyn');
    expect(slugify('Åsa Furén-Thulin')).toBe('asa-furen-thulin');
    expect(slugify('Diskussion: Reflektioner från debatten i Agenda söndag 17/1?')).toBe(
      'diskussion-reflektioner-fran-debatten-i-agenda-sondag-17-1',
    );
  });

  it('are made unique within a meeting', () => {
    const taken = new Set<string>();
    expect([uniqueSlug('lagesrapport', taken), uniqueSlug('lagesrapport', taken), uniqueSlug('', taken)]).toEqual([
      'lagesrapport',
      'lagesrapport-2',
      'punkt',
    ]);
  });
});

describe('did you mean', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('tpoics', 'topics')).toBe(1);
  });

  it('suggests the closest name ignoring case and diacritics, or nothing', () => {
    expect(didYouMean('socialstyrelssen', ['Socialstyrelsen', 'SKR'])).toBe('Socialstyrelsen');
    expect(didYouMean('besoksforbud', ['Besöksförbud', 'Vaccination'])).toBe('Besöksförbud');
    expect(didYouMean('Myndigheten för påhitt', ['Socialstyrelsen', 'SKR'])).toBeUndefined();
  });
});

describe('ids of names in any script', () => {
  it('transliterates names without Latin letters, so every person gets a usable URL', () => {
    expect(slugify('Юлия Петрова')).toBe('yuliya-petrova');
    expect(slugify('Γιώργος Παπαδόπουλος')).toBe('giorgos-papadopoylos');
    expect(slugify('Łukasz Żółć')).toBe('lukasz-zolc');
  });

  it('keeps the Swedish folding as before', () => {
    expect(slugify('Åsa Furén-Thulin')).toBe('asa-furen-thulin');
    expect(slugify('IVO:s tillsyn')).toBe('ivos-tillsyn');
  });

  it('gives a name that no slug can keep a stable id of its own', () => {
    expect(personId('Anders Tegnell')).toBe('anders-tegnell');
    expect(personId('⁂')).toMatch(/^person-[0-9a-f]{8}$/);
    expect(personId('⁂')).toBe(personId('⁂'));
    expect(personId('⁂')).not.toBe(personId('※'));
  });
});
