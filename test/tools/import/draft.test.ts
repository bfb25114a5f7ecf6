/**
 * Writing an imported draft: the presenter parenthesis, the minutes file with
 * the line of each item's heading, and the report printed after an import.
 * Drafts are made by hand; the text the check would see is checked in memory.
 */
import type { Paragraph, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/check/process-file.ts';
import { readRegistries } from '../../../src/check/registry.ts';
import { diagnostic, formatDiagnostic } from '../../../src/core/diagnostics.ts';
import { importReport, presenterParenthesis, renderDraft } from '../../../src/tools/import/draft.ts';
import type { Draft, DraftItem } from '../../../src/tools/import/structure.ts';

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

function item(title: string, more: Partial<DraftItem> = {}): DraftItem {
  return { title, presenters: [], network: false, presentation: false, body: [], ...more };
}

function draft(more: Partial<Draft> = {}): Draft {
  return { date: undefined, title: undefined, items: [], intro: [], speakers: [], agencies: [], topics: [], notes: [], ...more };
}

describe('the presenter parenthesis', () => {
  it('groups names by the agency that follows them and separates the groups with &', () => {
    expect(
      presenterParenthesis(
        [
          { name: 'Greger Bengtsson', agency: 'SKR' },
          { name: 'Åsa Furén-Thulin', agency: 'SKR' },
          { name: 'Magnus Wallinder', agency: 'Socialstyrelsen' },
        ],
        false,
      ),
    ).toBe(' (Greger Bengtsson, Åsa Furén-Thulin, SKR & Magnus Wallinder, Socialstyrelsen)');
  });

  it('ends with "och nätverket" when the network took part', () => {
    expect(
      presenterParenthesis(
        [
          { name: 'Anders Tegnell', agency: 'FoHM' },
          { name: 'Emma Spak', agency: 'SKR' },
        ],
        true,
      ),
    ).toBe(' (Anders Tegnell, FoHM & Emma Spak, SKR och nätverket)');
  });

  it('names one agency again when its people are not next to each other', () => {
    expect(
      presenterParenthesis(
        [
          { name: 'Anna Berg', agency: 'SKR' },
          { name: 'Olle Ek', agency: 'FoHM' },
          { name: 'Eva Lund', agency: 'SKR' },
        ],
        false,
      ),
    ).toBe(' (Anna Berg, SKR & Olle Ek, FoHM & Eva Lund, SKR)');
  });

  it('writes names without an agency as they are', () => {
    expect(presenterParenthesis([{ name: 'Anna Berg' }, { name: 'Olle Ek', agency: 'FoHM' }], false)).toBe(' (Anna Berg & Olle Ek, FoHM)');
  });

  it('is nothing without presenters, also for the network’s own item', () => {
    expect(presenterParenthesis([], false)).toBe('');
    expect(presenterParenthesis([], true)).toBe('');
  });
});

const DRAFT = draft({
  date: '2021-03-02',
  title: 'Socialchefsnätverket 2 mars 2021',
  speakers: [{ name: 'Anders Tegnell', agency: 'FoHM' }],
  agencies: ['FoHM'],
  topics: ['Vaccination'],
  intro: [paragraph('Närvarande: 40 deltagare.')],
  items: [
    item('Lägesrapport', {
      presenters: [{ name: 'Anders Tegnell', agency: 'FoHM' }],
      body: [paragraph('Läget är stabilt.'), paragraph('Vaccinet levereras.')],
    }),
    item('Nätverkets övriga frågor', { network: true }),
    item('Ur presentationen: Lägesrapport', {
      presenters: [{ name: 'Anders Tegnell', agency: 'FoHM' }],
      presentation: true,
      body: [paragraph('Bild 1')],
    }),
  ],
});

describe('the draft minutes file', () => {
  it('is the front matter, the introduction and a ## section per item', () => {
    expect(renderDraft(DRAFT).text).toBe(
      [
        '---',
        'title: Socialchefsnätverket 2 mars 2021',
        'date: 2021-03-02',
        'speakers:',
        '  - name: Anders Tegnell',
        '    agency: FoHM',
        'agencies:',
        '  - FoHM',
        'topics:',
        '  - Vaccination',
        '---',
        '',
        'Närvarande: 40 deltagare.',
        '',
        '## Lägesrapport (Anders Tegnell, FoHM)',
        '',
        'Läget är stabilt.',
        '',
        'Vaccinet levereras.',
        '',
        '## Nätverkets övriga frågor',
        '',
        '## Ur presentationen: Lägesrapport (Anders Tegnell, FoHM)',
        '',
        'Bild 1',
        '',
      ].join('\n'),
    );
  });

  it('gives the line of each item’s ## heading', () => {
    const { text, itemLines } = renderDraft(DRAFT);
    expect(itemLines).toEqual([15, 21, 23]);
    const lines = text.split('\n');
    expect(itemLines.map((line) => lines[line - 1])).toEqual([
      '## Lägesrapport (Anders Tegnell, FoHM)',
      '## Nätverkets övriga frågor',
      '## Ur presentationen: Lägesrapport (Anders Tegnell, FoHM)',
    ]);
  });

  it('gives the right lines without an introduction, and with bodies of several lines', () => {
    const { text, itemLines } = renderDraft(
      draft({
        date: '2021-03-02',
        title: 'Möte',
        items: [
          item('Första', {
            body: [{ type: 'list', children: ['ett', 'två', 'tre'].map((t) => ({ type: 'listItem', children: [paragraph(t)] })) }],
          }),
          item('Andra', { body: [{ type: 'code', value: 'rad 1\nrad 2' } as RootContent] }),
          item('Tredje'),
        ],
      }),
    );
    const lines = text.split('\n');
    expect(itemLines.map((line) => lines[line - 1])).toEqual(['## Första', '## Andra', '## Tredje']);
    expect(lines.filter((line) => line.startsWith('## '))).toHaveLength(3);
  });

  it('has placeholders for the title and date it does not know, and empty lists', () => {
    expect(renderDraft(draft())).toEqual({
      text: '---\ntitle: Socialchefsnätverket\ndate: ÅÅÅÅ-MM-DD\nspeakers: []\nagencies: []\ntopics: []\n---\n',
      itemLines: [],
    });
  });

  it('escapes Markdown in an item’s title', () => {
    const { text, itemLines } = renderDraft(draft({ items: [item('*Viktigt* om [LSS]')] }));
    expect(text.split('\n')[itemLines[0]! - 1]).toBe('## \\*Viktigt\\* om \\[LSS]');
  });

  // A title that itself ends in a parenthesis (a Word heading "Statistik (preliminär)", imported with no
  // presenters) was written as "## Statistik (preliminär)", and the check read "preliminär" as a presenter.
  it('escapes a parenthesis that ends a title without presenters, so the check keeps it in the title', () => {
    const agencies = '- id: fohm\n  name: Folkhälsomyndigheten\n  short: FoHM\n';
    const { registries } = readRegistries(
      { path: 'minutes/agencies.yml', text: agencies, bytes: 0 },
      { path: 'minutes/topics.yml', text: '[]', bytes: 0 },
    );
    const { text, itemLines } = renderDraft(
      draft({
        date: '2021-03-02',
        title: 'Socialchefsnätverket 2 mars 2021',
        items: [item('Statistik (preliminär)', { body: [paragraph('Siffrorna för vecka 8.')] })],
      }),
    );
    expect(text.split('\n')[itemLines[0]! - 1]).toBe('## Statistik (preliminär\\)');
    const checked = processFile({ path: 'minutes/2021-03-02-socialchefsnatverket.md', text, bytes: text.length }, registries);
    expect(checked.diagnostics).toEqual([]);
    expect(checked.meeting?.items.map((i) => i.title)).toEqual(['Statistik (preliminär)']);
  });
});

describe('the import report', () => {
  const PATH = 'minutes/2021-03-02-socialchefsnatverket.md';
  const reported = draft({
    date: '2021-03-02',
    speakers: [
      { name: 'Anders Tegnell', agency: 'FoHM' },
      { name: 'Emma Spak', agency: 'SKR' },
    ],
    agencies: ['FoHM', 'SKR'],
    items: [item('Lägesrapport'), item('Frågor'), item('Ur presentationen', { presentation: true })],
    notes: [
      { kind: 'utelämnat', message: 'En bild på sidan 3.', item: 2 },
      { kind: 'gissning', message: 'Datumet 2021-03-02 från rubrikraden.' },
      { kind: 'granska', message: 'Parentesen stängdes aldrig.', item: 1 },
      { kind: 'gissning', message: '"Frågor" blev en dagordningspunkt utan föredragande.', item: 1 },
    ],
  });
  const warning = diagnostic(
    PATH,
    { line: 5, column: 11 },
    { id: 'name-near-duplicate', severity: 'warning' },
    'Personnamnet liknar ett annat.',
  );
  const error = diagnostic(
    PATH,
    { line: 17, column: 4 },
    { id: 'speaker-undeclared', severity: 'error' },
    'Personen saknas under speakers.',
  );

  it('counts the agenda items, speakers and agencies, groups the notes by kind and points at the items’ lines', () => {
    expect(importReport(reported, [12, 17, 25], PATH, [warning, error])).toBe(
      [
        `Utkastet skrevs till ${PATH}: 2 dagordningspunkter, 2 talare, 2 aktörer.`,
        '',
        'Gissat (kontrollera):',
        '  - Datumet 2021-03-02 från rubrikraden.',
        `  - ${PATH}:17: "Frågor" blev en dagordningspunkt utan föredragande.`,
        '',
        'Behöver granskas:',
        `  - ${PATH}:17: Parentesen stängdes aldrig.`,
        '',
        'Utelämnat:',
        `  - ${PATH}:25: En bild på sidan 3.`,
        '',
        'Kontrollen (npm run check) säger om utkastet:',
        `  - ${PATH}:5:11: varning: Personnamnet liknar ett annat. [name-near-duplicate]`,
        `  - ${PATH}:17:4: Personen saknas under speakers. [speaker-undeclared]`,
      ].join('\n'),
    );
  });

  it('prints the check’s problems as the check does', () => {
    const report = importReport(reported, [12, 17, 25], PATH, [warning, error]).split('\n');
    expect(report.slice(-2)).toEqual([`  - ${formatDiagnostic(warning)}`, `  - ${formatDiagnostic(error)}`]);
  });

  it('leaves out kinds without notes and says when the check found nothing', () => {
    expect(importReport(draft({ items: [item('Lägesrapport'), item('Frågor')] }), [8, 10], PATH, [])).toBe(
      [
        `Utkastet skrevs till ${PATH}: 2 dagordningspunkter, 0 talare, 0 aktörer.`,
        '',
        'Kontrollen (npm run check) hittade inga problem i utkastet.',
      ].join('\n'),
    );
  });

  // Bug: the first line always takes the plural ("1 dagordningspunkter, 1 talare, 1 aktörer"); Swedish wants
  // "1 dagordningspunkt" and "1 aktör" (count() in src/site/filters.ts does this for the pages).
  it('counts one agenda item and one agency in the singular', () => {
    const one = draft({ speakers: [{ name: 'Anders Tegnell', agency: 'FoHM' }], agencies: ['FoHM'], items: [item('Lägesrapport')] });
    expect(importReport(one, [8], PATH, []).split('\n')[0]).toBe(`Utkastet skrevs till ${PATH}: 1 dagordningspunkt, 1 talare, 1 aktör.`);
  });

  it('never prints an escape sequence from the document, in notes or in the check’s messages', () => {
    const hostile = draft({
      items: [item('Punkt')],
      notes: [{ kind: 'granska', message: 'Rubriken "\u001b]0;hackad\u0007" ser konstig ut.', item: 0 }],
    });
    const report = importReport(hostile, [8], PATH, [
      diagnostic(PATH, { line: 8, column: 4 }, { id: 'file-control-character', severity: 'error' }, 'Tecknet \u001b[2J står här.'),
    ]);
    expect(report).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(report).toContain(`  - ${PATH}:8: Rubriken "\\u001b]0;hackad\\u0007" ser konstig ut.`);
    expect(report).toContain(`  - ${PATH}:8:4: Tecknet \\u001b[2J står här. [file-control-character]`);
  });
});
