/**
 * Which parts of a split index a query is asked of (`browser/search/parts.ts`), over key files made by
 * `keyFiles` from the keys of each part: the parts a single index would find the query in. The browser test
 * (`test/e2e/search.browser.test.ts`) compares a split index's results with one index's in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { partChooser } from '../../../src/browser/search/parts.ts';
import { keyFiles } from '../../../src/search/pagefind-keys.ts';

/** A chooser over parts `a`, `b`, `c` with these keys, and the key files it read. */
function chooser(parts: Record<string, string[]>) {
  const files = keyFiles(Object.values(parts));
  const read: string[] = [];
  const choose = partChooser(Object.keys(parts), async (file) => {
    read.push(file);
    const text = files.get(file);
    return text === undefined ? undefined : JSON.parse(text);
  });
  return { choose, read, files };
}

const PARTS = {
  a: ['besok', 'besoksforbud', 'vaccin', 'pa', 'aldreboend', 'a'],
  b: ['besok', 'vaccination', 'pa', 'ivo', 'tillsyn'],
  c: ['besokar', 'vaccin', 'ivo', 'x'],
};

describe('the parts a query is asked of', () => {
  it('are those with a key that begins with each term’s stem, not those that would fall back to a shorter key', async () => {
    const { choose } = chooser(PARTS);
    expect(await choose('besöksförbud')).toEqual(['a']);
    expect(await choose('Besöksförbud på äldreboenden')).toEqual(['a']);
    expect(await choose('besök')).toEqual(['a', 'b', 'c']);
    expect(await choose('vaccin')).toEqual(['a', 'b', 'c']);
    expect(await choose('vaccination')).toEqual(['b']);
    expect(await choose('IVO:s tillsyn')).toEqual(['b']);
  });

  it('are those with the longest key that begins the stem, when no part has one that begins with it', async () => {
    const { choose } = chooser(PARTS);
    // "besoksregler": no key begins with it; "besok" begins it, in a and b ("besokar" does not).
    expect(await choose('besöksregler')).toEqual(['a', 'b']);
    // "xylofon": only the one-letter key "x" begins it.
    expect(await choose('xylofon')).toEqual(['c']);
  });

  it('are chosen by the other terms when a term is in no part at all (Pagefind ignores it), and none when no part has every term', async () => {
    const { choose } = chooser(PARTS);
    expect(await choose('vaccination zzqx')).toEqual(['b']);
    expect(await choose('zzqx')).toEqual(['a', 'b', 'c']);
    expect(await choose('besöksförbud tillsyn')).toEqual([]);
  });

  it('are those that hold each key of a phrase exactly', async () => {
    const { choose } = chooser(PARTS);
    expect(await choose('"vaccin"')).toEqual(['a', 'c']);
    expect(await choose('"besök på"')).toEqual(['a', 'b']);
    expect(await choose('"besöksregler"')).toEqual([]);
  });

  it('are all of them for a search without words, and for one letter those with a key that begins with it', async () => {
    const { choose } = chooser(PARTS);
    expect(await choose(null)).toEqual(['a', 'b', 'c']);
    expect(await choose('x')).toEqual(['c']);
    expect(await choose('i')).toEqual(['b', 'c']);
    expect(await choose('å')).toEqual(['a']);
  });

  it('reads only the files its terms need, each once', async () => {
    const { choose, read } = chooser(PARTS);
    await choose('vaccin');
    await choose('vaccination vaccin');
    expect(read).toEqual(['va.json']);
  });
});

describe('the key files', () => {
  it('give each key its parts as a bit mask, grouped by the first two characters, one-character keys apart', () => {
    const files = keyFiles([
      ['besok', 'ivo', 'a', 'øre'],
      ['besoksforbud', 'besok', 'a'],
    ]);
    expect([...files.keys()]).toEqual(['tecken.json', '_r.json', 'be.json', 'iv.json']);
    expect(JSON.parse(files.get('be.json')!)).toEqual({ besok: '3', besoksforbud: '2' });
    expect(JSON.parse(files.get('_r.json')!)).toEqual({ øre: '1' });
    expect(JSON.parse(files.get('tecken.json')!)).toEqual({ single: { a: '3' }, first: { a: '3', b: '3', i: '1', ø: '1' } });
  });
});
