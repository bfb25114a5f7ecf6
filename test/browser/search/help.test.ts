import { describe, expect, it } from 'vitest';
import {
  firstLetter,
  lookUp,
  onlySimilar,
  searchAnswer,
  type SwedishLexicon,
  type TopicOption,
  topicLines,
  topicsFor,
  wordLine,
  wordsToLookUp,
} from '../../../src/browser/search/help.ts';

/** Words of the archive starting with b and v, as the build's word files hold them (lower case, sorted). */
const B = ['besked', 'besök', 'besöken', 'besöksförbud', 'besöksförbudet', 'besöksstopp', 'boende'];
const V = ['vaccin', 'vaccination', 'vaccinationen', 'vaccinera', 'vaccinet', 'vecka', 'viktig'];

const TOPICS: TopicOption[] = [
  { name: 'Besöksförbud', terms: ['visiting ban', 'besöksstopp', ''], filter: 'amne', value: 'besoksforbud' },
  { name: 'Vaccination', terms: ['vaccine', 'vaccination'], filter: 'amne', value: 'vaccination' },
];

describe('the help’s word lookup', () => {
  it('finds a word as written, without diacritics and case, and as a form of a word of the archive', () => {
    for (const word of ['besöksförbud', 'BESOKSFORBUD', 'besöksförbuden'])
      expect(lookUp(word, B), word).toEqual({ word, found: true, prefixOnly: false, closest: [] });
  });

  it('says a word found nowhere, with its closest words (up to 2 edits, 3 from 8 letters), closest first', () => {
    expect(lookUp('besöksförbd', B)).toEqual({
      word: 'besöksförbd',
      found: false,
      prefixOnly: false,
      closest: ['besöksförbud', 'besöksförbudet'],
    });
    expect(lookUp('vacination', V).closest).toEqual(['vaccination', 'vaccinationen']);
    expect(lookUp('vaxin', V).closest).toEqual(['vaccin']);
    expect(lookUp('hjulbent', [])).toEqual({ word: 'hjulbent', found: false, prefixOnly: false, closest: [] });
  });

  it('labels a word found only as the start of longer words', () => {
    expect(lookUp('bes', B)).toMatchObject({ found: false, prefixOnly: true });
  });

  it('looks up words of three letters or more, in the file of their folded first letter', () => {
    expect(wordsToLookUp('  ab vaccin  åk  SKR ')).toEqual(['vaccin', 'SKR']);
    expect(wordsToLookUp('FoHM:s Lägesrapport: (Furén-Thulin) besöks- ”vaccin”')).toEqual([
      'FoHM',
      'Lägesrapport',
      'Furén-Thulin',
      'besöks',
      'vaccin',
    ]);
    expect(['Ärende', 'öppen', '2021', '–'].map(firstLetter)).toEqual(['a', 'o', '2', '–']);
  });
});

/** The Swedish word list of e and h, as the page loads it: stems and endings, folded. */
const SWEDISH: SwedishLexicon = {
  stems: new Set(['egen', 'ett', 'hund', 'hjulbent']),
  endings: [
    ['en', 'et'],
    ['en', 'na'],
    ['', 'en'],
  ],
};
const E = ['egna', 'ert', 'ett'];

describe('the help’s Swedish words', () => {
  it('finds a word the archive has in another form of its Swedish stem: "eget" by "egna"', () => {
    expect(lookUp('eget', E)).toMatchObject({ found: false, closest: ['ert', 'ett', 'egna'] });
    expect(lookUp('eget', E, SWEDISH)).toEqual({ word: 'eget', found: true, prefixOnly: false, closest: [] });
  });

  it('marks correct Swedish the archive does not have, and offers it no corrections', () => {
    const report = lookUp('hunden', ['hand', 'hundra'], SWEDISH);
    expect(report).toMatchObject({ found: false, swedish: true });
    expect(searchAnswer('hunden', [], 0, [report], []).status).toEqual(['Ordet ”hunden” finns inte i arkivet.']);
    // A typo is still corrected.
    const typo = lookUp('hundrs', ['hand', 'hundra'], SWEDISH);
    expect(typo.swedish).toBeUndefined();
    expect(wordLine('hundrs', [typo], [])).toContainEqual({ text: 'hundra', change: { query: 'hundra' } });
  });
});

describe('the help’s topics', () => {
  it('offers a topic for a search term, as written or one edit from it from five letters', () => {
    expect(topicsFor('Visiting Ban', TOPICS).map((t) => t.name)).toEqual(['Besöksförbud']);
    expect(topicsFor('visitnig ban', TOPICS).map((t) => t.name)).toEqual(['Besöksförbud']);
    expect(topicsFor('vacine', TOPICS).map((t) => t.name)).toEqual(['Vaccination']);
    expect(topicsFor('ban', TOPICS)).toEqual([]);
    expect(topicsFor('', TOPICS)).toEqual([]);
  });
});

