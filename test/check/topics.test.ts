/**
 * Topics by signal words: where a signal matches (at the start of a word,
 * ignoring case, Swedish letters and all, phrases as phrases) and when an item
 * is about a topic (a hit in its title, or enough hits in its text).
 */
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../src/check/registry.ts';
import { processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';
import { BODY_HITS_NEEDED, countSignals, matchTopics } from '../../src/check/topics.ts';
import { messageText } from '../../src/core/diagnostics.ts';

function topic(id: string, signals: string[]): Topic {
  return {
    id,
    name: id,
    description: `Om ${id}.`,
    aliases: [],
    signals,
    searchTerms: [],
    synonyms: [],
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

describe('the topics of a question', () => {
  const TOPICS = `- id: vaccination
  name: Vaccination
  description: Om vaccin.
  signals: [vaccin]
- id: personlig-assistans
  name: Personlig assistans
  description: Om assistans.
  signals: [personlig assistans, assistansbolag]
- id: besoksforbud
  name: Besöksförbud
  description: Om besök.
  signals: [besöksförbud]
`;
  const AGENCIES = '- id: fohm\n  name: Folkhälsomyndigheten\n  short: FoHM\n';
  const { registries } = readRegistries({ path: 'agencies.yml', text: AGENCIES, bytes: 0 }, { path: 'topics.yml', text: TOPICS, bytes: 0 });
  const check = (settings: string, topics = '[Vaccination, Personlig assistans]') => {
    const text = `---\ntitle: Möte\ndate: 2021-04-06\ntopics: ${topics}\n${settings}---\n
## Vaccinationsfrågor

Vaccin till personlig assistans och vaccin till säbo.

### Vilket ansvar har vi att erbjuda assistansbolagens personal vaccination?

FoHM: Privata bolag för personlig assistans kan inte beställa detta.

### Vad betyder det att vaccinet är genmanipulerat?

FoHM: Det är en genteknik.

### Hur går det med leveranserna?

FoHM: Vaccinet kommer. Ett vaccin till kommer i mars.

### Vem betalar?

FoHM: Regionen.
`;
    return processFile({ path: 'minutes/2021-04-06-natverket.md', text, bytes: text.length }, registries);
  };
  const topicsOf = (result: ReturnType<typeof check>) => {
    const item = result.meeting!.items[0]!;
    return [[item.anchor, item.topicIds], ...item.questions.map((q) => [q.anchor, q.topicIds])];
  };

  it('come from its own heading and answer, by the same rule as an item’s, never from its item', () => {
    const result = check('');
    expect(result.diagnostics).toEqual([]);
    expect(topicsOf(result)).toEqual([
      ['vaccinationsfragor', ['vaccination', 'personlig-assistans']],
      ['vilket-ansvar-har-vi-att-erbjuda-assistansbolagens-personal', ['vaccination', 'personlig-assistans']],
      ['vad-betyder-det-att-vaccinet-ar-genmanipulerat', ['vaccination']],
      // Two hits in the answer, none in the heading.
      ['hur-gar-det-med-leveranserna', ['vaccination']],
      ['vem-betalar', []],
    ]);
  });

  it('are set by hand under items: by the question’s anchor, as an item’s are', () => {
    const result = check(
      'items:\n  vem-betalar:\n    topics: [Vaccination]\n  vad-betyder-det-att-vaccinet-ar-genmanipulerat:\n    topics: []\n',
    );
    expect(result.diagnostics).toEqual([]);
    expect(topicsOf(result).slice(2)).toEqual([
      ['vad-betyder-det-att-vaccinet-ar-genmanipulerat', []],
      ['hur-gar-det-med-leveranserna', ['vaccination']],
      ['vem-betalar', ['vaccination']],
    ]);
  });

  it('must be among the meeting’s topics when set by hand, and count for them', () => {
    const result = check('items:\n  vem-betalar:\n    topics: [Besöksförbud]\n');
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['7:14 item-topic-undeclared']);
    expect(messageText(result.diagnostics[0]!)).toContain(
      'Ämnet "Besöksförbud" är satt på frågan "vem-betalar" men står inte under mötets topics.',
    );
    // A declared topic that only a question is about is no unmatched topic.
    expect(check('items:\n  vem-betalar:\n    topics: [Besöksförbud]\n', '[Vaccination, Besöksförbud]').diagnostics).toEqual([]);
  });
});
