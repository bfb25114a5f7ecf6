import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeText, textBlocks } from '../../src/tools/import/blocks.ts';
import { importDocument } from '../../src/tools/import/import-document.ts';
import { readAgendaLine, readTitleLine } from '../../src/tools/import/structure.ts';
import type { ArchiveIndex } from '../../src/core/index-schema.ts';
import { loadArchive } from '../../src/check/load.ts';
import { checkArchive } from '../../src/build/pipeline.ts';
import { readRegistries, type Registries } from '../../src/check/registry.ts';
import { importCommand } from '../../src/cli/import.ts';
import { runCaptured } from '../support/command.ts';
import { copyToTemp, ROOT, tempDir } from '../support/helpers.ts';
import { runImport } from './import/run-import.ts';

const SEEDS = path.join(ROOT, 'test/fixtures/seeds');
let registries: Registries;
let curated: ArchiveIndex;

beforeAll(async () => {
  const loaded = await loadArchive(path.join(ROOT, 'minutes'));
  registries = readRegistries(loaded.agencies, loaded.topics).registries;
  curated = (await checkArchive(path.join(ROOT, 'minutes'))).index!;
});

/** Checks a draft the way npm run check does, beside the registries, and returns its index and problems. */
async function checkDraft(text: string, date: string) {
  const dir = await copyToTemp('minutes');
  for (const file of await readdir(dir)) if (file.endsWith('.md')) await rm(path.join(dir, file));
  await writeFile(path.join(dir, `${date}-socialchefsnatverket.md`), text);
  return checkArchive(dir);
}

/** Agenda items as "title | Name (agency), …" lines, from an index. */
function agenda(index: ArchiveIndex, meetingId: string): string[] {
  const name = (id: string) => index.people.find((p) => p.id === id)?.name;
  return index.items
    .filter((i) => i.meetingId === meetingId && i.kind === 'agenda')
    .map(
      (i) => `${i.title} | ${i.presenters.map((p) => `${name(p.personId)} (${p.agencyId})`).join(', ')}${i.network ? ' + nätverket' : ''}`,
    );
}

describe('reading the title line and agenda lines', () => {
  it('takes the date and title from "Minnesanteckningar Socialchefsnätverket 2 mars 2021"', () => {
    expect(readTitleLine('Minnesanteckningar Socialchefsnätverket 2 mars 2021')).toEqual({
      date: '2021-03-02',
      title: 'Socialchefsnätverket 2 mars 2021',
    });
    expect(readTitleLine('Minnesanteckningar Socialchefsnätverket 30 februari 2021')).toBeUndefined();
    expect(readTitleLine('Lägesrapport')).toBeUndefined();
  });

  it('reads "Rubrik (Namn, Namn, Myndighet & Namn, Myndighet)" and not a link text with a parenthesis', () => {
    expect(
      readAgendaLine('Personlig assistans (Greger Bengtsson, Åsa Furén-Thulin, SKR & Magnus Wallinder, Socialstyrelsen)', registries),
    ).toMatchObject({
      title: 'Personlig assistans',
      presenters: [
        { name: 'Greger Bengtsson', agency: 'SKR' },
        { name: 'Åsa Furén-Thulin', agency: 'SKR' },
        { name: 'Magnus Wallinder', agency: 'Socialstyrelsen' },
      ],
      closed: true,
    });
    expect(readAgendaLine('Vaccinationer mot covid-19 – FoHM (arcgis.com)', registries)).toBeUndefined();
    expect(readAgendaLine('Diskussion (Anders Tegnell, FoHM och nätverket', registries)).toMatchObject({ closed: false, network: true });
  });

  it('reads Windows-1252 text instead of garbling it', () => {
    const bytes = new Uint8Array([0x4d, 0xf6, 0x74, 0x65]);
    expect(decodeText(bytes)).toEqual({ text: 'Möte', encoding: 'Windows-1252' });
    expect(textBlocks('· en\n· två\nStycke')).toMatchObject([
      { kind: 'list', text: 'en\ntvå' },
      { kind: 'paragraph', text: 'Stycke' },
    ]);
  });
});

