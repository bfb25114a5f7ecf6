/**
 * An agenda item's Markdown as plain text (for search and excerpts) and as
 * sanitized HTML (for the page). The nodes are parsed here with remark-parse
 * and the GFM table extension, as the check does.
 */
import type { Root, RootContent } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { excerpt, startOf, toPlainText, toSafeHtml } from '../../src/check/markdown.ts';

const parser = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [gfmTable()])
  .data('fromMarkdownExtensions', [gfmTableFromMarkdown()]);

/** The block nodes of a Markdown text. */
const nodes = (markdown: string): RootContent[] => (parser.parse(markdown) as Root).children;

describe('plain text', () => {
  it('separates blocks by a blank line and joins the lines of a paragraph', () => {
    expect(toPlainText(nodes('Första stycket med *betoning*\noch en radbrytning.\n\n### Fråga om vaccin\n\nSvar: **ja**.'))).toBe(
      'Första stycket med betoning och en radbrytning.\n\nFråga om vaccin\n\nSvar: ja.',
    );
  });

  it('puts list items, nested items and quoted paragraphs on lines of their own', () => {
    expect(toPlainText(nodes('- ett\n- två\n  - två a\n\n> citat ett\n>\n> citat två\n\nSlut.'))).toBe(
      'ett\ntvå\ntvå a\n\ncitat ett\ncitat två\n\nSlut.',
    );
  });

  it('leaves raw HTML out, as blocks and inside a paragraph', () => {
    expect(toPlainText(nodes('<div class="x">rå html</div>\n\nText <b>fet</b> och <!-- anteckning --> slut.'))).toBe('Text fet och slut.');
  });

  it('keeps the text of links, and of tables a cell per line', () => {
    expect(toPlainText(nodes('Se [SKR:s webb](https://skr.se/).\n\n| Region | Antal |\n| --- | --- |\n| Skåne | 12 |'))).toBe(
      'Se SKR:s webb.\n\nRegion\nAntal\nSkåne\n12',
    );
  });

  it('is empty for no nodes', () => {
    expect(toPlainText([])).toBe('');
  });
});

describe('an excerpt', () => {
  it('is a short text unchanged', () => {
    expect(excerpt('Avser 7-13 januari. Se PPT.')).toBe('Avser 7-13 januari. Se PPT.');
  });

  it('turns line breaks into sentences and runs of spaces into one', () => {
    expect(excerpt('Rad ett\nRad två\n\nFråga?\nSvar  här.')).toBe('Rad ett. Rad två. Fråga? Svar här.');
  });

  it('is cut at a word boundary with " …" when the text is longer', () => {
    expect(excerpt('Socialstyrelsen rapporterar om läget i landets kommuner', 20)).toBe('Socialstyrelsen …');
  });

  it('drops punctuation left at the cut', () => {
    expect(excerpt('Läget är bra, men resten av veckan blir svår', 14)).toBe('Läget är bra …');
  });

  it('is cut inside a word when no space comes late enough', () => {
    expect(excerpt(`${'a'.repeat(300)} slut`)).toBe(`${'a'.repeat(220)} …`);
  });

  it('keeps a text of exactly the maximum length and cuts one a character longer', () => {
    const words = 'ordet '.repeat(40);
    const exact = words.slice(0, 220);
    expect(exact).toHaveLength(220);
    expect(excerpt(exact)).toBe(exact.trim());
    expect(excerpt(`${exact}x`)).toBe(`${'ordet '.repeat(36).trim()} …`);
  });
});

describe('safe HTML', () => {
  it('keeps paragraphs, emphasis, lists and links with https:, http: and mailto:', () => {
    expect(
      toSafeHtml(nodes('Text med *betoning* och [SKR](https://skr.se/).\n\n- [FoHM](http://fohm.se/)\n- [Mejl](mailto:info@skr.se)')),
    ).toBe(
      '<p>Text med <em>betoning</em> och <a href="https://skr.se/">SKR</a>.</p>\n<ul>\n<li><a href="http://fohm.se/">FoHM</a></li>\n<li><a href="mailto:info@skr.se">Mejl</a></li>\n</ul>',
    );
  });

  it('drops scripts and other raw HTML, keeping the text around them', () => {
    expect(
      toSafeHtml(nodes('<script>alert(1)</script>\n\nText <b onclick="x()">fet</b> slut.\n\n<iframe src="https://x.se"></iframe>')),
    ).toBe('<p>Text fet slut.</p>');
  });

  it('shows an image with a javascript: or data: address as its alt text, never as an <img> without src (issue 20 §3.14)', () => {
    expect(
      toSafeHtml(nodes('Se ![diagram](javascript:alert(1)) och ![](data:image/png;base64,AAAA) och ![foto](https://a.se/b.png).')),
    ).toBe('<p>Se diagram och  och <img src="https://a.se/b.png" alt="foto">.</p>');
  });

  it('takes the address off a javascript: or data: link and keeps its text', () => {
    expect(toSafeHtml(nodes('[klicka](javascript:alert(1)) och [bild](data:text/html;base64,PHNjcmlwdD4=)'))).toBe(
      '<p><a>klicka</a> och <a>bild</a></p>',
    );
  });

  it('keeps tables', () => {
    expect(toSafeHtml(nodes('| Region | Antal |\n| --- | --- |\n| Skåne | 12 |'))).toBe(
      '<div class="table-scroll" tabindex="0"><table>\n<thead>\n<tr>\n<th>Region</th>\n<th>Antal</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Skåne</td>\n<td>12</td>\n</tr>\n</tbody>\n</table></div>',
    );
  });

  it('is empty for no nodes', () => {
    expect(toSafeHtml([])).toBe('');
  });
});

describe('the start of a node', () => {
  it('is its line and column, or the start of the file for a node made by hand', () => {
    const [, second] = nodes('Ett.\n\n  Två.');
    expect(startOf(second!)).toEqual({ line: 3, column: 3 });
    expect(startOf({ type: 'paragraph', children: [] })).toEqual({ line: 1, column: 1 });
  });
});
