import { describe, expect, it } from 'vitest';
import { lookUpQuery, Vocabulary } from '../../../src/browser/search/vocabulary.ts';

describe('the archive’s words in the page', () => {
  it('loads the file of a letter once, beside the search page, under the site’s root', async () => {
    const asked: string[] = [];
    const vocabulary = new Vocabulary(new URL('https://example.se/arkiv/'), async (url) => {
      asked.push(url.href);
      return new Response(JSON.stringify(['vaccin', 'vecka']));
    });
    expect(await vocabulary.wordsStartingWith('v')).toEqual(['vaccin', 'vecka']);
    await vocabulary.wordsStartingWith('v');
    await vocabulary.wordsStartingWith('–');
    expect(asked).toEqual(['https://example.se/arkiv/sok/ordlista/v.json', 'https://example.se/arkiv/sok/ordlista/_.json']);
  });

  it('counts a missing or unreachable file as no words', async () => {
    const missing = new Vocabulary(new URL('https://example.se/'), async () => new Response('', { status: 404 }));
    expect(await missing.wordsStartingWith('q')).toEqual([]);
    const offline = new Vocabulary(new URL('https://example.se/'), () => Promise.reject(new TypeError('offline')));
    expect(await offline.wordsStartingWith('q')).toEqual([]);
  });

  it('looks up each query word of three letters or more in its letter’s file', async () => {
    const asked: string[] = [];
    const reports = await lookUpQuery('ny besöksförbd vaccin', {
      wordsStartingWith: async (letter) => (asked.push(letter), letter === 'b' ? ['besöksförbud'] : ['vaccin']),
    });
    expect(asked).toEqual(['b', 'v']);
    expect(reports.map(({ word, found, closest }) => ({ word, found, closest }))).toEqual([
      { word: 'besöksförbd', found: false, closest: ['besöksförbud'] },
      { word: 'vaccin', found: true, closest: [] },
    ]);
  });
});
