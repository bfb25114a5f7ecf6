/**
 * Rules: the body. What would not be published as written is reported, never
 * dropped silently: raw HTML (removed from the site) and links with unsafe
 * addresses (their address is removed). HTML comments are allowed notes.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { FileReporter } from '../../core/diagnostics.ts';
import { startOf } from '../parse.ts';
import { defineRule } from './rule.ts';

/** `html-raw` */
export const htmlRaw = defineRule({
  id: 'html-raw',
  severity: 'warning',
  when: 'HTML i texten. Det publiceras inte.',
  fix: 'Skriv med Markdown: **fet**, *kursiv*, [länktext](https://…), listor med -.',
  example: '<b>Viktigt</b>',
});

/** `link-unsafe` */
export const linkUnsafe = defineRule({
  id: 'link-unsafe',
  severity: 'warning',
  when: 'En länk eller bild med en adress som inte är https:, http: eller mailto:. Texten visas utan länk.',
  fix: 'Ange en https-adress eller ta bort länken.',
  example: '[klicka](javascript:alert(1))',
});

/** The rules of this family, in the guide's order. */
export const RULES = [htmlRaw, linkUnsafe];

/** Link protocols that are published. Anything else (javascript:, data:, vbscript:, file:) loses its address. */
const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);

/** True for an address that the sanitizer keeps: http(s), mailto, or a relative address or #anchor. */
export function isSafeUrl(url: string): boolean {
  const match = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001f]/g, ''));
  return !match || SAFE_PROTOCOLS.has((match[1] ?? '').toLowerCase());
}

/** Reports raw HTML and unsafe links in body nodes. */
export function checkBody(nodes: readonly RootContent[], report: FileReporter['report']): void {
  const root: Root = { type: 'root', children: [...nodes] };
  visit(root, (node) => {
    if (node.type === 'html') {
      const html = node.value.trim();
      if (!/^<!--[\s\S]*-->$/.test(html)) {
        const shown = html.length > 60 ? `${html.slice(0, 57)}…` : html;
        report(
          htmlRaw,
          startOf(node),
          `HTML i texten publiceras inte och har tagits bort: ${JSON.stringify(shown)}. Skriv texten med Markdown i stället (till exempel **fet**, [länktext](https://…), listor med -).`,
          { actual: html },
        );
      }
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      const what = node.type === 'image' ? 'Bilden' : 'Länken';
      report(
        linkUnsafe,
        startOf(node),
        `${what} har adressen ${JSON.stringify(node.url.slice(0, 60))}, som inte publiceras (bara https:, http: och mailto: tillåts). Texten visas utan länk; ange en https-adress eller ta bort länken.`,
        { expected: ['https:', 'http:', 'mailto:'], actual: node.url },
      );
    }
  });
}
