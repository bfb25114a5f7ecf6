/**
 * Text files in the encodings Windows writes (issue 20 §3.9): Windows-1252 ("ANSI") read with its real
 * table, so dashes and curly quotes survive, and UTF-16 with a byte order mark (Notepad's "Unicode",
 * little and big endian) read as UTF-16.
 */
import { describe, expect, it } from 'vitest';
import { draftBody, runImport } from './run-import.ts';

const TEXT = [
  'Lägesrapport (Michaela Prochazka, Socialstyrelsen)',
  'Läget – vaccinationen går framåt… Kommunerna säger ”hej” och ‘då’ — €5.',
  '',
].join('\r\n');
const BODY =
  '## Lägesrapport (Michaela Prochazka, Socialstyrelsen)\n\nLäget – vaccinationen går framåt… Kommunerna säger ”hej” och ‘då’ — €5.\n';

/** `text` as Windows-1252 writes it (the characters this test uses). */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((char) => high[char] ?? char.charCodeAt(0)));
}

describe('a text file', () => {
  it('in Windows-1252 keeps its dashes, ellipses, curly quotes and euro sign', async () => {
    const run = await runImport('anteckningar.txt', windows1252(TEXT), '--datum', '2021-09-01');
    expect(run.code, run.out).toBe(0);
    expect(draftBody(run.draft)).toBe(BODY);
    expect(run.out).toContain('Textfilen var inte UTF-8 och lästes som Windows-1252 (ANSI).');
    expect(run.out).not.toContain('osynliga styrtecken');
  });

  it('in Windows-1252 with a byte Windows-1252 leaves undefined (0x81) drops it and says so', async () => {
    const run = await runImport('anteckningar.txt', windows1252(TEXT.replace('framåt', 'fram\u0081åt')), '--datum', '2021-09-01');
    expect(run.code, run.out).toBe(0);
    expect(draftBody(run.draft)).toBe(BODY);
    expect(run.out).toContain('Utelämnat:\n  - 1 osynliga styrtecken');
  });

  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
  ])('in %s with a byte order mark is read as UTF-16', async (_, bytes) => {
    const run = await runImport('anteckningar.txt', bytes, '--datum', '2021-09-01');
    expect(run.code, run.out).toBe(0);
    expect(run.draftPath).toMatch(/2021-09-01-socialchefsnatverket\.md$/);
    expect(draftBody(run.draft)).toBe(BODY);
    expect(run.draft).toContain('title: Socialchefsnätverket 1 september 2021\ndate: 2021-09-01\n');
    expect(run.out).not.toMatch(/Windows-1252|osynliga styrtecken/);
    expect(run.out).toContain('Kontrollen (npm run check) hittade inga problem i utkastet.');
  });
});
