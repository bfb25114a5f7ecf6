import { describe, expect, it } from 'vitest';
import { copiedText } from '../../../src/browser/page/copy-link.ts';

describe('"Kopiera länk"', () => {
  it('says the address copied, or the address to copy by hand', () => {
    const url = 'https://example.se/moten/2021-01-19/#besoksforbud';
    expect(copiedText(url, true)).toBe(`Länken är kopierad: ${url}`);
    expect(copiedText(url, false)).toBe(`Det gick inte att kopiera. Adressen är ${url}`);
  });
});
