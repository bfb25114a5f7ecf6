/**
 * Mammoth's English messages (issue 19) reach the secretary in Swedish: each known one translated in the
 * import's report with the document's file name, an unknown one passed on behind a Swedish lead-in, and
 * more than three of one kind folded into one line with the count.
 */
import { Document, HeadingLevel, Packer, Paragraph, SymbolRun, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { mammothMessageLines } from '../../../src/tools/import/mammoth-messages.ts';
import { runImport } from './run-import.ts';

const CHARACTER_STYLES = ['Betoning A', 'Betoning B', 'Betoning C', 'Betoning D', 'Betoning E', 'Betoning F'];

async function documentWithUnknownStyles(): Promise<Buffer> {
  const document = new Document({
    styles: {
      paragraphStyles: [{ id: 'Rubrik1', name: 'Rubrik 1', run: {} }],
      characterStyles: CHARACTER_STYLES.map((name) => ({ id: name.replace(' ', ''), name, run: {} })),
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Minnesanteckningar Socialchefsnätverket 13 april 2021', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Lägesrapport (Michaela Prochazka, Socialstyrelsen)', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Läget i kommunerna', style: 'Rubrik1' }),
          new Paragraph({ text: 'Läget är stabilt.', style: 'Saknas' }),
          new Paragraph({ children: CHARACTER_STYLES.map((name) => new TextRun({ text: `${name}. `, style: name.replace(' ', '') })) }),
          new Paragraph({ children: [new TextRun('Symbol: '), new SymbolRun({ char: 'F0FF', symbolfont: 'Okänt typsnitt' })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe("mammoth's messages in the import's report", () => {
  it('are said in Swedish with the file name, and more than three of a kind in one line', async () => {
    const run = await runImport('anteckningar.docx', await documentWithUnknownStyles());
    expect(run.code, run.out).toBe(0);
    const report = run.out.split('\n');
    expect(report).toContain('  - anteckningar.docx: Okänt styckeformat "Rubrik 1" (format-id Rubrik1): stycket läses som vanlig text.');
    expect(report).toContain(
      '  - anteckningar.docx: Formatet med format-id Saknas (stycke) används men finns inte i dokumentet: texten läses utan formatet.',
    );
    expect(report).toContain('  - anteckningar.docx: Okänt styckeformat med format-id Saknas: stycket läses som vanlig text.');
    expect(report).toContain(
      '  - anteckningar.docx: 6 okända teckenformat ("Betoning A", "Betoning B", "Betoning C", "Betoning D", "Betoning E" och 1 till): texten läses utan formaten.',
    );
    expect(report).toContain(
      '  - anteckningar.docx: Ett symboltecken (F0FF i typsnittet Okänt typsnitt) kan inte visas som text och hoppades över.',
    );
    expect(run.out).not.toMatch(/Unrecognised|was referenced|was ignored|Style ID/);
    expect(run.draft).toContain('Läget i kommunerna');
  });

  it('pass an unknown message on behind a Swedish lead-in, and fold its repeats', () => {
    const unknown = { type: 'warning', message: 'Something new happened' };
    expect(mammothMessageLines([unknown], 'a.docx')).toEqual([
      'a.docx: Word-läsaren (mammoth) varnade, på engelska: "Something new happened"',
    ]);
    expect(mammothMessageLines([unknown, unknown, unknown, unknown, { type: 'error', message: 'Boom' }], 'a.docx')).toEqual([
      'a.docx: Word-läsaren (mammoth) varnade, på engelska: "Something new happened" (4 gånger)',
      'a.docx: Word-läsaren (mammoth) rapporterade ett fel, på engelska: "Boom"',
    ]);
    const fields = Array.from({ length: 3 }, () => ({
      type: 'warning',
      message: 'Ignoring complex field end character without corresponding start character',
    }));
    expect(mammothMessageLines(fields, 'a.docx')).toHaveLength(3);
    expect(mammothMessageLines([...fields, ...fields], 'a.docx')).toEqual([
      'a.docx: Ett fält (till exempel ett datum, ett sidnummer eller en innehållsförteckning) var ofullständigt; dess text läses som vanlig text. (6 gånger)',
    ]);
  });
});
