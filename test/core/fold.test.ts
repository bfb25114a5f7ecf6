import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/fold.ts';
import { fold as slugFold } from '../../src/core/slug.ts';

describe('folding names', () => {
  it('removes case and diacritics and spells ß, æ and ø out', () => {
    expect(fold('Åsa Furén-Thulin')).toBe('asa furen-thulin');
    expect(fold('Straße Æble Øre')).toBe('strasse aeble ore');
  });

  it('is the fold the slugs use', () => {
    expect(slugFold).toBe(fold);
  });
});