describe.each([
  ['2021-01-19-socialchefsnatverket.txt', '2021-01-19'],
  ['2021-03-02-socialchefsnatverket.txt', '2021-03-02'],
])('importing the seed text %s', (seed, date) => {
  it('yields the agenda items, speakers and agencies of the curated minutes', async () => {
    const imported = await importDocument(seed, await readFile(path.join(SEEDS, seed)), registries);
    expect(imported.draft.date).toBe(date);
    const checked = await checkDraft(imported.text, date);
    expect(checked.diagnostics.filter((d) => d.fatal)).toEqual([]);
    // The one editorial correction of the curated minutes: a misspelled name in one heading of 2 mars.
    const corrected = (line: string) => line.replace('Ulrica Donhammar', 'Ulrica Dohnhammar');
    expect(agenda(checked.index!, date).map(corrected)).toEqual(agenda(curated, date));
    const agencies = (index: ArchiveIndex) => [
      ...new Set(index.items.filter((i) => i.meetingId === date && i.kind === 'agenda').flatMap((i) => i.agencyIds)),
    ];
    expect(agencies(checked.index!)).toEqual(agencies(curated));
  });
});

describe('the import report', () => {
  it('names the near-duplicate name in the 2 mars seed for a human to fix', async () => {
    const imported = await importDocument('seed.txt', await readFile(path.join(SEEDS, '2021-03-02-socialchefsnatverket.txt')), registries);
    const checked = await checkDraft(imported.text, '2021-03-02');
    expect(checked.diagnostics.map((d) => d.ruleId)).toContain('name-near-duplicate');
  });
});

