/** The topics' synonyms as the search records get them: which words a text gets added (pure, src/search/synonyms.ts). */
import { describe, expect, it } from 'vitest';
import { compileSynonyms, synonymsFor } from '../../src/search/synonyms.ts';

const groups = compileSynonyms([
  ['säbo', 'särskilt boende', 'särskilda boenden', 'äldreboende'],
  ['covid-19', 'corona'],
]);

describe('synonymsFor', () => {
  it('gives the other words of a group whose word the text says, at the start of a word and ignoring case', () => {
    expect(synonymsFor('Vaccineringstakt specifikt för säbo och hemtjänst.', groups)).toEqual([
      'särskilt boende',
      'särskilda boenden',
      'äldreboende',
    ]);
    expect(synonymsFor('Säbon i kommunen', groups)).toEqual(['särskilt boende', 'särskilda boenden', 'äldreboende']);
  });

  it('matches a phrase across line breaks and runs of spaces, and leaves out the words the text says itself', () => {
    expect(synonymsFor('inne på särskilda\n  boenden och säbo', groups)).toEqual(['särskilt boende', 'äldreboende']);
  });

  it('adds nothing for a word inside another word, or for a text without any word of a group', () => {
    expect(synonymsFor('Hemsäbo och Covid', groups)).toEqual([]);
    expect(synonymsFor('Besöksförbud i kommunen.', groups)).toEqual([]);
  });

  it('adds each word once, from every group the text has a word of', () => {
    expect(synonymsFor('Covid-19 på säbo, säbo igen.', groups)).toEqual(['särskilt boende', 'särskilda boenden', 'äldreboende', 'corona']);
  });
});

describe('compileSynonyms', () => {
  it('leaves out groups of fewer than two words (the check reports them) and repeated words', () => {
    const compiled = compileSynonyms([[], ['säbo'], ['säbo', ' säbo ', 'äldreboende']]);
    expect(compiled.map((g) => g.words)).toEqual([['säbo', 'äldreboende']]);
  });
});
