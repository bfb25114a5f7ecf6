/**
 * Rules about the file itself: one file per meeting date, no invisible
 * control characters, and a name that follows `YYYY-MM-DD-name.md`.
 */
import { describe, expect, it } from 'vitest';
import { archiveOfTexts } from '../../../src/check/archive-files.ts';
import { fileControlCharacter, meetingDuplicate } from '../../../src/check/rules/file.ts';
import { runRules } from '../../../src/check/runner.ts';
import { textSource } from '../../../src/check/source.ts';
import { readFileName } from '../../../src/check/validate.ts';
import { type Diagnostic, messageText } from '../../../src/core/diagnostics.ts';
import { checkText } from '../../support/check.ts';

/** The meeting-duplicate messages of a folder with these minutes files. */
function findDuplicateMeetings(files: readonly string[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const archive = archiveOfTexts(Object.fromEntries(files.map((f) => [f.slice('minutes/'.length), ''])));
  runRules([meetingDuplicate], 'folder', { ...archive, minutes: files.map((f) => textSource(f, '')) }, 'minutes', found);
  return found;
}

const FILE = 'minutes/2021-03-02-socialchefsnatverket.md';

describe('two files for one meeting', () => {
  it('are reported at the later file, naming the first', () => {
    const found = findDuplicateMeetings([FILE, 'minutes/2021-01-19-socialchefsnatverket.md', 'minutes/2021-03-02-extra.md']);
    expect(found.map((d) => [`${d.file}:${d.line}:${d.column}`, d.ruleId, d.fatal, messageText(d)])).toEqual([
      [
        'minutes/2021-03-02-extra.md:1:1',
        'meeting-duplicate',
        true,
        'Två filer för samma möte den 2021-03-02 (minutes/2021-03-02-socialchefsnatverket.md:1:1). Behåll en fil per möte: slå ihop filerna, eller rätta datumet i den ena.',
      ],
    ]);
    expect(found[0]?.related).toEqual([{ file: FILE, line: 1, column: 1 }]);
  });

  it('whose names differ only in case are explained as one file on Windows and macOS', () => {
    const found = findDuplicateMeetings([FILE, 'minutes/2021-03-02-Socialchefsnatverket.md']);
    expect(found.map((d) => `${d.file} ${messageText(d)}`)).toEqual([
      'minutes/2021-03-02-Socialchefsnatverket.md Två filer för samma möte den 2021-03-02: namnen skiljer sig bara i stora och små bokstäver, och på Windows och macOS är de samma fil (minutes/2021-03-02-socialchefsnatverket.md:1:1). Behåll en fil per möte: slå ihop filerna, eller rätta datumet i den ena.',
    ]);
  });

  it('are reported once for each file after the first, each naming the first', () => {
    const found = findDuplicateMeetings([FILE, 'minutes/2021-03-02-a.md', 'minutes/2021-03-02-b.md']);
    expect(found.map((d) => d.file)).toEqual(['minutes/2021-03-02-a.md', 'minutes/2021-03-02-b.md']);
    expect(found.every((d) => messageText(d).includes(`(${FILE}:1:1)`))).toBe(true);
  });

  it('are not found among files of different dates or with names that give no date', () => {
    expect(findDuplicateMeetings([FILE, 'minutes/2021-03-03-socialchefsnatverket.md', 'minutes/möte 2021-03-02.md'])).toEqual([]);
  });
});

describe('control characters', () => {
  const check = (text: string) => {
    const found: Diagnostic[] = [];
    runRules([fileControlCharacter], 'source', textSource(FILE, text), FILE, found);
    return found;
  };

  it('are each reported at their line and column, named, with the character as found', () => {
    const found = check('---\n## Rubrik\u000bmed brytning\n\u0000\nSida\u000c två');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${messageText(d)}`)).toEqual([
      '2:10 file-control-character Ett osynligt tecken, U+000B (manuell radbrytning från Word, Skift+Enter), står här; det kan inte publiceras. Ta bort tecknet, eller byt det mot en vanlig radbrytning eller ett mellanslag (det syns inte: markera från kolumnen före till kolumnen efter och skriv om texten).',
      '3:1 file-control-character Ett osynligt tecken, U+0000 (NUL-tecken, ofta från en fil sparad som UTF-16), står här; det kan inte publiceras. Ta bort tecknet, eller byt det mot en vanlig radbrytning eller ett mellanslag (det syns inte: markera från kolumnen före till kolumnen efter och skriv om texten).',
      '4:5 file-control-character Ett osynligt tecken, U+000C (sidbrytning från Word), står här; det kan inte publiceras. Ta bort tecknet, eller byt det mot en vanlig radbrytning eller ett mellanslag (det syns inte: markera från kolumnen före till kolumnen efter och skriv om texten).',
    ]);
    expect(found.map((d) => [d.actual, d.fatal])).toEqual([
      ['\u000b', true],
      ['\u0000', true],
      ['\u000c', true],
    ]);
  });

  it('name escape, direction and non-characters, and count columns in characters, not code units', () => {
    const found = check('Möte 😀\u001b[2J\n\u202eText\u2066\nx\uffff');
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.slice(0, d.message.indexOf(', står här'))}`)).toEqual([
      '1:7 Ett osynligt tecken, U+001B (styrtecken)',
      '2:1 Ett osynligt tecken, U+202E (riktningstecken som vänder texten)',
      '2:6 Ett osynligt tecken, U+2066 (riktningstecken som vänder texten)',
      '3:2 Ett osynligt tecken, U+FFFF (icke-tecken)',
    ]);
  });

  it('are not tabs, line feeds, non-breaking spaces or Swedish letters', () => {
    expect(check('title:\tMöte\n\nÅsa\u00a0Furén – ”citat”\n')).toEqual([]);
  });

  it('are reported one by one up to the repeat limit, each at its line and column', () => {
    const found = check(`a\u0007b\n\u0007\n\u0007`);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['1:2', '2:1', '3:1']);
    expect(found.every((d) => d.repeats === undefined)).toBe(true);
  });

  it('beyond the repeat limit are one message that counts the rest and lists the first lines', () => {
    const found = check(`${'\u0007'.repeat(15)}\n${'\u0007\n'.repeat(10)}\u000b`);
    const bells = found.filter((d) => d.actual === '\u0007');
    expect(bells).toHaveLength(1);
    expect(bells[0]).toMatchObject({ line: 1, column: 1, repeats: 24 });
    expect(messageText(bells[0]!)).toBe(
      'Ett osynligt tecken, U+0007 (styrtecken), står här; det kan inte publiceras (och 24 ställen till: rad 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …). ' +
        (bells[0]!.note ?? ''),
    );
    // A different character is a different message, at its own place.
    expect(found.filter((d) => d.actual === '\u000b').map((d) => d.line)).toEqual([12]);
  });
});

