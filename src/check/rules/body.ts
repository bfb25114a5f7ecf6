/**
 * Rules: the body. What would not be published as written is reported, never
 * dropped silently: raw HTML (removed from the site) and links with unsafe
 * addresses (their address is removed). HTML comments are allowed notes.
 */
import type { Definition, Html, Image, Link, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSafeUrl } from '../../core/links.ts';
import { startOf, textOutsideComments } from '../markdown.ts';
import { MAX_NESTING } from '../parse.ts';
import type { MinutesSubject } from '../subjects.ts';
import { EXAMPLE_BODY, meeting } from './example-archive.ts';
import { defineRule } from './rule.ts';

/** Exactly one HTML comment, which is a note and not published. */
const ONE_COMMENT = /^<!--(?:(?!-->)[\s\S])*-->$/;

/** An address with a scheme (`https:`, `mailto:` …) or a protocol-relative one (`//host`). */
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const withBody = (extra: string) => ({ 'minutes/2021-03-02-socialchefsnatverket.md': meeting(undefined, `${EXAMPLE_BODY}\n${extra}\n`) });

/** Every node of the body (introduction, headings and items) of `types`, in order. */
function bodyNodes<T extends RootContent>(file: MinutesSubject, types: readonly T['type'][]): T[] {
  const { intro, items } = file.parsed;
  const root: Root = { type: 'root', children: [...intro, ...items.flatMap((item) => [item.headingNode, ...item.nodes])] };
  const found: T[] = [];
  visit(root, (node) => {
    if ((types as readonly string[]).includes(node.type)) found.push(node as T);
  });
  return found;
}

/** Raw HTML that is not a lone comment, with the text a reader would miss. */
function rawHtml(file: MinutesSubject): { node: Html; html: string; text: string }[] {
  return bodyNodes<Html>(file, ['html']).flatMap((node) => {
    const html = node.value.trim();
    return ONE_COMMENT.test(html) ? [] : [{ node, html, text: textOutsideComments(html) }];
  });
}

/** `html-raw` */
export const htmlRaw = defineRule<MinutesSubject>(
  {
    id: 'html-raw',
    severity: 'warning',
    phase: 'minutes',
    when: 'HTML i texten. Det publiceras inte.',
    fix: 'Skriv texten med Markdown i stället (till exempel **fet**, [länktext](https://…), listor med -).',
    examples: [
      { files: withBody('<div>Viktigt</div>'), message: '15:1: HTML i texten publiceras inte och har tagits bort: "<div>Viktigt</div>".' },
    ],
  },
  (file, report) => {
    for (const { node, html, text } of rawHtml(file)) {
      if (html.startsWith('<!--') && text !== '') continue; // html-comment-text
      report(startOf(node), `HTML i texten publiceras inte och har tagits bort: ${JSON.stringify(shorten(html))}.`, { actual: html });
    }
  },
);

/** `html-comment-text` */
export const htmlCommentText = defineRule<MinutesSubject>(
  {
    id: 'html-comment-text',
    severity: 'error',
    phase: 'minutes',
    when: 'Text står på samma rad som en kommentar <!-- … -->. Hela raden räknas då som HTML, och texten publiceras inte.',
    fix: 'Skriv kommentaren på en egen rad, med en tom rad före och efter.',
    examples: [
      {
        files: withBody('<!-- TODO --> Beslut: budgeten antogs.'),
        message: '15:1: Texten "Beslut: budgeten antogs." står på samma rad som en kommentar <!-- … --> och publiceras inte.',
      },
    ],
  },
  (file, report) => {
    for (const { node, html, text } of rawHtml(file)) {
      if (!html.startsWith('<!--') || text === '') continue;
      report(startOf(node), `Texten ${JSON.stringify(shorten(text))} står på samma rad som en kommentar <!-- … --> och publiceras inte.`, {
        actual: html,
      });
    }
  },
);

/** Links, images and definitions of the body, with their address trimmed. */
function addresses(file: MinutesSubject): { node: Link | Image | Definition; url: string; what: string }[] {
  return bodyNodes<Link | Image | Definition>(file, ['link', 'image', 'definition']).map((node) => ({
    node,
    url: node.url.trim(),
    what: node.type === 'image' ? 'Bilden' : 'Länken',
  }));
}

/** `link-unsafe` */
export const linkUnsafe = defineRule<MinutesSubject>(
  {
    id: 'link-unsafe',
    severity: 'warning',
    phase: 'minutes',
    when: 'En länk eller bild med en adress som inte är https:, http: eller mailto:. En länks text visas utan länk, en bild som sin bildtext.',
    fix: 'Ange en https-adress eller ta bort länken.',
    examples: [
      {
        files: withBody('[klicka](javascript:alert(1))'),
        message:
          '15:1: Länken har adressen "javascript:alert(1)", som inte publiceras (bara https:, http: och mailto: tillåts). Texten visas utan länk.',
      },
    ],
  },
  (file, report) => {
    for (const { node, url, what } of addresses(file)) {
      if (isSafeUrl(url)) continue;
      report(
        startOf(node),
        `${what} har adressen ${JSON.stringify(url.slice(0, 60))}, som inte publiceras (bara https:, http: och mailto: tillåts). ${node.type === 'image' ? 'Bildtexten visas i stället för bilden.' : 'Texten visas utan länk.'}`,
        { expected: ['https:', 'http:', 'mailto:'], actual: url },
      );
    }
  },
);

