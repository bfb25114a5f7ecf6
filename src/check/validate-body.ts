/**
 * Checks the Markdown body for things that will not be published as written:
 * raw HTML (dropped from the site) and links with unsafe addresses (their
 * address is removed). Both are reported, never dropped silently.
 */
import type { RootContent } from 'mdast';
import { type Diagnostic, warning } from '../core/diagnostics.ts';
import { startOf } from './parse.ts';

/** Link protocols that are published. Anything else (javascript:, data:, vbscript:, file:) loses its address. */
const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);

/** True for an address that the sanitizer keeps: http(s), mailto, or a relative address or #anchor. */
export function isSafeUrl(url: string): boolean {
  const match = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001f]/g, ''));
  return !match || SAFE_PROTOCOLS.has((match[1] ?? '').toLowerCase());
}

/** Walks body nodes and reports raw HTML and unsafe links. HTML comments are allowed notes and are not published. */
export function checkBody(file: string, nodes: readonly RootContent[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const visit = (node: RootContent): void => {
    if (node.type === 'html') {
      const html = node.value.trim();
      if (!/^<!--[\s\S]*-->$/.test(html)) {
        const shown = html.length > 60 ? `${html.slice(0, 57)}…` : html;
        diagnostics.push(
          warning(file, startOf(node), 'html-raw', `HTML i texten publiceras inte och har tagits bort: ${JSON.stringify(shown)}. Skriv texten med Markdown i stället (till exempel **fet**, [länktext](https://…), listor med -).`),
        );
      }
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      const what = node.type === 'image' ? 'Bilden' : 'Länken';
      diagnostics.push(
        warning(file, startOf(node), 'link-unsafe', `${what} har adressen ${JSON.stringify(node.url.slice(0, 60))}, som inte publiceras (bara https:, http: och mailto: tillåts). Texten visas utan länk; ange en https-adress eller ta bort länken.`),
      );
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  nodes.forEach(visit);
  return diagnostics;
}
