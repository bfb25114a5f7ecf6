import { describe, expect, it } from 'vitest';
import { itemHits } from '../../../src/browser/search/hits.ts';
import { anchorHref, itemList, ITEMS_SHOWN, resultView } from '../../../src/browser/search/result-view.ts';
import { ANCHORS, at, record, sub } from './records.ts';

const [besok, , vaccination] = ANCHORS;

describe('a meeting found', () => {
  it('has its date in Swedish, its title (around the date when it gives it) and its page', () => {
    const view = resultView(record(), { filters: { ar: '2021' }, searched: false, terms: [] });
    expect(view).toMatchObject({
      url: '/moten/2021-01-19/',
      title: 'Socialchefsnätverket 19 januari 2021',
      date: '2021-01-19',
      dateText: '19 januari 2021',
      titleParts: { before: 'Socialchefsnätverket ', after: '' },
    });
    // A title without its date: the date is shown apart.
    const plain = record();
    plain.meta.title = 'Extra möte';
    expect(resultView(plain, { filters: {}, searched: false, terms: [] }).titleParts).toBeUndefined();
  });

  it('with only the year chosen, says how many items the meeting has', () => {
    expect(resultView(record(), { filters: { ar: '2021' }, searched: false, terms: [] }).body).toEqual({
      kind: 'count',
      text: '2 punkter på mötet.',
    });
  });

  it('with a filter and no words, lists every item the filter holds', () => {
    const body = resultView(record(), { filters: { aktor: 'skr' }, searched: false, terms: [] }).body;
    expect(body.kind === 'items' && body.items.hits.map((hit) => hit.item.id)).toEqual(['vaccination']);
  });

  it('with words, lists the items that matched', () => {
    const body = resultView(record([sub(vaccination, [at('Vaccinet')])]), { filters: {}, searched: true, terms: ['vaccinet'] }).body;
    expect(body.kind === 'items' && body.items).toMatchObject({ hits: [{ item: { id: 'vaccination' } }] });
  });

  it('says where the words are when no item the filters hold has them', () => {
    const inTitle = resultView(record([sub(undefined, [at('Socialchefsnätverket')], 'Socialchefsnätverket')]), {
      filters: {},
      searched: true,
      terms: ['x'],
    }).body;
    expect(inTitle).toEqual({ kind: 'note', html: 'Sökorden står i mötets rubrik eller inledning.' });
    const elsewhere = resultView(record([sub(vaccination, [at('Vaccinet')])]), {
      filters: { person: 'lotta-edman' },
      searched: true,
      terms: ['x'],
    }).body;
    expect(elsewhere).toMatchObject({
      kind: 'note',
      html: 'Sökorden står i mötets andra punkter. Punkterna som avgränsningen gäller:',
      items: { hits: [{ item: { id: 'besoksforbud' } }] },
    });
  });

  it('lists the first few items and links to the meeting for the rest', () => {
    const hits = itemHits(record([sub(besok, [at('Besöksförbudet')]), sub(vaccination, [at('Vaccinet')])]), {}, []);
    expect(ITEMS_SHOWN).toBe(3);
    expect(itemList(hits, 'med träff ').more).toBeUndefined();
    const list = itemList(hits, 'med träff ', 1);
    expect(list.hits).toHaveLength(1);
    expect(list.more).toBe('1 punkt till med träff på mötet');
    expect(itemList([...hits, ...hits, ...hits], '').more).toBe('3 punkter till på mötet');
  });

  it('links an item by the meeting page’s path and the item’s anchor', () => {
    expect(anchorHref('/moten/2021-01-19/', 'besoksforbud', 'http://127.0.0.1:8080/sok/?q=x')).toBe('/moten/2021-01-19/#besoksforbud');
    expect(anchorHref('/arkiv/moten/2021-01-19/', 'läget', 'https://example.se/arkiv/sok/')).toBe('/arkiv/moten/2021-01-19/#l%C3%A4get');
  });
});
