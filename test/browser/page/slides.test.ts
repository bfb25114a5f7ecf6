import { describe, expect, it } from 'vitest';
import { targetId } from '../../../src/browser/page/slides.ts';

describe('the target of a link into slide text', () => {
  it('is the id the address’s fragment names, decoded', () => {
    expect(targetId('#laget-i-landets-kommuner')).toBe('laget-i-landets-kommuner');
    expect(targetId('#l%C3%A4get')).toBe('läget');
    expect(targetId('')).toBeUndefined();
  });

  it('is the fragment as written when it cannot be decoded', () => {
    expect(targetId('#100%')).toBe('100%');
  });
});
