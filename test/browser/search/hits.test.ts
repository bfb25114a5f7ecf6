import { describe, expect, it } from 'vitest';
import { itemHits, itemsHeld, termsAt } from '../../../src/browser/search/hits.ts';
import { queryTerms } from '../../../src/browser/search/state.ts';
import { ANCHORS, at, record, sub } from './records.ts';

const [besok, , vaccination, , question] = ANCHORS;

describe('the items listed under a meeting found', () => {
  it('are the items whose text matched, best first, each with its excerpt', () => {
    const hits = itemHits(
      record([
        sub(besok, [at('Besöksförbudet')], 'Besöksförbudet gäller till och med februari.', 1),
        sub(vaccination, [at('Vaccinet')], '<mark>Vaccinet</mark> kommer i vecka tre', 5),
      ]),
      {},
      [],
    );
    expect(hits.map((hit) => hit.item.id)).toEqual(['vaccination', 'besoksforbud']);
    expect(hits[0]!.excerpt).toBe('<mark>Vaccinet</mark> kommer i vecka tre …');
    // No mark in Pagefind's excerpt: the item's first words instead.
    expect(hits[1]!.excerpt).toBe('Besöksförbudet gäller till och med februari.');
  });

  it('land on the question a match is under, with who answered it, and add up an item’s matches', () => {
    const hits = itemHits(
      record([
        sub(question, [at('Samma')], 'FoHM: <mark>Samma</mark> rekommendationer gäller nu.', 3),
        sub(vaccination, [at('Vaccinet')], '', 2),
      ]),
      {},
      [],
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.question).toEqual({
      id: 'vad-hander',
      text: 'Vad händer om man testar positivt efter första sprutan?',
      answeredBy: 'FoHM',
    });
    expect(hits[0]!.score).toBe(5);
  });

  it('land on the part of an item with the most of the query’s words: a question whose own heading has them', () => {
    // "vaccinet … testar positivt": the item's text has one of the words, first and weighing more; the question's heading has both.
    const hits = itemHits(
      record([
        sub(vaccination, [at('Vaccinet')], '<mark>Vaccinet</mark> kommer i vecka tre.', 10),
        sub(
          question,
          [at('Vad') + 4, at('Vad') + 5],
          'Vad händer om man <mark>testar</mark> <mark>positivt</mark> efter första sprutan?',
          2,
        ),
      ]),
      {},
      queryTerms('vaccinet testar positivt'),
    );
    expect(hits.map((hit) => [hit.item.id, hit.question?.id, hit.excerpt])).toEqual([
      ['vaccination', 'vad-hander', 'Vad händer om man <mark>testar</mark> <mark>positivt</mark> efter första sprutan? …'],
    ]);
    expect([...hits[0]!.terms].sort()).toEqual(['positivt', 'testar', 'vaccinet']);
    // The same words the other way round: the item's own text has more of them, and the hit stays on the item.
    const onItem = itemHits(
      record([sub(question, [at('Vad') + 4], '', 5), sub(vaccination, [at('Vaccinet'), at('Vaccinet') + 1], '', 1)]),
      {},
      queryTerms('vaccinet kommer testar'),
    );
    expect(onItem[0]!.question).toBeUndefined();
  });

  it('are only those that hold the chosen filters', () => {
    const subs = [sub(besok, [at('Besöksförbudet')]), sub(vaccination, [at('Vaccinet')])];
    expect(itemHits(record(subs), { aktor: 'skr' }, []).map((hit) => hit.item.id)).toEqual(['vaccination']);
    expect(itemHits(record(subs), { person: 'nobody' }, [])).toEqual([]);
  });

  it('count a match under a question only when the question has the chosen topic, whatever its item’s', () => {
    const subs = [sub(question, [at('Samma')], 'FoHM: <mark>Samma</mark> rekommendationer gäller nu.')];
    expect(itemHits(record(subs), { amne: 'vaccination' }, [])).toEqual([]);
    const hits = itemHits(record([...subs, sub(vaccination, [at('Vaccinet')])]), { amne: 'vaccination' }, []);
    expect(hits.map((hit) => [hit.item.id, hit.question])).toEqual([['vaccination', undefined]]);
    expect(itemHits(record(subs), { amne: 'smittsparning' }, [])[0]!.question?.id).toBe('vad-hander');
  });

  it('have the most of the query’s words: with several words, the items that have them all', () => {
    const subs = [sub(besok, [at('Besöksförbudet'), at('till')]), sub(vaccination, [at('Vaccinet')]), sub(question, [at('Samma')])];
    const hits = itemHits(record(subs), {}, queryTerms('besöksförbud till'));
    expect(hits.map((hit) => hit.item.id)).toEqual(['besoksforbud']);
    expect([...hits[0]!.terms]).toEqual(['besoksforbud', 'till']);
  });

  it('count a word at a match as a form of a query word ("fohm:s" of "fohm", "besöksförbudet" of "besöksförbud")', () => {
    const words = ['FoHM:s', 'Besöksförbudet', 'vacc', 'ab'];
    expect([...termsAt(words, [0, 1], ['fohm', 'besoksforbud'])]).toEqual(['fohm', 'besoksforbud']);
    // A shorter word at the match counts from three letters.
    expect([...termsAt(words, [2, 3], ['vaccin', 'abc'])]).toEqual(['vaccin']);
    expect([...termsAt(words, undefined, ['fohm'])]).toEqual([]);
  });

  it('without words, are every item the filters hold, with its first words', () => {
    const held = itemsHeld(record(), { aktor: 'fohm' });
    expect(held.map((hit) => [hit.item.id, hit.excerpt])).toEqual([
      ['besoksforbud', 'Besöksförbudet gäller till och med februari.'],
      [
        'vaccination',
        'Vaccinet kommer i vecka tre. Vad händer om man testar positivt efter första sprutan? FoHM: Samma rekommendationer gäller.',
      ],
    ]);
  });
});
