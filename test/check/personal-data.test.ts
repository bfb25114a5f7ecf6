import { describe, expect, it } from 'vitest';
import { type Diagnostic, messageText } from '../../src/core/diagnostics.ts';
import { findEmails, findIdentityNumbers, luhnValid, RULES } from '../../src/check/rules/personal-data.ts';
import { runRules } from '../../src/check/runner.ts';

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