describe('the file name', () => {
  const front = '---\ntitle: Möte\ndate: 2021-03-02\n---\n\n## Punkt\n\nText.\n';
  const fileNameMessages = (file: string) => checkText(front, file).filter((d) => d.ruleId === 'file-name');

  it('gives the meeting’s date when it follows the pattern, without a message', () => {
    expect(readFileName(FILE).date).toBe('2021-03-02');
    expect(fileNameMessages(FILE)).toEqual([]);
  });

  it('is reported at the start of the file when it does not, with an example of a good name', () => {
    const found = fileNameMessages('minutes/möte 2 mars.md');
    expect(found).toMatchObject([
      {
        file: 'minutes/möte 2 mars.md',
        line: 1,
        column: 1,
        ruleId: 'file-name',
        fatal: true,
        expected: ['ÅÅÅÅ-MM-DD-namn.md'],
        actual: 'möte 2 mars.md',
      },
    ]);
    expect(messageText(found[0]!)).toBe(
      'Filnamnet "möte 2 mars.md" följer inte mönstret ÅÅÅÅ-MM-DD-namn.md. Döp om filen, till exempel till 2021-01-19-socialchefsnatverket.md (datumet först, sedan små bokstäver a–z, siffror och bindestreck).',
    );
  });

  it('is reported when it has Swedish letters after the date', () => {
    expect(readFileName('minutes/2021-03-02-socialchefsnätverket.md').date).toBeUndefined();
    expect(fileNameMessages('minutes/2021-03-02-socialchefsnätverket.md').map((d) => d.actual)).toEqual([
      '2021-03-02-socialchefsnätverket.md',
    ]);
  });
});

