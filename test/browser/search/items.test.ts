import { describe, expect, it } from 'vitest';
import { firstWords, holds, holdsAt, itemOfHeading, itemsOf, questionText } from '../../../src/browser/search/items.ts';
import { at, record } from './records.ts';

describe('a meeting’s record read as its items', () => {
  it('has each item by its mark, in the order of the minutes, with its title, kind, presenters and filter values', () => {
    const items = itemsOf(record());
    expect([...items.keys()]).toEqual(['besoksforbud', 'vaccination']);
    expect(items.get('besoksforbud')).toEqual({
      id: 'besoksforbud',
      title: 'Besöksförbud',
      kind: 'agenda',
      location: at('Besöksförbudet'),
      presenters: 'Lotta Edman, FoHM',
      answeredBy: '',
      filters: { amne: ['besoksforbud'], aktor: ['fohm'], person: ['lotta-edman'] },
      questions: new Map(),
    });
    expect(items.get('vaccination')?.questions).toEqual(new Map([['vad-hander', { amne: ['smittsparning'] }]]));
    expect(items.get('vaccination')?.presenters).toBe('');
    expect(items.get('vaccination')?.answeredBy).toBe('SKR, FoHM');
    expect(items.get('vaccination')?.filters.person).toEqual([]);
  });

  it('knows the item of every heading: its own, or the item above a question', () => {
    expect(Object.fromEntries(itemOfHeading(record()))).toEqual({
      besoksforbud: 'besoksforbud',
      vaccination: 'vaccination',
      'vad-hander': 'vaccination',
    });
  });

  it('holds an item when it has every chosen value of the topic, agency and person filters (the year is the meeting’s)', () => {
    const item = itemsOf(record()).get('vaccination')!;
    expect(holds(item, {})).toBe(true);
    expect(holds(item, { aktor: 'fohm', amne: 'vaccination', ar: '1999' })).toBe(true);
    expect(holds(item, { aktor: 'ivo' })).toBe(false);
    expect(holds(item, { person: 'lotta-edman' })).toBe(false);
  });

  it('holds a question by its own topics and its item’s agencies and people, and an item when it or a question holds', () => {
    const item = itemsOf(record()).get('vaccination')!;
    expect(holdsAt(item, 'vaccination', { amne: 'smittsparning' })).toBe(false);
    expect(holdsAt(item, 'vad-hander', { amne: 'vaccination' })).toBe(false);
    expect(holdsAt(item, 'vad-hander', { amne: 'smittsparning', aktor: 'skr' })).toBe(true);
    expect(holdsAt(item, 'vad-hander', { aktor: 'ivo' })).toBe(false);
    expect(holds(item, { amne: 'smittsparning' })).toBe(true);
    expect(holds(item, { amne: 'besoksforbud' })).toBe(false);
  });

  it('gives an item’s first words up to what is added for search, with … when cut at the count', () => {
    const items = itemsOf(record());
    expect(firstWords(record(), items.get('besoksforbud')!)).toBe('Besöksförbudet gäller till och med februari.');
    expect(firstWords(record(), items.get('vaccination')!, 3)).toBe('Vaccinet kommer i …');
  });

  it('shows a question to its question mark or colon, else its first 16 words', () => {
    expect(questionText('Vad händer om man testar positivt? Svar: samma regler.')).toBe('Vad händer om man testar positivt?');
    expect(questionText('Läget: kommunerna rapporterar')).toBe('Läget:');
    const long = Array.from({ length: 20 }, (_, i) => `ord${i}`).join(' ');
    expect(questionText(long)).toBe(`${long.split(' ').slice(0, 16).join(' ')} …`);
    expect(questionText('Kort rubrik')).toBe('Kort rubrik');
  });
});
