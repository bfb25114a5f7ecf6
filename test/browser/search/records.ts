/**
 * Pagefind records as the search page gets them, made by hand in the shape
 * `src/search/search.ts` writes them: a meeting with two items (one with a
 * question) and their item marks, and the question's mark with its own topic.
 */
import { ANSWERED_META, itemMark, PRESENTERS_META, questionMark } from '../../../src/core/search-contract.ts';
import type { PagefindAnchor, PagefindRecord, PagefindSubResult } from '../../../src/browser/search/pagefind.ts';

/** The record's text: its title, then each item's heading, text and what is added for search. */
export const CONTENT = [
  'Socialchefsnätverket 19 januari 2021.',
  'Besöksförbud',
  'Besöksförbudet gäller till och med februari. ⁂ Lotta Edman, FoHM ⁂ Folkhälsomyndigheten',
  'Vaccination',
  'Vaccinet kommer i vecka tre.',
  'Vad händer om man testar positivt efter första sprutan?',
  'FoHM: Samma rekommendationer gäller. ⁂ SKR',
].join(' ');

/** Where a word is among the record's words: Pagefind's locations count them. */
export const at = (word: string): number => CONTENT.split(/\s+/).indexOf(word);

const anchor = (element: string, id: string, text: string, location: number): PagefindAnchor => ({ element, id, text, location });

/** The meeting's anchors: each item's heading and mark (where its text starts), and item 2's question and its mark. */
export const ANCHORS: PagefindAnchor[] = [
  anchor('h2', 'besoksforbud', 'Besöksförbud', at('Besöksförbud')),
  anchor(
    'span',
    itemMark('besoksforbud', 'agenda', { amne: ['besoksforbud'], aktor: ['fohm'], person: ['lotta-edman'] }),
    '',
    at('Besöksförbudet'),
  ),
  anchor('h2', 'vaccination', 'Vaccination', at('Vaccination')),
  anchor('span', itemMark('vaccination', 'agenda', { amne: ['vaccination'], aktor: ['skr', 'fohm'], person: [] }), '', at('Vaccinet')),
  anchor('h3', 'vad-hander', 'Vad händer om man testar positivt efter första sprutan?', at('Vad')),
  anchor('span', questionMark('vad-hander', { amne: ['smittsparning'] }), '', at('FoHM:')),
];

/** A record of the meeting with `subResults` (default: none). */
export function record(subResults: PagefindSubResult[] = []): PagefindRecord {
  return {
    url: '/moten/2021-01-19/',
    content: CONTENT,
    excerpt: '',
    meta: {
      title: 'Socialchefsnätverket 19 januari 2021',
      date: '2021-01-19',
      [`${PRESENTERS_META}besoksforbud`]: 'Lotta Edman, FoHM',
      [`${ANSWERED_META}vaccination`]: 'SKR, FoHM',
      [`${ANSWERED_META}vad-hander`]: 'FoHM',
    },
    // Pagefind's order is not the record's.
    anchors: [...ANCHORS].reverse(),
    sub_results: subResults,
  };
}

/** A sub-result under `heading` (undefined: the record's own start), with matches at `locations` weighing `score` each. */
export function sub(heading: PagefindAnchor | undefined, locations: number[], excerpt = '', score = 1): PagefindSubResult {
  return {
    title: heading?.text ?? '',
    url: `/moten/2021-01-19/${heading ? `#${heading.id}` : ''}`,
    excerpt,
    ...(heading ? { anchor: heading } : {}),
    locations,
    weighted_locations: locations.map((location) => ({ location, weight: score, balanced_score: score })),
  };
}
