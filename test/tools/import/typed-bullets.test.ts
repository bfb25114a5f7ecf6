/**
 * Bullets typed as text (issue 19): a Word document or a text export whose bullets are characters at the
 * start of ordinary paragraphs ("· ", "• ", "– ", "- "), not a list style, imports them as one Markdown
 * list, never as `###` questions or plain paragraphs.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { draftBody, runImport } from './run-import.ts';

const EXPECTED = `## Lägesrapport (Michaela Prochazka, Socialstyrelsen)

Läget är stabilt.

- Hur går det med vaccinet?
- Fler **doser** i maj
- Kommunerna rapporterar
- Sista punkten

Efter listan.
`;

describe('bullets typed as text', () => {
  it('in a Word document become one Markdown list, formatting kept', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Minnesanteckningar Socialchefsnätverket 13 april 2021', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Lägesrapport (Michaela Prochazka, Socialstyrelsen)', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Läget är stabilt.' }),
            new Paragraph({ text: '· Hur går det med vaccinet?' }),
            new Paragraph({ children: [new TextRun('•\tFler '), new TextRun({ text: 'doser', bold: true }), new TextRun(' i maj')] }),
            new Paragraph({ children: [new TextRun('–'), new TextRun(' Kommunerna rapporterar')] }),
            new Paragraph({ text: '- Sista punkten' }),
            new Paragraph({ text: 'Efter listan.' }),
          ],
        },
      ],
    });
    const run = await runImport('anteckningar.docx', await Packer.toBuffer(document));
    expect(run.code, run.out).toBe(0);
    expect(draftBody(run.draft)).toBe(EXPECTED);
    expect(run.out).toContain('1 dagordningspunkt');
    expect(run.out).not.toContain('Fler doser i maj" blev en dagordningspunkt');
  });

  it("in a text export, Word's Symbol bullet (U+F0B7) among them, become one Markdown list", async () => {
    const text = [
      'Minnesanteckningar Socialchefsnätverket 13 april 2021',
      'Lägesrapport (Michaela Prochazka, Socialstyrelsen)',
      'Läget är stabilt.',
      '\uF0B7\tHur går det med vaccinet?',
      '•\tFler doser i maj',
      '– Kommunerna rapporterar',
      '- Sista punkten',
      'Efter listan.',
    ].join('\r\n');
    const run = await runImport('anteckningar.txt', text);
    expect(run.code, run.out).toBe(0);
    expect(draftBody(run.draft)).toBe(EXPECTED.replace('**doser**', 'doser'));
  });
});
