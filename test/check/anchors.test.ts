/**
 * Content anchors and the page's own ids live apart (issue 20 §3.5): a heading named like an element of
 * the meeting page ("Innehåll" is <main>'s `innehall`) gets an anchor of its own, so its deep link,
 * "Kopiera länk" and search results land on it. Proved for the cases found and for generated titles.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/check/process-file.ts';
import { textSource } from '../../src/check/source.ts';
import { PAGE_IDS, RESERVED_IDS } from '../../src/core/urls.ts';
import { exampleRegistries } from '../support/check.ts';

/** The anchors of a meeting with these `##` items, each with one `###` question of the same title. */
function anchorsOf(titles: readonly string[]): string[] {
  const body = titles.map((title) => `## ${title}\n\n### ${title}\n\nSvar.\n`).join('\n');
  const { meeting } = processFile(
    textSource('minutes/2021-03-02-socialchefsnatverket.md', `---\ntitle: Möte\ndate: 2021-03-02\n---\n\n${body}`),
    exampleRegistries,
  );
  return (meeting?.items ?? []).flatMap((item) => [item.anchor, ...item.questions.map((q) => q.anchor)]);
}

describe('a heading named like an element of the page', () => {
  it('gets an anchor of its own: Innehåll, Sök sidhuvud and the preview’s message box keep theirs', () => {
    expect(anchorsOf(['Innehåll', 'Sök sidhuvud', 'Minnesarkivet meddelanden'])).toEqual([
      'innehall-2',
      'innehall-3',
      'sok-sidhuvud-2',
      'sok-sidhuvud-3',
      'minnesarkivet-meddelanden-2',
      'minnesarkivet-meddelanden-3',
    ]);
    expect(PAGE_IDS.main).toBe('innehall');
  });
});

describe('generated titles', () => {
  const word = fc.constantFrom(
    'innehåll',
    'sök',
    'sidhuvud',
    'Dagordning',
    'rubrik',
    'minnesarkivet',
    'meddelanden',
    'Beslut',
    'och',
    'uppföljning',
    '2',
    'läget',
    '-',
  );
  const title = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

  test.prop([fc.array(title, { minLength: 1, maxLength: 8 })], { seed: Number(process.env.FC_SEED ?? 20261123) })(
    'never take a page id, and never one another’s',
    (titles) => {
      const anchors = anchorsOf(titles);
      expect(anchors).toHaveLength(titles.length * 2);
      expect(anchors.filter((a) => RESERVED_IDS.has(a))).toEqual([]);
      expect(new Set(anchors).size).toBe(anchors.length);
    },
  );
});
