/** Did-you-mean: the closest known name, and the one way the messages ask about it. */
import { describe, expect, it } from 'vitest';
import { didYouMean, meant, meantHint, meantQuestion } from '../../src/core/suggest.ts';

describe('the did-you-mean question', () => {
  it('is asked after a sentence, with its space, or not at all', () => {
    expect(`Okänt ämne "Vacination".${meant('Vaccination')}`).toBe('Okänt ämne "Vacination". Menade du "Vaccination"?');
    expect(meant(undefined)).toBe('');
  });

  it('starts in lower case inside a list', () => {
    expect(meantQuestion('FoHM')).toBe('Menade du "FoHM"?');
    expect(meantQuestion('FoHM', true)).toBe('menade du "FoHM"?');
  });

  it('is asked for the closest candidate when it is close enough', () => {
    expect(didYouMean('tpoics', ['title', 'topics'])).toBe('topics');
    expect(meantHint('tpoics', ['title', 'topics'])).toBe(' Menade du "topics"?');
    expect(meantHint('helt annat', ['title', 'topics'])).toBe('');
  });
});
