/**
 * Which link addresses are published: the one rule that the check (which
 * warns), the Markdown sanitizer's configuration and the import share.
 */

/** Link protocols that are published. Anything else (javascript:, data:, vbscript:, file:) loses its address. */
export const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/** True for an address that the sanitizer keeps: http(s), mailto, or a relative address or #anchor. */
export function isSafeUrl(url: string): boolean {
  // Every C0 control goes, tab and line feed too (not `CONTROL_CLASS` of text.ts, which keeps them): a browser
  // reads "java\tscript:" as "javascript:".
  // eslint-disable-next-line no-control-regex
  const match = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001f]/g, ''));
  return !match || SAFE_PROTOCOLS.has((match[1] ?? '').toLowerCase());
}
