/** The text facts with one home: the control characters, escaping for a pattern, lists without repeats. */
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/core/diagnostics.ts';
import { CONTROL_CHARACTERS, CONTROL_CLASS, describeControl, escapeRegExp, unique } from '../../src/core/text.ts';

describe('the control characters', () => {
  const all = (text: string) => [...text.matchAll(CONTROL_CHARACTERS)].map((m) => m[0].codePointAt(0)!.toString(16));

  it('are C0 and C1 controls but tab and line feed, DEL, the non-characters and the bidirectional controls', () => {
    expect(all('a\u0000b\u000bc\u000cd\re\u001bf\u007fg\u009fh\ufffei\uffffj\u202ek\u2066l')).toEqual([
      '0',
      'b',
      'c',
      'd',
      '1b',
      '7f',
      '9f',
      'fffe',
      'ffff',
      '202e',
      '2066',
    ]);
  });

  it('leave tab, line feed, Swedish letters, no-break spaces and emoji alone', () => {
    expect(all('Rad\tett\nÅsa Furén\u00a0😀 – ”citat”')).toEqual([]);
  });

  it('are one class for every use: the check finds them, the printed messages show them escaped', () => {
    expect(new RegExp(CONTROL_CLASS).test('\u000b')).toBe(true);
    expect(terminalSafe('a\u001b]0;titel\u0007b\ufffe\tc\n')).toBe('a\\u001b]0;titel\\u0007b\\ufffe\tc\n');
  });

  it('are described in Swedish', () => {
    expect(describeControl('\u000b')).toBe('U+000B (manuell radbrytning från Word, Skift+Enter)');
    expect(describeControl('\u202e')).toBe('U+202E (riktningstecken som vänder texten)');
    expect(describeControl('\u001b')).toBe('U+001B (styrtecken)');
  });
});

describe('text escaped for a pattern', () => {
  it('matches itself and only itself', () => {
    const name = 'C++ (test) [a|b] ^$.*?{1}\\';
    const pattern = new RegExp(`^${escapeRegExp(name)}$`, 'u');
    expect(pattern.test(name)).toBe(true);
    expect(pattern.test('CC (test) [a|b] ^$.*?{1}\\')).toBe(false);
  });

  it('leaves letters, Swedish ones too, as they are', () => {
    expect(escapeRegExp('Folkhälsomyndigheten-Ö')).toBe('Folkhälsomyndigheten-Ö');
  });
});

describe('distinct values', () => {
  it('keep the order in which each first comes', () => {
    expect(unique(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
    expect(unique(new Set([1, 2]).values())).toEqual([1, 2]);
  });
});
