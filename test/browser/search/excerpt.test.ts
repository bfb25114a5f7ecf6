import { describe, expect, it } from 'vitest';
import { decodePagefind, excerptFor, excerptHtml } from '../../../src/browser/search/excerpt.ts';

describe('excerpts', () => {
  it('are escaped text but for Pagefind’s marks', () => {
    expect(excerptHtml('<img src=x> & "<mark>vaccin</mark>"')).toBe('&lt;img src=x&gt; &amp; &quot;<mark>vaccin</mark>&quot;');
  });

  it('undo Pagefind’s escaping once, so that nothing is escaped twice', () => {
    expect(decodePagefind('&lt;b&gt; &amp;lt; &quot;x&quot; &#39;y&#39;')).toBe('<b> &lt; "x" \'y\'');
    expect(excerptFor('om &lt;img&gt; och <mark>vaccinet</mark> i vecka tre', 'start')).toBe(
      'om &lt;img&gt; och <mark>vaccinet</mark> i vecka tre …',
    );
  });

  it('stop where the names added for search begin', () => {
    expect(excerptFor('Besöksförbudet gäller till och <mark>med</mark> februari. ⁂ Lotta Edman, FoHM', 'start')).toBe(
      'Besöksförbudet gäller till och <mark>med</mark> februari. …',
    );
  });

  it('are the item’s start when the match is only in the added names, or too short', () => {
    expect(excerptFor('Besöksförbudet gäller till och med februari. ⁂ <mark>FoHM</mark>', 'Besöksförbudet …')).toBe('Besöksförbudet …');
    expect(excerptFor('om <mark>vaccinet</mark> nu', 'Vaccinet & mer')).toBe('Vaccinet &amp; mer');
    expect(excerptFor(undefined, undefined)).toBe('');
  });
});
