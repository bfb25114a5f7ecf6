import { describe, expect, it } from 'vitest';
import { firstLetter, helpLines, lookUp, type TopicOption, topicsFor, wordsToLookUp } from '../../../src/browser/search/help.ts';

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
    expect(['Ärende', 'öppen', '2021', '–'].map(firstLetter)).toEqual(['a', 'o', '2', '–']);
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

describe('the help’s lines', () => {
  it('says a word is missing and offers its corrections as links that search them instead', () => {
    const query = 'nya vacination';
    expect(helpLines(query, [lookUp('nya', ['nya']), lookUp('vacination', V)], TOPICS)).toEqual([
      [
        'Inga träffar på ”vacination”: ordet finns inte i arkivet.',
        ' Menade du ',
        { text: 'vaccination', change: { query: 'nya vaccination' } },
        ' eller ',
        { text: 'vaccinationen', change: { query: 'nya vaccinationen' } },
        '?',
      ],
    ]);
  });

  it('lists three corrections with commas', () => {
    const [line] = helpLines(
      'vaccinen',
      [{ word: 'vaccinen', found: false, prefixOnly: false, closest: ['vaccin', 'vaccinet', 'vaccinera'] }],
      [],
    );
    expect(line!.filter((part) => typeof part === 'string')).toEqual([
      'Inga träffar på ”vaccinen”: ordet finns inte i arkivet.',
      ' Menade du ',
      ', ',
      ' eller ',
      '?',
    ]);
  });

  it('says a word found only as the start of longer words, and "Se också" the topic when nothing is missing', () => {
    expect(
      helpLines('besök', [{ word: 'besök', found: true, prefixOnly: false, closest: [] }], [{ ...TOPICS[0]!, terms: ['besök'] }]),
    ).toEqual([['Se också ämnet ', { text: 'Besöksförbud', change: { filter: 'amne', value: 'besoksforbud' } }, '.']]);
    expect(helpLines('bes', [lookUp('bes', B)], [])).toEqual([
      [
        'Ordet ”bes” finns inte som eget ord i arkivet; träffarna har ord som börjar så.',
        ' Menade du ',
        { text: 'besök', change: { query: 'besök' } },
        '?',
      ],
    ]);
  });

  it('offers the topic, not corrections, for a query that is exactly a topic’s search term', () => {
    const reports = [lookUp('visiting', V), lookUp('ban', B)];
    expect(helpLines('visiting ban', reports, TOPICS)).toEqual([
      ['Inga träffar på ”visiting”: ordet finns inte i arkivet.'],
      ['Inga träffar på ”ban”: ordet finns inte i arkivet.'],
      ['Menade du ämnet ', { text: 'Besöksförbud', change: { filter: 'amne', value: 'besoksforbud' } }, '?'],
    ]);
  });

  it('has nothing to say when every word is found and no topic is meant', () => {
    expect(helpLines('vecka', [lookUp('vecka', V)], TOPICS)).toEqual([]);
    expect(helpLines('vaccinet', [lookUp('vaccinet', V)], TOPICS)).toEqual([
      ['Se också ämnet ', { text: 'Vaccination', change: { filter: 'amne', value: 'vaccination' } }, '.'],
    ]);
  });
});
