/**
 * Small facts about text that several stages share, each with one home:
 * which characters never belong in minutes (control characters), how to
 * escape text for a regular expression, and lists without repeats.
 */

/**
 * The characters that never belong in minutes or registries, as a character class: C0 and C1 controls
 * but tab and line feed, DEL, the non-characters U+FFFE and U+FFFF, and the bidirectional controls that
 * turn text around (U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CLASS = '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF\\u202A-\\u202E\\u2066-\\u2069]';

/** Every control character of {@link CONTROL_CLASS} in a text (global: use with `matchAll` or `replace`). */
export const CONTROL_CHARACTERS = new RegExp(CONTROL_CLASS, 'g');

/** A control character's code and what it is, in Swedish: `U+000B (manuell radbrytning från Word, Skift+Enter)`. */
export function describeControl(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<string, string> = {
    '\u0000': 'NUL-tecken, ofta från en fil sparad som UTF-16',
    '\u000B': 'manuell radbrytning från Word, Skift+Enter',
    '\u000C': 'sidbrytning från Word',
    '\uFFFE': 'icke-tecken',
    '\uFFFF': 'icke-tecken',
  };
  const name = names[char] ?? (/[\u202A-\u202E\u2066-\u2069]/.test(char) ? 'riktningstecken som vänder texten' : 'styrtecken');
  return `${code} (${name})`;
}

/** `text` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The values in their first order, each once. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Orders strings by their UTF-16 code units, as `Array.prototype.sort` does without a comparator, but stated. */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
