/**
 * The import's size check cannot be bypassed (issue 20 §3.8): every part of a Word document counts against
 * the limit whatever its name, and a document whose ZIP directory declares parts smaller than they are is
 * refused in Swedish, naming the file, after unpacking no more than it declares.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { runImport } from './run-import.ts';
import { unzip, zeroBomb, zip } from './zip.ts';

const TITLE = 'Minnesanteckningar Socialchefsnätverket 13 april 2021';

async function wordParts(text: string): Promise<Map<string, Buffer>> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph(TITLE),
          new Paragraph({ text: 'Lägesrapport (Michaela Prochazka, Socialstyrelsen)' }),
          new Paragraph({ children: [new TextRun(text)] }),
        ],
      },
    ],
  });
  return unzip(await Packer.toBuffer(document));
}

/** The document's main part moved to word/document.dat, with the relations and content types that lead mammoth to it. */
function renamedMainPart(parts: Map<string, Buffer>): Buffer {
  const renamed = [...parts].map(([name, data]) => {
    const text = data.toString('utf8');
    if (name === 'word/document.xml') return { name: 'word/document.dat', data };
    if (name === 'word/_rels/document.xml.rels') return { name: 'word/_rels/document.dat.rels', data };
    if (name === '_rels/.rels') return { name, data: Buffer.from(text.replace('word/document.xml', 'word/document.dat')) };
    if (name === '[Content_Types].xml') return { name, data: Buffer.from(text.replace('/word/document.xml', '/word/document.dat')) };
    return { name, data };
  });
  return zip(renamed);
}

describe("a Word document's size", () => {
  it('counts a main part renamed word/document.dat, which mammoth reads', async () => {
    const small = await runImport('liten.docx', renamedMainPart(await wordParts('Läget är stabilt.')));
    expect(small.code, small.out).toBe(0);
    expect(small.draft).toContain('Läget är stabilt.');

    const big = await runImport('stor.docx', renamedMainPart(await wordParts('ord '.repeat(5_000_000))));
    expect(big.code).toBe(1);
    expect(big.out).toContain('Dokumentet stor.docx är för stort att importera: uppackat är texten 19 MB');
    expect(big.draft).toBeUndefined();
  });

  it('refuses a part that unpacks to more than the ZIP directory declares, in Swedish', async () => {
    const parts = await wordParts('ord '.repeat(5_000_000));
    const lying = zip(
      [...parts].map(([name, data]) => (name === 'word/document.xml' ? { name, data, declaredSize: 1000 } : { name, data })),
    );
    const run = await runImport('ljuger.docx', lying);
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      'Filen ljuger.docx är inte ett Word-dokument (.docx) som kan läsas: delen word/document.xml är större uppackad än filens innehållsförteckning säger (1000 byte), så filen är trasig eller manipulerad. Öppna dokumentet i Word och spara det igen som .docx, eller spara det som .txt och importera den. Ingenting skrevs.\n',
    );
    expect(run.draft).toBeUndefined();
  });

  it('refuses 2 GB declared as 1 kB after unpacking about that much, not the 2 GB', async () => {
    const parts = await wordParts('Läget är stabilt.');
    const bomb = zip([
      ...[...parts].map(([name, data]) => ({ name, data })),
      { name: 'word/media/image1.png', deflated: zeroBomb(2048), declaredSize: 1024 },
    ]);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const started = performance.now();
    const run = await runImport('bomb.docx', bomb);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'Filen bomb.docx är inte ett Word-dokument (.docx) som kan läsas: delen word/media/image1.png är större uppackad',
    );
    expect(run.out).not.toMatch(/Bug|mismatch|heap/i);
  });

  it('refuses a part that unpacks to less than declared, in Swedish, not with jszip\'s "size mismatch"', async () => {
    const parts = await wordParts('Läget är stabilt.');
    const lying = zip(
      [...parts].map(([name, data]) => (name === 'word/styles.xml' ? { name, data, declaredSize: data.length + 10 } : { name, data })),
    );
    const run = await runImport('kort.docx', lying);
    expect(run.code).toBe(1);
    expect(run.out).toContain('Filen kort.docx är inte ett Word-dokument (.docx) som kan läsas: delen word/styles.xml är mindre uppackad');
  });
});
