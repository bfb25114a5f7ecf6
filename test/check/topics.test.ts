/**
 * Topics by signal words: where a signal matches (at the start of a word,
 * ignoring case, Swedish letters and all, phrases as phrases) and when an item
 * is about a topic (a hit in its title, or enough hits in its text).
 */
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../src/check/registry.ts';
import { BODY_HITS_NEEDED, countSignals, matchTopics } from '../../src/check/topics.ts';

function topic(id: string, signals: string[]): Topic {
  return {
    id,
    name: id,
    description: `Om ${id}.`,
    aliases: [],
    signals,
    searchTerms: [],
    place: { file: 'minutes/topics.yml', line: 1, column: 3 },
  };
}

const vaccination = topic('vaccination', ['vaccin']);
const besoksforbud = topic('besoksforbud', ['besöksförbud']);
const boende = topic('sarskilt-boende', ['särskilt boende', 'SÄBO']);

describe('counting signal words', () => {
  it('matches at the start of a word, ignoring case', () => {
    expect(countSignals(vaccination, 'Vaccinationen går bra. Vaccin finns, vi vaccinerar.')).toBe(3);
    expect(countSignals(topic('vaccination', ['Vaccin']), 'vaccinet')).toBe(1);
  });

  it('does not match inside a word, also after a Swedish letter or a digit', () => {
    expect(countSignals(vaccination, 'Covidvaccin och influensavaccinet')).toBe(0);
    expect(countSignals(vaccination, 'åvaccin 2vaccin')).toBe(0);
  });

  it('matches after punctuation and hyphens', () => {
    expect(countSignals(vaccination, 'covid-vaccin, (vaccin) "vaccin"')).toBe(3);
  });

  it('folds the case of Swedish letters', () => {
    expect(countSignals(besoksforbud, 'BESÖKSFÖRBUDET gäller. Besöksförbud hävs.')).toBe(2);
    expect(countSignals(besoksforbud, 'besoksforbud')).toBe(0);
  });

  it('matches a signal of several words as a phrase, across any run of spaces or a line break', () => {
    expect(countSignals(boende, 'Särskilt boende. särskilt  boenden. Särskilt\nboende.')).toBe(3);
    expect(countSignals(boende, 'särskilt viktigt boende, boende särskilt')).toBe(0);
    expect(countSignals(boende, 'Säbo och säbo-enheter')).toBe(2);
  });

  it('takes characters that mean something in a regular expression as they are', () => {
    const ivo = topic('ivo', ['IVO:s tillsyn', 'c++', '(lss)']);
    expect(countSignals(ivo, 'IVO:s tillsyn av LSS (lss) c++')).toBe(3);
    expect(countSignals(ivo, 'IVOs tillsyn ccc')).toBe(0);
  });

  it('counts nothing for a topic without signals, or with only blank ones', () => {
    expect(countSignals(topic('ovrigt', []), 'Allt möjligt.')).toBe(0);
    expect(countSignals(topic('ovrigt', ['', '  ']), 'Allt möjligt.')).toBe(0);
  });
});

describe('the topics of an item', () => {
  it('need a signal in the title, or at least two in the text', () => {
    expect(BODY_HITS_NEEDED).toBe(2);
    expect(matchTopics('Vaccinationsläget', 'Inget mer.', [vaccination])).toEqual(['vaccination']);
    expect(matchTopics('Lägesrapport', 'En fråga om vaccin.', [vaccination])).toEqual([]);
    expect(matchTopics('Lägesrapport', 'En fråga om vaccin. Och om vaccinet.', [vaccination])).toEqual(['vaccination']);
  });

  it('do not add a title hit to the hits in the text', () => {
    expect(matchTopics('Lägesrapport', 'Vaccin.', [vaccination])).toEqual([]);
    expect(matchTopics('Besöksförbud', 'Vaccin.', [vaccination, besoksforbud])).toEqual(['besoksforbud']);
  });

  it('come in the order of the candidates, whatever the order of the hits', () => {
    const title = 'Besöksförbud och vaccination på särskilt boende';
    expect(matchTopics(title, '', [boende, vaccination, besoksforbud])).toEqual(['sarskilt-boende', 'vaccination', 'besoksforbud']);
    expect(matchTopics(title, '', [besoksforbud, boende])).toEqual(['besoksforbud', 'sarskilt-boende']);
  });

  it('are only among the candidates', () => {
    expect(matchTopics('Vaccination', 'vaccin vaccin vaccin', [besoksforbud])).toEqual([]);
    expect(matchTopics('Vaccination', 'vaccin', [])).toEqual([]);
  });
});
