import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../src/core/slug.ts';
import { didYouMean, editDistance } from '../../src/core/suggest.ts';

describe('slugs', () => {
  it('fold Swedish letters and punctuation', () => {
    expect(slugify('Besöksförbud')).toBe('besoksforbud');
    expect(slugify('IVO:s tillsyn')).toBe('ivos-tillsyn');
    expect(slugify('Åsa Furén-Thulin')).toBe('asa-furen-thulin');
    expect(slugify('Diskussion: Reflektioner från debatten i Agenda söndag 17/1?')).toBe('diskussion-reflektioner-fran-debatten-i-agenda-sondag-17-1');
  });

  it('are made unique within a meeting', () => {
    const taken = new Set<string>();
    expect([uniqueSlug('lagesrapport', taken), uniqueSlug('lagesrapport', taken), uniqueSlug('', taken)]).toEqual(['lagesrapport', 'lagesrapport-2', 'punkt']);
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