describe('the answer to a search', () => {
  it('says in the status line that a word is missing, never a count for it, with its corrections as links', () => {
    const query = 'nya vacination';
    const answer = searchAnswer(query, [], 2, [lookUp('nya', ['nya']), lookUp('vacination', V)], TOPICS);
    expect(answer.status).toEqual([
      'Ordet ”vacination” finns inte i arkivet.',
      ' Menade du ',
      { text: 'vaccination', change: { query: 'nya vaccination' } },
      ' eller ',
      { text: 'vaccinationen', change: { query: 'nya vaccinationen' } },
      '?',
    ]);
    expect(answer.similarOnly).toBe(true);
    expect(answer.help).toEqual([]);
  });

  it('"besöksförbd": the word and "Menade du besöksförbud", and the fallback’s meetings only as words that begin alike', () => {
    const answer = searchAnswer('besöksförbd', [], 2, [lookUp('besöksförbd', B)], TOPICS);
    expect(answer.status.filter((part) => typeof part === 'string').join('')).toBe(
      'Ordet ”besöksförbd” finns inte i arkivet. Menade du  eller ?',
    );
    expect(answer.status[2]).toEqual({ text: 'besöksförbud', change: { query: 'besöksförbud' } });
    expect(answer.similarOnly).toBe(true);
    expect(searchAnswer('besöksförbd', [], 0, [lookUp('besöksförbd', B)], TOPICS).similarOnly).toBe(false);
  });

  it('counts the meetings found when every word is in the archive', () => {
    const answer = searchAnswer('vaccinet', ['FoHM'], 3, [lookUp('vaccinet', V)], TOPICS);
    expect(answer).toEqual({
      status: ['3 möten för ”vaccinet”, FoHM.'],
      help: [['Se också ämnet ', { text: 'Vaccination', change: { filter: 'amne', value: 'vaccination' } }, '.']],
      similarOnly: false,
    });
    expect(searchAnswer(null, ['FoHM'], 3, [], TOPICS)).toEqual({ status: ['3 möten för FoHM.'], help: [], similarOnly: false });
    expect(searchAnswer('vecka', [], 0, [lookUp('vecka', V)], TOPICS).status).toEqual(['Inga träffar för ”vecka”.']);
  });

  it('lists three corrections with commas, and says each missing word in one line', () => {
    const line = wordLine(
      'vaccinen hjulbent',
      [{ word: 'vaccinen', found: false, prefixOnly: false, closest: ['vaccin', 'vaccinet', 'vaccinera'] }, lookUp('hjulbent', [])],
      [],
    );
    expect(line.filter((part) => typeof part === 'string')).toEqual([
      'Ordet ”vaccinen” finns inte i arkivet.',
      ' Menade du ',
      ', ',
      ' eller ',
      '?',
      ' ',
      'Ordet ”hjulbent” finns inte i arkivet.',
    ]);
  });

  it('says a word found only as the start of longer words, and "Se också" the topic when nothing is missing', () => {
    expect(
      topicLines('besök', [{ word: 'besök', found: true, prefixOnly: false, closest: [] }], [{ ...TOPICS[0]!, terms: ['besök'] }]),
    ).toEqual([['Se också ämnet ', { text: 'Besöksförbud', change: { filter: 'amne', value: 'besoksforbud' } }, '.']]);
    const answer = searchAnswer('bes', [], 2, [lookUp('bes', B)], []);
    expect(answer.status).toEqual([
      'Ordet ”bes” finns inte som eget ord i arkivet.',
      ' Menade du ',
      { text: 'besök', change: { query: 'besök' } },
      '?',
    ]);
    expect(answer.similarOnly).toBe(true);
  });

  it('offers the topic, not corrections, for a query that is exactly a topic’s search term', () => {
    const reports = [lookUp('visiting', V), lookUp('ban', B)];
    expect(searchAnswer('visiting ban', [], 2, reports, TOPICS)).toEqual({
      status: ['Ordet ”visiting” finns inte i arkivet.', ' ', 'Ordet ”ban” finns inte i arkivet.'],
      help: [['Menade du ämnet ', { text: 'Besöksförbud', change: { filter: 'amne', value: 'besoksforbud' } }, '?']],
      similarOnly: true,
    });
  });

  it('has nothing to say when every word is found and no topic is meant', () => {
    expect(wordLine('vecka', [lookUp('vecka', V)], TOPICS)).toEqual([]);
    expect(topicLines('vecka', [lookUp('vecka', V)], TOPICS)).toEqual([]);
    expect(onlySimilar([lookUp('vecka', V)], 4)).toBe(false);
  });
});
