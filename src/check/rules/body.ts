/**
 * Rules: the body. What would not be published as written is reported, never
 * dropped silently: raw HTML (removed from the site) and links with unsafe
 * addresses (their address is removed). HTML comments are allowed notes.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { FileReporter } from '../../core/diagnostics.ts';
import { startOf } from '../markdown.ts';
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

/** `html-comment-text` */
export const htmlCommentText = defineRule({
  id: 'html-comment-text',
  severity: 'error',
  when: 'Text står på samma rad som en kommentar <!-- … -->. Hela raden räknas då som HTML, och texten publiceras inte.',
  fix: 'Skriv kommentaren på en egen rad, med en tom rad före och efter.',
  example: '<!-- TODO --> Beslut: budgeten antogs. <!-- kolla siffran -->',
});

/** `image-remote` */
export const imageRemote = defineRule({
  id: 'image-remote',
  severity: 'warning',
  when: 'En bild som hämtas från en annan webbplats. Läsarens webbläsare skulle kontakta den webbplatsen, och arkivets säkerhetsinställningar (Content-Security-Policy) blockerar bilden.',
  fix: 'Skriv det viktiga i bilden som text, eller länka till bilden: [Bildens namn](https://…).',
  example: '![Diagram](https://example.com/diagram.png)',
});

/** `link-relative` */
export const linkRelative = defineRule({
  id: 'link-relative',
  severity: 'warning',
  when: 'En länk eller bild med en relativ adress, till exempel ./bilder.pdf. Filen finns inte på webbplatsen, så länken blir trasig.',
  fix: 'Ange hela adressen (https://…) till ett dokument som är publicerat, eller ta bort länken och behåll texten.',
  example: '[bilderna](./slides.pdf)',
});

/** `meeting-empty` */
export const meetingEmpty = defineRule({
  id: 'meeting-empty',
  severity: 'error',
  when: 'Mötet har ingen text: inga dagordningspunkter (##) och ingen text utanför kommentarer, till exempel en fil från npm run new som ingen har fyllt i.',
  fix: 'Skriv dagordningspunkterna som ## rubriker med text under, eller ta bort filen.',
  example: 'En fil med bara front matter och mallens kommentar.',
});

/** `nesting-too-deep` */
export const nestingTooDeep = defineRule({
  id: 'nesting-too-deep',
  severity: 'error',
  when: 'Texten är inbäddad i fler än 100 nivåer (citat > och listor i varandra, eller formatering i formatering). Så djup text läses inte alls, eftersom den gör kontrollen orimligt långsam.',
  fix: 'Minska nivåerna: ta bort överflödiga > och indrag. Minnesanteckningar behöver sällan mer än tre nivåer.',
  example: 'En rad som börjar med 2 000 tecken >.',
});

/** The rules of this family, in the guide's order. */
export const RULES = [htmlRaw, htmlCommentText, linkUnsafe, linkRelative, imageRemote, meetingEmpty, nestingTooDeep];

/** Link protocols that are published. Anything else (javascript:, data:, vbscript:, file:) loses its address. */
const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);

/** True for an address that the sanitizer keeps: http(s), mailto, or a relative address or #anchor. */
export function isSafeUrl(url: string): boolean {
  const match = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001f]/g, ''));
  return !match || SAFE_PROTOCOLS.has((match[1] ?? '').toLowerCase());
}

/** Exactly one HTML comment, which is a note and not published. */
const ONE_COMMENT = /^<!--(?:(?!-->)[\s\S])*-->$/;

/** An address with a scheme (`https:`, `mailto:` …) or a protocol-relative one (`//host`). */
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The text of HTML outside its comments, as a reader would miss it. */
function textOutsideComments(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reports what in body nodes would not be published as written: raw HTML,
 * text on a line with a comment, unsafe and relative links, remote images.
 */
export function checkBody(nodes: readonly RootContent[], report: FileReporter['report']): void {
  const root: Root = { type: 'root', children: [...nodes] };
  visit(root, (node) => {
    if (node.type === 'html') {
      const html = node.value.trim();
      const text = textOutsideComments(html);
      if (ONE_COMMENT.test(html)) return;
      if (html.startsWith('<!--') && text !== '') {
        report(
          htmlCommentText,
          startOf(node),
          `Texten ${JSON.stringify(shorten(text))} står på samma rad som en kommentar <!-- … --> och publiceras inte. Skriv kommentaren på en egen rad, med en tom rad före och efter.`,
          {
            actual: html,
          },
        );
        return;
      }
      report(
        htmlRaw,
        startOf(node),
        `HTML i texten publiceras inte och har tagits bort: ${JSON.stringify(shorten(html))}. Skriv texten med Markdown i stället (till exempel **fet**, [länktext](https://…), listor med -).`,
        { actual: html },
      );
    }
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const what = node.type === 'image' ? 'Bilden' : 'Länken';
    const url = node.url.trim();
    if (!isSafeUrl(url)) {
      report(
        linkUnsafe,
        startOf(node),
        `${what} har adressen ${JSON.stringify(url.slice(0, 60))}, som inte publiceras (bara https:, http: och mailto: tillåts). Texten visas utan länk; ange en https-adress eller ta bort länken.`,
        { expected: ['https:', 'http:', 'mailto:'], actual: url },
      );
    } else if (url !== '' && !ABSOLUTE.test(url) && !url.startsWith('/') && !url.startsWith('#')) {
      report(
        linkRelative,
        startOf(node),
        `${what} pekar på ${JSON.stringify(shorten(url))}, en fil som inte finns på webbplatsen, så länken blir trasig. Ange hela adressen (https://…) till ett publicerat dokument, eller ta bort länken och behåll texten.`,
        {
          actual: url,
        },
      );
    } else if (node.type === 'image' && ABSOLUTE.test(url)) {
      report(
        imageRemote,
        startOf(node),
        `Bilden hämtas från ${JSON.stringify(shorten(url))}. Läsarens webbläsare skulle då kontakta den webbplatsen, och arkivets säkerhetsinställningar blockerar bilden. Skriv det viktiga i bilden som text, eller gör den till en länk: [${node.alt || 'Bild'}](${shorten(url)}).`,
        { actual: url },
      );
    }
  });
}

/** Whether a meeting has anything to publish: an agenda item, or text outside comments before the first one. */
export function checkNotEmpty(intro: readonly RootContent[], itemCount: number, report: FileReporter['report']): void {
  if (itemCount > 0) return;
  const text = intro.some((node) => node.type !== 'html' || textOutsideComments(node.value) !== '');
  if (text) return;
  report(
    meetingEmpty,
    { line: 1, column: 1 },
    'Mötet har ingen text att publicera: inga dagordningspunkter (## Rubrik) och ingen text utanför kommentarer. Skriv dagordningspunkterna med text under, eller ta bort filen om mötet inte ska publiceras.',
  );
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