describe('npm run import', () => {
  const importCli = (dir: string, ...args: string[]) =>
    runCaptured(importCommand, [...args, '--mapp', dir]).then(({ code, stdout, stderr }) => ({
      code,
      out: code === 0 ? stdout : stderr + stdout,
    }));

  it('writes a draft into the minutes folder and reports with line numbers in it', async () => {
    const dir = await copyToTemp('minutes');
    await rm(path.join(dir, '2021-03-02-socialchefsnatverket.md'));
    const { code, out } = await importCli(dir, path.join(SEEDS, '2021-03-02-socialchefsnatverket.txt'));
    expect(code).toBe(0);
    const draft = path.join(dir, '2021-03-02-socialchefsnatverket.md');
    expect(out).toContain(`Utkastet skrevs till ${draft}: 10 dagordningspunkter, 9 talare, 4 aktörer.`);
    expect(out).toMatch(
      new RegExp(`${draft.replace(/[.]/g, '\\.')}:\\d+: "Senaste nytt om vaccinationsläget" blev en dagordningspunkt utan föredragande`),
    );
    expect(out).toContain('Utelämnat:\n  - Sidhuvudet "Avdelningen för vård och omsorg"');
    const line = Number(/:(\d+): "Senaste nytt/.exec(out)?.[1]);
    expect((await readFile(draft, 'utf8')).split('\n')[line - 1]).toBe('## Senaste nytt om vaccinationsläget');
  });

  it('never overwrites minutes that exist, and stops at its time limit without writing', async () => {
    const dir = await copyToTemp('minutes');
    const before = await readFile(path.join(dir, '2021-03-02-socialchefsnatverket.md'), 'utf8');
    const exists = await importCli(dir, path.join(SEEDS, '2021-03-02-socialchefsnatverket.txt'));
    expect(exists.code).toBe(1);
    expect(exists.out).toContain('Det finns redan minnesanteckningar för 2021-03-02');
    expect(await readFile(path.join(dir, '2021-03-02-socialchefsnatverket.md'), 'utf8')).toBe(before);

    await rm(path.join(dir, '2021-03-02-socialchefsnatverket.md'));
    // About 20 MB of agenda items: some 25 seconds of work, stopped after one.
    const item = 'Lägesrapport om läget (Michaela Prochazka, Socialstyrelsen)\nText om läget i kommunerna, ett långt stycke.\n';
    const large = path.join(await tempDir('dokument-'), 'stort.txt');
    await writeFile(large, `Minnesanteckningar Socialchefsnätverket 2 mars 2021\n${item.repeat(Math.floor(20e6 / item.length))}`);
    const slow = await importCli(dir, large, '--tidsgrans', '1');
    expect(slow.code).toBe(1);
    expect(slow.out).toContain('Importen avbröts efter 1 sekund: dokumentet är för stort eller trasigt.');
    expect(slow.out).toContain('eller kör med --tidsgrans 2. Ingenting skrevs.');
    expect(await readdir(dir)).not.toContain('2021-03-02-socialchefsnatverket.md');
  });

  // "abc" stopped after "NaN sekunder", and 1e12 overflowed the timer and stopped at once.
  it('takes --tidsgrans only as whole seconds from 1 to 3600, and says so with exit code 2', async () => {
    const dir = await copyToTemp('minutes');
    await rm(path.join(dir, '2021-03-02-socialchefsnatverket.md'));
    const seed = path.join(SEEDS, '2021-03-02-socialchefsnatverket.txt');
    for (const written of ['abc', '1e12', '0', '3601', '1.5', '-5', '']) {
      expect(await importCli(dir, seed, `--tidsgrans=${written}`), written).toEqual({
        code: 2,
        out: `--tidsgrans ska vara ett helt antal sekunder från 1 till 3600, men är "${written}". Skriv till exempel --tidsgrans 120. Ingenting skrevs.\n`,
      });
    }
    expect(await readdir(dir)).not.toContain('2021-03-02-socialchefsnatverket.md');
    expect((await importCli(dir, seed, '--tidsgrans', '3600')).code).toBe(0);
  });

  it('asks for a date when the document has none, and refuses other file types', async () => {
    const dir = await copyToTemp('minutes');
    const file = path.join(dir, 'anteckningar.txt');
    await writeFile(file, 'Lägesrapport (Michaela Prochazka, Socialstyrelsen)\nText.\n');
    const noDate = await importCli(dir, file);
    expect(noDate.code).toBe(1);
    expect(noDate.out).toContain('Hittade inget mötesdatum i dokumentet. Ange det: npm run import -- fil --datum ÅÅÅÅ-MM-DD.');
    const withDate = await importCli(dir, file, '--datum', '2021-05-04');
    expect(withDate.code).toBe(0);
    const pdf = path.join(dir, 'anteckningar.pdf');
    await writeFile(pdf, '%PDF');
    const wrongType = await importCli(dir, pdf);
    expect(wrongType.code).toBe(1);
    expect(wrongType.out).toContain('Filtypen .pdf kan inte importeras; förväntade .docx, .txt, .text.');
  });
});

// A 1×1 PNG, padded to make a large image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function wordDocument(): Promise<Buffer> {
  const bullet = (text: string, level: number) => new Paragraph({ text, bullet: { level } });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Avdelningen för vård och omsorg' }),
          new Paragraph({ text: 'Minnesanteckningar Socialchefsnätverket 13 april 2021', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Lägesrapport (Michaela Prochazka, Socialstyrelsen)', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('Läget är '),
              new TextRun({ text: 'viktigt', bold: true }),
              new TextRun(' och '),
              new TextRun({ text: 'ansträngt', italics: true }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            children: [new TextRun('Text som ser ut som HTML: <script>globalThis.__docx=1</script> och <img src=x onerror=alert(2)>.')],
          }),
          bullet('Nivå ett', 0),
          bullet('Nivå två', 1),
          bullet('Nivå tre', 2),
          bullet('Nivå fyra', 3),
          bullet('Nivå fem', 4),
          new Table({
            rows: [
              new TableRow({
                children: [new TableCell({ children: [new Paragraph('Län')] }), new TableCell({ children: [new Paragraph('Kommuner')] })],
              }),
              new TableRow({
                children: [new TableCell({ children: [new Paragraph('Uppsala')] }), new TableCell({ children: [new Paragraph('8')] })],
              }),
            ],
          }),
          new Paragraph({ text: 'Vaccinationsfrågor (Anders Tegnell, FoHM & Emma Spak, SKR)', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Hur kommer minskade leveranser av vaccin att påverka?', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({
            children: [
              new TextRun('Se '),
              new ExternalHyperlink({ link: 'https://skr.se/', children: [new TextRun('SKR:s webb')] }),
              new TextRun(' och inte '),
              new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('den här länken')] }),
              new TextRun(' om vaccin och vaccinationen.'),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: Buffer.concat([PNG, Buffer.alloc(3_000_000)]),
                transformation: { width: 100, height: 100 },
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('importing a Word document', () => {
  it('keeps headings, lists, tables, bold and italic, and safe links; leaves out what is unsafe and says so', async () => {
    const imported = await importDocument('minnesanteckningar.docx', await wordDocument(), registries);
    const { text, draft } = imported;
    expect(draft.date).toBe('2021-04-13');
    expect(text).toContain('## Lägesrapport (Michaela Prochazka, Socialstyrelsen)');
    expect(text).toContain('## Vaccinationsfrågor (Anders Tegnell, FoHM & Emma Spak, SKR)');
    expect(text).toContain('### Hur kommer minskade leveranser av vaccin att påverka?');
    expect(text).toContain('Läget är **viktigt** och *ansträngt*.');
    expect(text).toMatch(/\| Län +\| Kommuner \|/);
    expect(text).toContain('[SKR:s webb](https://skr.se/)');
    expect(text).toContain('den här länken');
    for (const unsafe of ['javascript:', 'data:image', '](']) expect(text.replace('](https://skr.se/)', '')).not.toContain(unsafe);
    expect(text).not.toMatch(/(?<!\\)<(script|img)/);
    expect(text).toContain('och inte den här länken om vaccin');
    const deepest = Math.max(
      ...text
        .split('\n')
        .filter((l) => /^\s*- /.test(l))
        .map((l) => l.search(/\S/)),
    );
    expect(deepest).toBeLessThanOrEqual(4);
    const notes = draft.notes.map((n) => `${n.kind}: ${n.message}`);
    expect(notes).toContain('utelämnat: 1 bild (minnesanteckningarna har bara text; skriv det viktiga i bilden som text).');
    expect(notes).toContain(
      'utelämnat: En länk till "javascript:alert(1)" (bara https-, http- och mailto-länkar behålls); länktexten står kvar.',
    );
    expect(notes).toContain('granska: 2 listpunkter i listor med fler än tre nivåer flyttades upp till tredje nivån.');
    expect(notes).toContain('utelämnat: Sidhuvudet "Avdelningen för vård och omsorg" (rad/stycke 1) före rubrikraden.');

    const checked = await checkDraft(text, '2021-04-13');
    expect(checked.diagnostics).toEqual([]);
    const html = checked.index!.items.map((i) => i.html).join('\n');
    expect(html).toContain('&#x3C;script>globalThis.__docx=1&#x3C;/script>');
    expect(html).toContain('<table>');
    expect((globalThis as { __docx?: number }).__docx).toBeUndefined();
  });
});

describe('importing what the registry and the rules do not expect', () => {
  const importCli = (dir: string, ...args: string[]) =>
    runCaptured(importCommand, [...args, '--mapp', dir]).then(({ code, stdout, stderr }) => ({
      code,
      out: code === 0 ? stdout : stderr + stdout,
    }));
  const text = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');

  it('keeps a heading with an agency the registry lacks as an agenda item, and says what to add', async () => {
    const document = text([
      'Minnesanteckningar Socialchefsnätverket 2 mars 2021',
      'Lägesrapport (Michaela Prochazka, Socialstyrelsen)',
      'Läget är stabilt.',
      'Digitala besök inom äldreomsorgen (Karin Lund & Sofia Ahl, E-hälsomyndigheten)',
      'Om digitala besök på boenden.',
    ]);
    const imported = await importDocument('anteckningar.txt', document, registries);
    expect(imported.draft.items.map((i) => `${i.title} | ${i.presenters.map((p) => `${p.name} (${p.agency})`).join(', ')}`)).toEqual([
      'Lägesrapport | Michaela Prochazka (Socialstyrelsen)',
      'Digitala besök inom äldreomsorgen | Karin Lund (E-hälsomyndigheten), Sofia Ahl (E-hälsomyndigheten)',
    ]);
    expect(imported.draft.items[0]?.body).toHaveLength(1);
    const note = imported.draft.notes.find((n) => n.message.includes('E-hälsomyndigheten'))!;
    expect(note).toMatchObject({ kind: 'granska', item: 1 });
    expect(note.message).toContain(
      '(för Karin Lund och Sofia Ahl i rubriken "Digitala besök inom äldreomsorgen") finns inte i agencies.yml',
    );
    expect(note.message).toContain('\n- id: e-halsomyndigheten\n  name: E-hälsomyndigheten\n');
    const checked = await checkDraft(imported.text, '2021-03-02');
    expect(checked.diagnostics.filter((d) => d.fatal).map((d) => d.ruleId)).toContain('agency-unknown');
    expect(checked.index).toBeUndefined();
  });

  // The block was printed indented by six spaces: pasted at the end of agencies.yml it broke the registry.
  it('prints the block for agencies.yml so that, pasted as printed at its end, the agency is known', async () => {
    const document = text([
      'Minnesanteckningar Socialchefsnätverket 9 mars 2021',
      'Digitala besök (Karin Lund, E-hälsomyndigheten)',
      'Om digitala besök på boenden.',
    ]);
    const { code, out, dir, draftPath } = await runImport('anteckningar.txt', document);
    expect(code, out).toBe(0);
    const lines = out.split('\n');
    const blocks: string[] = [];
    lines.forEach((line, index) => {
      if (line !== '# --- klistra in härifrån ---') return;
      const end = lines.indexOf('# --- hit ---', index);
      expect(end, out).toBeGreaterThan(index);
      blocks.push(lines.slice(index + 1, end).join('\n'));
    });
    expect(blocks).toEqual(['- id: e-halsomyndigheten\n  name: E-hälsomyndigheten']);
    const registry = path.join(dir, 'agencies.yml');
    for (const block of blocks) await appendFile(registry, `${block}\n`);
    const checked = await checkArchive(dir);
    expect(checked.diagnostics.filter((d) => d.file.endsWith('agencies.yml'))).toEqual([]);
    expect(checked.diagnostics.filter((d) => d.file === draftPath && d.ruleId === 'agency-unknown')).toEqual([]);
    expect(checked.index?.agencies.map((a) => a.id)).toContain('e-halsomyndigheten');
  });

  it('refuses a --datum that is not a real date, and never writes outside the minutes folder', async () => {
    const dir = await copyToTemp('minutes');
    const document = path.join(dir, 'anteckningar.txt');
    await writeFile(document, 'Lägesrapport (Michaela Prochazka, Socialstyrelsen)\nText.\n');
    const said: string[] = [];
    for (const datum of ['../../x', '2021-02-30']) {
      const result = await importCli(dir, document, '--datum', datum);
      expect(result.code, datum).toBe(2);
      said.push(result.out);
    }
    expect(said[0]).toContain(
      'Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-03-02, men är "../../x". Skriv till exempel --datum 2021-03-02. Ingenting skrevs.',
    );
    expect(said[1]).toContain('Datumet 2021-02-30 finns inte i kalendern. Skriv till exempel --datum 2021-03-02. Ingenting skrevs.');
    expect((await readdir(dir)).filter((f) => f.endsWith('.md'))).toEqual([
      '2021-01-19-socialchefsnatverket.md',
      '2021-03-02-socialchefsnatverket.md',
    ]);
    // Before, the draft went to path.join(dir, '../../x-socialchefsnatverket.md').
    expect(existsSync(path.join(dir, '../../x-socialchefsnatverket.md'))).toBe(false);
  });

  it('refuses a Word document whose text is too large to read, before unpacking it', async () => {
    const big = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('ord '.repeat(5_000_000))] })] }] });
    const bytes = await Packer.toBuffer(big);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expect(importDocument('stor.docx', bytes, registries)).rejects.toThrow(
      /Dokumentet stor\.docx är för stort att importera: uppackat är texten 19 MB i \d+ delar \(importen läser högst 15 MB text/,
    );
  });

  it('prints escape sequences from a document escaped, never to the terminal', async () => {
    const dir = await copyToTemp('minutes');
    const document = path.join(dir, 'anteckningar.txt');
    await writeFile(
      document,
      'Minnesanteckningar Socialchefsnätverket 4 maj 2021\nRubrik \u001b]0;kapad\u0007 (Okänd Person, Socialstyrelsen)\nText \u001b[2K.\uFFFF\n',
    );
    const result = await importCli(dir, document);
    expect(result.out).not.toContain('\u001b');
    expect(result.out).not.toContain('\u0007');
    // Every character the check refuses, the non-character U+FFFF too.
    expect(result.out).toContain('Utelämnat:\n  - 4 osynliga styrtecken');
    const draft = await readFile(path.join(dir, '2021-05-04-socialchefsnatverket.md'), 'utf8');
    expect(draft).toContain('## Rubrik ]0;kapad (Okänd Person, Socialstyrelsen)');
    expect(draft).not.toMatch(/[\u0000-\u0008\u000B-\u001F\uFFFF]/);
  });
});

describe('suggesting outcomes', () => {
  it('notes sentences that promise a follow-up, and leaves a marked one alone', async () => {
    const document = Buffer.from(
      [
        'Minnesanteckningar Socialchefsnätverket 4 maj 2021',
        'Lägesrapport (Michaela Prochazka, Socialstyrelsen)',
        'Läget är stabilt. Socialstyrelsen återkommer med nya siffror i juni.',
        'Uppföljning: SKR återkopplar till nätverket.',
        'Nätverket tar med sig frågan till nästa möte.',
      ].join('\n'),
    );
    const imported = await importDocument('anteckningar.txt', document, registries);
    const notes = imported.draft.notes.filter((n) => n.message.includes('låter som en uppföljning'));
    expect(notes.map((n) => [n.kind, n.item, n.message.split(' låter')[0]])).toEqual([
      ['gissning', 0, '"Socialstyrelsen återkommer med nya siffror i juni."'],
      ['gissning', 0, '"Nätverket tar med sig frågan till nästa möte."'],
    ]);
    expect(imported.text).not.toContain('Uppföljning: Socialstyrelsen');
  });
});
