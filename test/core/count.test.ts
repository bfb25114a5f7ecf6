import { describe, expect, it } from 'vitest';
import { count } from '../../src/core/count.ts';
import { count as templateCount } from '../../src/site/filters.ts';

describe('a count with its noun', () => {
  it('is singular for one and plural otherwise', () => {
    expect([0, 1, 2].map((n) => count(n, 'möte', 'möten'))).toEqual(['0 möten', '1 möte', '2 möten']);
  });

  it('is the templates’ count filter', () => {
    expect(templateCount).toBe(count);
  });
});
