/**
 * Ordinary words: how often a word stands in the minutes as a word of its
 * own, written exactly so (what the alias warning and the search index ask).
 */
import { describe, expect, it } from 'vitest';
import { wordCounts } from '../../src/core/words.ts';

describe('wordCounts', () => {
  it('counts a word only where it stands alone and is written exactly so', () => {
    const counts = wordCounts(['God vård ges. vård, vårdgivare och hälso-vård.', 'Vård i (vård) och vård- samt -vård'], ['vård', 'ivo']);
    // "vård" alone four times (also after a hyphen that follows no letter); not "Vård", "vårdgivare", "hälso-vård" or "vård-".
    expect(Object.fromEntries(counts)).toEqual({ vård: 4, ivo: 0 });
  });

  it('counts nothing when no word is asked for', () => {
    expect(wordCounts(['vård'], []).size).toBe(0);
  });
});
