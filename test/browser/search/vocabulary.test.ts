import { describe, expect, it } from 'vitest';
import { lookUpQuery, SwedishWords, Vocabulary } from '../../../src/browser/search/vocabulary.ts';

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

  it('loads the Swedish word list of a letter and its endings once, beside the search page', async () => {
    const asked: string[] = [];
    const swedish = new SwedishWords(new URL('https://example.se/arkiv/'), async (url) => {
      asked.push(url.pathname);
      return new Response(url.pathname.endsWith('.json') ? JSON.stringify([['en', 'et']]) : 'egen\nekonomi\n');
    });
    expect(await swedish.lexicon('e')).toEqual({ stems: new Set(['egen', 'ekonomi']), endings: [['en', 'et']] });
    await swedish.lexicon('e');
    expect(asked).toEqual(['/arkiv/sok/svenska/andelser.json', '/arkiv/sok/svenska/e.txt']);
    const offline = new SwedishWords(new URL('https://example.se/'), () => Promise.reject(new TypeError('offline')));
    expect(await offline.lexicon('q')).toEqual({ stems: new Set(), endings: [] });
  });

  it('consults the Swedish word list only for a word the archive does not have', async () => {
    const letters: string[] = [];
    const swedish = {
      lexicon: async (letter: string) => (letters.push(letter), { stems: new Set(['egen']), endings: [['en', 'et'] as const] }),
    };
    const reports = await lookUpQuery('besök eget', { wordsStartingWith: async (l) => (l === 'b' ? ['besök'] : ['egna', 'ett']) }, swedish);
    expect(letters).toEqual(['e']);
    expect(reports.map((r) => r.found)).toEqual([true, false]);
    expect(reports[1]).toMatchObject({ swedish: true, closest: ['ett', 'egna'] });
  });
});
