import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  correctionEdits,
  itemMark,
  ITEM_MARK,
  NARROW_SCREEN,
  parseItemMark,
  VOCABULARY_MIN_LENGTH,
} from '../../src/core/search-contract.ts';
import { searchVocabulary } from '../../src/search/search.ts';
import { ROOT } from '../support/helpers.ts';

describe('the item marks', () => {
  it('are read back as they are written', () => {
    const filters = { amne: ['vaccination', 'besoksforbud'], aktor: ['fohm'], person: [] };
    const mark = itemMark('lagesrapport-2', 'presentation', filters);
    expect(mark).toBe('punkt|lagesrapport-2|typ=presentation|amne=vaccination,besoksforbud|aktor=fohm|person=');
    expect(parseItemMark(mark)).toEqual({ anchor: 'lagesrapport-2', kind: 'presentation', filters });
  });

  it('are only the ids that start with the mark', () => {
    for (const id of ['punkt', 'punkt-2', 'lagesrapport', `x|${ITEM_MARK}|a`]) expect(parseItemMark(id), id).toBeUndefined();
    expect(parseItemMark('punkt|a|konstigt')).toEqual({ anchor: 'a', kind: undefined, filters: {} });
  });
});

describe('the thresholds of the search page’s help', () => {
  it('allow 2 edits, 3 from 8 letters', () => {
    expect([3, 7, 8, 12].map(correctionEdits)).toEqual([2, 2, 3, 3]);
  });

  it('look up the words the build’s word files hold: none shorter than the shortest', () => {
    const text = 'Ja nu är IVO:s besked om FoHM klart';
    const item = { title: 'Ab', text };
    const words = [
      ...searchVocabulary({
        meetings: [{ title: '', introText: '' }],
        items: [item],
        people: [],
        agencies: [],
      } as never).values(),
    ].flat();
    expect(words.length).toBeGreaterThan(0);
    expect(Math.min(...words.map((w) => w.length))).toBe(VOCABULARY_MIN_LENGTH);
    expect(words).not.toContain('nu');
  });
});

describe('the narrow screen', () => {
  it('is the one media query of the narrow layout in style.css, which names the constant beside it', async () => {
    const css = await readFile(path.join(ROOT, 'templates/assets/style.css'), 'utf8');
    const widths = [...css.matchAll(/@media[^{]*\(max-width:[^)]*\)/g)].map((m) => m[0]);
    expect(widths).toEqual([`@media ${NARROW_SCREEN}`]);
    expect(css).toMatch(
      new RegExp(`NARROW_SCREEN in src/core/search-contract\\.ts[^\\n]*\\n@media ${NARROW_SCREEN.replace(/[()]/g, '\\$&')}`),
    );
  });
});
