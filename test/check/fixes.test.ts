/**
 * The mechanical fixes: a file with pasted invisible characters, NFD letters, odd spaces in headings and
 * the template's comment passes the check once fixed, every other byte is unchanged, and text that needs
 * no fix is returned as it was (property-based).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/check/fixes.ts';
import { EXAMPLE_BODY, meeting } from '../../src/check/rules/example-archive.ts';
import { newMinutes } from '../../src/tools/new-meeting.ts';
import { checkText, placesAndRules } from '../support/check.ts';

const FILE = 'minutes/2021-03-02-socialchefsnatverket.md';

describe('fixing a file', () => {
  const broken = meeting(
    undefined,
    `## Vaccinationsläget\u00a0(Anders Tegnell, FoHM)   \n\n\u0084- Vaccinet ges först på\u000bsärskilda boenden.\n\u0084- Ma\u0308nga har fått två doser.\n\nOrört stycke med – tankstreck, ”citat” och\u00a0hårt mellanslag.\n`,
  );

  it('passes the check afterwards, and says what it changed at which line', () => {
    expect(placesAndRules(checkText(broken, FILE)).filter((p) => p.endsWith('file-control-character'))).toHaveLength(3);
    const { text, fixes } = fixText(broken);
    expect(checkText(text, FILE)).toEqual([]);
    expect(fixes).toEqual([
      { line: 11, what: 'Gjorde hårda mellanslag i rubriken till vanliga.' },
      { line: 11, what: 'Tog bort mellanslag sist i rubriken.' },
      { line: 13, what: 'Tog bort 1 osynligt styrtecken.' },
      { line: 13, what: 'Gjorde 1 manuell radbrytning från Word till mellanslag.' },
      { line: 14, what: 'Tog bort 1 osynligt styrtecken.' },
      { line: 14, what: 'Skrev bokstäver som var skrivna med ett separat accenttecken (till exempel a + ¨) som en bokstav (ä).' },
    ]);
  });

  it('leaves every other byte as it was, the hard space outside a heading included', () => {
    const { text } = fixText(broken);
    const before = broken.split('\n');
    const after = text.split('\n');
    expect(after).toHaveLength(before.length);
    for (const [i, line] of before.entries()) if (![10, 12, 13].includes(i)) expect(after[i], `line ${i + 1}`).toBe(line);
    expect(after[15]).toBe('Orört stycke med – tankstreck, ”citat” och\u00a0hårt mellanslag.');
  });

  it('removes the template’s comment once the meeting has agenda items, and not before', () => {
    const created = (newMinutes('2021-03-02') as { text: string }).text;
    expect(fixText(created).fixes).toEqual([]);
    const written = `${created}\n${EXAMPLE_BODY}`;
    const { text, fixes } = fixText(written);
    expect(text).not.toContain('Skriv varje dagordningspunkt');
    expect(text).toContain(EXAMPLE_BODY);
    expect(fixes.map((f) => f.what)).toEqual(['Tog bort mallens kommentar om hur punkterna skrivs (den publicerades inte).']);
  });

  it('makes CRLF line endings LF and removes a byte order mark', () => {
    expect(fixText('\uFEFF---\r\ntitle: x\r\n').text).toBe('---\ntitle: x\n');
  });
});

describe('fixing any text', () => {
  const clean = fc
    .string({ unit: 'grapheme', maxLength: 200 })
    .map((s) => s.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff\u202a-\u202e\u2066-\u2069\ufeff]/g, ''));

  test.prop([clean])('changes nothing in text that needs no fix, headings aside', (text) => {
    const noHeadings = text.replace(/^\s{0,3}#/gm, 'x');
    expect(fixText(noHeadings)).toEqual({ text: noHeadings, fixes: [] });
  });

  test.prop([fc.string({ maxLength: 200 })])('is done after one run: fixing the fixed text changes nothing', (text) => {
    const once = fixText(text).text;
    expect(fixText(once)).toEqual({ text: once, fixes: [] });
  });
});