describe('control characters written as escapes or references (issue 20 §3.3, §3.4)', () => {
  const front = (title: string) => `---\ntitle: ${title}\ndate: 2021-03-02\n---\n\n## Läget\n\nText.\n`;
  const encoded = (text: string) =>
    checkText(text, FILE)
      .filter((d) => d.ruleId === 'control-character-encoded')
      .map((d) => `${d.line}:${d.column} ${d.fatal ? 'fel' : 'varning'} ${JSON.stringify(d.actual)}`);

  it.each([
    ['"Möte \\x01"', '\u0001'],
    ['"M\\0öte"', '\u0000'],
    ['"\\uFFFE"', '\uFFFE'],
    ['"\\e[2J"', '\u001b'],
    ['"\\u202E"', '\u202E'],
    ['"\\x85"', '\u0085'],
    ['"\\x9b"', '\u009B'],
  ])('in a YAML value, %s, are an error at the value', (title, char) => {
    expect(encoded(front(title))).toEqual([`2:8 fel ${JSON.stringify(char)}`]);
  });

  it('in a character reference in the text are an error at the character', () => {
    const text = front('Möte').replace('## Läget', '## Läget &#x202E;cba').replace('Text.', 'A &#x2066;b&#x2069; c.');
    expect(encoded(text)).toEqual(['6:10 fel "\u202E"', '8:3 fel "\u2066"', '8:5 fel "\u2069"']);
  });

  it('a lone surrogate in a YAML value is an error at the check, named as half a character', () => {
    const found = checkText(front('"Möte \\ud800 x"'), FILE).filter((d) => d.ruleId === 'control-character-encoded');
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['2:8']);
    expect(messageText(found[0]!)).toMatch(
      /^Ett halvt tecken, U\+D800 \(en ensam surrogat, ofta en trasig emoji\), står här skrivet som escape-sekvens/,
    );
  });

  it('written as themselves are the source rule’s only, never reported twice', () => {
    const found = checkText(front('Möte \u0007'), FILE);
    expect(found.map((d) => d.ruleId).filter((id) => id.includes('control'))).toEqual(['file-control-character']);
  });

  it('a whole emoji and ordinary escapes (\\n, \\t, \\u00e4) pass', () => {
    expect(encoded(front('"Möte 😀 \\u00e4 \\t x"'))).toEqual([]);
  });
});

describe('a file whose check ran out of time (issue 20 §3.14)', () => {
  const timeout = async (bytes?: number) => {
    const { timedOutResult } = await import('../../../src/check/process-file.ts');
    return timedOutResult(FILE, 10_000, bytes).diagnostics.map(messageText);
  };

  it('is said to be too large when it is large, not blamed on brackets', async () => {
    expect(await timeout(4 * 1024 * 1024)).toEqual([
      'Kontrollen av filen avbröts efter 10 sekunder. Filen är 4,0 MB, för stor för att hinna kontrolleras (minnesanteckningar brukar vara under 50 kB). Dela upp filen, ett möte per fil, eller ta bort inklistrad text, bilder och dubbletter.',
    ]);
  });

  it('of ordinary size points at what makes the Markdown reader slow', async () => {
    expect((await timeout(20_000))[0]).toMatch(
      /^Kontrollen av filen avbröts efter 10 sekunder\. Något i texten gör Markdown-läsaren mycket långsam/,
    );
  });
});
