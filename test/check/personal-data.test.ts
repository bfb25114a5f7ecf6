import { describe, expect, it } from 'vitest';
import { type Diagnostic, messageText } from '../../src/core/diagnostics.ts';
import { findEmails, findIdentityNumbers, luhnValid, RULES } from '../../src/check/rules/personal-data.ts';
import { runRules } from '../../src/check/runner.ts';
import { checkFolder } from '../support/check.ts';

// Numbers of the shape Skatteverket publishes for testing (19121212-1212 is its "Tolvan"); none is a real person.
describe('personal identity numbers', () => {
  it('pass the Luhn check only with the right check digit', () => {
    expect(luhnValid('1212121212')).toBe(true);
    expect(luhnValid('1212121213')).toBe(false);
  });

  it('are found with 10 or 12 digits, with -, + or nothing', () => {
    const found = findIdentityNumbers('a 121212-1212 b 19121212-1212 c 191212121212 d 121212+1212 e 1212121212');
    expect(found.map((n) => n.text)).toEqual(['121212-1212', '19121212-1212', '191212121212', '121212+1212', '1212121212']);
  });

  it('include coordination numbers (day + 60)', () => {
    expect(findIdentityNumbers('samordningsnummer 701063-2391')).toEqual([{ text: '701063-2391', index: 18, kind: 'samordningsnummer' }]);
  });

  it('are not dates that do not exist, wrong check digits, year spans or phone numbers', () => {
    expect(findIdentityNumbers('121212-1213 201301-1234 2015-2021 08-452 70 00 19121312-1212 700230-1234')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('are found, also with Swedish letters', () => {
    expect(findEmails('Mejla åsa.furén@skr.se eller info@example.com.').map((e) => e.text)).toEqual([
      'åsa.furén@skr.se',
      'info@example.com',
    ]);
  });
});

describe('the personal data check', () => {
  it('warns at the line and column, in front matter and comments too, except allowed addresses', () => {
    const text = '---\ntitle: Möte 19121212-1212\n---\n<!-- eva@example.com registrator@skr.se -->\nText 701063-2391.';
    const found: Diagnostic[] = [];
    runRules(RULES, 'published', { text, published: [], allowedEmails: new Set(['registrator@skr.se']) }, 'm.md', found);
    found.sort((a, b) => a.line - b.line);
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.fatal ? 'error' : 'warning'}`)).toEqual([
      '2:13 personal-identity-number warning',
      '4:6 personal-email warning',
      '5:6 personal-identity-number warning',
    ]);
    expect(messageText(found[2]!)).toContain('701063-2391 ser ut som ett samordningsnummer');
  });
});

describe('personal data outside the text a reader sees first (issue 20 §3.2)', () => {
  const AGENCIES_YML = '- id: fohm\n  name: Folkhälsomyndigheten\n  short: FoHM\n';
  const TOPICS_YML = '- id: vaccination\n  name: Vaccination\n  description: "Ring 850709\\x2D9805"\n  signals: [vaccin]\n';
  const MINUTES = [
    '---',
    'title: "Möte 850709\\x2D9805"',
    'date: 2021-06-01',
    '---',
    '',
    '## Läget',
    '',
    '![850709\\-9805](https://a.se/b.png) [x](https://a.se "anna&#64;kommun.se") [Mejla](mailto:anna&#64;kommun.se) [y](https://a.se/?pnr=850709&#45;9805)',
    '',
    'Pnr-850709-9805. Personnummer 850709',
    '9805 här. Och 850709 - 9805.',
    '',
  ].join('\n');
  const found = checkFolder({ 'agencies.yml': AGENCIES_YML, 'topics.yml': TOPICS_YML, '2021-06-01-850709-9805.md': MINUTES }).filter((d) =>
    d.ruleId.startsWith('personal-'),
  );
  /** Every place of each message, its folded repeats included (the same number is one message with its lines). */
  const at = (file: string) =>
    found
      .filter((d) => d.file.endsWith(file))
      .flatMap((d) => [d, ...(d.related ?? []).filter((r) => r.repeat)].map((p) => `${p.line}:${p.column} ${d.ruleId} ${d.actual}`));

  it('is found in YAML values after their escapes are decoded, in the minutes and the registries', () => {
    expect(at('.md')).toContain('2:8 personal-identity-number 850709-9805');
    expect(at('topics.yml')).toEqual(['3:16 personal-identity-number 850709-9805']);
  });

  it('is found in alt text, link titles and addresses, after a hyphen, across one line break and around a spaced hyphen', () => {
    const lines = at('.md');
    expect(lines).toContain('8:1 personal-identity-number 850709-9805');
    expect(lines.filter((l) => l.includes('personal-email anna@kommun.se'))).toEqual(['8:37 personal-email anna@kommun.se']);
    expect(lines).toContain('10:5 personal-identity-number 850709-9805');
    expect(lines).toContain('11:15 personal-identity-number 850709 - 9805');
    // The same number in four places (twice on line 8, once reported) is one message that names its lines.
    expect(messageText(found.find((d) => d.actual === '850709-9805' && d.file.endsWith('.md'))!)).toContain(
      '(och 3 ställen till: rad 2, 8, 10)',
    );
  });

  it('is found in the file name, which is published as the meeting’s file', () => {
    expect(at('.md')).toContain('1:1 personal-identity-number 850709-9805');
  });

  it('is found across one line break of a paragraph', () => {
    const text = ['---', 'title: Möte', 'date: 2021-06-01', '---', '', '## Läget', '', 'Personnummer 850709', '9805 här.', ''].join('\n');
    const numbers = checkFolder({ 'agencies.yml': AGENCIES_YML, 'topics.yml': '[]', '2021-06-01-mote.md': text }).filter(
      (d) => d.ruleId === 'personal-identity-number',
    );
    expect(numbers.map((d) => `${d.line}:${d.column} ${JSON.stringify(d.actual)}`)).toEqual(['8:14 "850709\\n9805"']);
  });
});

describe('Swedish mobile numbers (issue 20 §3.14)', () => {
  it('are found with hyphens, spaces or nothing, and as +46 or 0046', async () => {
    const { findMobileNumbers } = await import('../../src/check/rules/personal-data.ts');
    expect(
      findMobileNumbers('a 070-123 45 67 b 0731234567 c +46 76 123 45 67 d 0046-79-1234567 e +46 (0)70 123 45 67').map((m) => m.text),
    ).toEqual(['070-123 45 67', '0731234567', '+46 76 123 45 67', '0046-79-1234567', '+46 (0)70 123 45 67']);
  });

  it('are not switchboard or landline numbers, dates or longer digit runs', async () => {
    const { findMobileNumbers } = await import('../../src/check/rules/personal-data.ts');
    expect(findMobileNumbers('08-452 70 00, 031-123 45 67, 2021-07-01, 07012345678, 0751234567, 123070-123 45 67')).toEqual([]);
  });
});
