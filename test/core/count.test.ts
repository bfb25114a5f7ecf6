import { describe, expect, it } from 'vitest';
import { count, swedishCount, swedishNumber } from '../../src/core/count.ts';
import { count as templateCount } from '../../src/site/filters.ts';

describe('a count with its noun', () => {
  it('is singular for one and plural otherwise', () => {
    expect([0, 1, 2].map((n) => count(n, 'möte', 'möten'))).toEqual(['0 möten', '1 möte', '2 möten']);
  });

  it('is the templates’ count filter', () => {
    expect(templateCount).toBe(count);
  });
});

describe('a count with its noun, the number set apart', () => {
  it('writes thousands apart by a no-break space, singular for one', () => {
    expect([1, 2, 1234].map((n) => swedishCount(n, 'gång', 'gånger'))).toEqual(['1 gång', '2 gånger', '1\u00a0234 gånger']);
    expect(swedishNumber(7223)).toBe('7\u00a0223');
  });
});