/** `link-relative` */
export const linkRelative = defineRule<MinutesSubject>(
  {
    id: 'link-relative',
    severity: 'warning',
    phase: 'minutes',
    when: 'En länk eller bild med en relativ adress, till exempel ./bilder.pdf. Filen finns inte på webbplatsen, så länken blir trasig.',
    fix: 'Ange hela adressen (https://…) till ett publicerat dokument, eller ta bort länken och behåll texten.',
    examples: [
      {
        files: withBody('Se [bilderna](./slides.pdf).'),
        message: '15:4: Länken pekar på "./slides.pdf", en fil som inte finns på webbplatsen, så länken blir trasig.',
      },
    ],
  },
  (file, report) => {
    for (const { node, url, what } of addresses(file)) {
      if (!isSafeUrl(url) || url === '' || ABSOLUTE.test(url) || url.startsWith('/') || url.startsWith('#')) continue;
      report(
        startOf(node),
        `${what} pekar på ${JSON.stringify(shorten(url))}, en fil som inte finns på webbplatsen, så länken blir trasig.`,
        {
          actual: url,
        },
      );
    }
  },
);

/** `image-remote` */
export const imageRemote = defineRule<MinutesSubject>(
  {
    id: 'image-remote',
    severity: 'warning',
    phase: 'minutes',
    when: 'En bild som hämtas från en annan webbplats. Läsarens webbläsare skulle kontakta den webbplatsen, och arkivets säkerhetsinställningar (Content-Security-Policy) blockerar bilden.',
    fix: 'Skriv det viktiga i bilden som text, eller gör den till en länk: [Bildens namn](https://…).',
    examples: [
      {
        files: withBody('![Diagram](https://example.com/diagram.png)'),
        message: '15:1: Bilden hämtas från "https://example.com/diagram.png". Läsarens webbläsare skulle då kontakta den webbplatsen',
      },
    ],
  },
  (file, report) => {
    for (const { node, url } of addresses(file)) {
      if (node.type !== 'image' || !isSafeUrl(url) || !ABSOLUTE.test(url)) continue;
      report(
        startOf(node),
        `Bilden hämtas från ${JSON.stringify(shorten(url))}. Läsarens webbläsare skulle då kontakta den webbplatsen, och arkivets säkerhetsinställningar blockerar bilden.`,
        { actual: url, note: `Skriv det viktiga i bilden som text, eller gör den till en länk: [${node.alt || 'Bild'}](${shorten(url)}).` },
      );
    }
  },
);

/** `meeting-empty` */
export const meetingEmpty = defineRule<MinutesSubject>(
  {
    id: 'meeting-empty',
    severity: 'error',
    phase: 'minutes',
    when: 'Mötet har ingen text: inga dagordningspunkter (##) och ingen text utanför kommentarer, till exempel en fil från npm run new som ingen har fyllt i.',
    fix: 'Skriv dagordningspunkterna med text under, eller ta bort filen om mötet inte ska publiceras.',
    examples: [
      {
        files: {
          'minutes/2021-03-02-socialchefsnatverket.md': meeting(
            'title: Socialchefsnätverket 2 mars 2021\ndate: 2021-03-02',
            '<!-- Skriv här -->\n',
          ),
        },
        message: '1:1: Mötet har ingen text att publicera: inga dagordningspunkter (## Rubrik) och ingen text utanför kommentarer.',
      },
    ],
  },
  (file, report) => {
    if (!file.findings.empty) return;
    report(
      { line: 1, column: 1 },
      'Mötet har ingen text att publicera: inga dagordningspunkter (## Rubrik) och ingen text utanför kommentarer.',
    );
  },
);

/** `nesting-too-deep` */
export const nestingTooDeep = defineRule<MinutesSubject>(
  {
    id: 'nesting-too-deep',
    severity: 'error',
    phase: 'minutes',
    when: 'Texten är inbäddad i fler än 100 nivåer (citat > och listor i varandra, eller formatering i formatering). Så djup text läses inte alls, eftersom den gör kontrollen orimligt långsam.',
    fix: 'Minska nivåerna: ta bort överflödiga > och indrag. Minnesanteckningar behöver sällan mer än tre nivåer.',
    examples: [
      {
        files: withBody(`${'>'.repeat(150)} Citat`),
        message:
          '15:1: Texten är inbäddad i för många nivåer här (citat > och listor i varandra, eller fet och kursiv stil i varandra); högst 100 nivåer läses.',
      },
    ],
  },
  (file, report) => {
    if (file.parsed.tooDeepAt === undefined) return;
    report(
      { line: file.parsed.tooDeepAt, column: 1 },
      `Texten är inbäddad i för många nivåer här (citat > och listor i varandra, eller fet och kursiv stil i varandra); högst ${MAX_NESTING} nivåer läses. Texten i filen lästes inte.`,
    );
  },
);

/** The rules of this family, in the guide's order. */
export const RULES = [htmlRaw, htmlCommentText, linkUnsafe, linkRelative, imageRemote, meetingEmpty, nestingTooDeep];

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
