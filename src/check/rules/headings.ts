/**
 * Rules: agenda item headings have a title and a readable parenthesis of
 * presenters (`## Titel (Namn, Aktör)`), and no heading uses a single `#`.
 */
import type { RootContent } from 'mdast';
import type { FileReporter, Position } from '../../core/diagnostics.ts';
import { isPresentationHeading, type Presenters, readPresenters, splitHeading, type TokenKind } from '../heading.ts';
import type { ParsedItem } from '../parse.ts';
import { defineRule } from './rule.ts';

/** `heading-parenthesis` */
export const headingParenthesis = defineRule({
  id: 'heading-parenthesis',
  severity: 'error',
  when: 'Parentesen efter en rubrik kan inte läsas: den stängs aldrig, är tom, innehåller en parentes till eller har två skiljetecken i rad.',
  fix: 'Skriv den som (Namn, Aktör) eller (Namn, Namn, Aktör & Namn, Aktör). Hör parentesen till titeln, skriv \\) sist.',
  example: '## Lägesrapport (Michaela Prochazka, Socialstyrelsen',
});

/** `heading-empty` */
export const headingEmpty = defineRule({
  id: 'heading-empty',
  severity: 'warning',
  when: 'En rubrik med ## men utan titel. Den blir ingen dagordningspunkt: texten under den visas som en del av punkten ovanför (eller inledningen).',
  fix: 'Skriv titeln om det är en egen punkt, annars ta bort raden med ##.',
  example: '##',
});

/** `heading-level` */
export const headingLevel = defineRule({
  id: 'heading-level',
  severity: 'error',
  when: 'En rubrik med en enda #. Mötets rubrik står i title.',
  fix: 'Skriv ## för en dagordningspunkt och ### för en underrubrik.',
  example: '# Lägesrapport',
});

/** The rules of this family, in the guide's order. */
export const RULES = [headingParenthesis, headingEmpty, headingLevel];

/** An item heading as written: its title, kind and presenters (names and agencies not yet resolved). */
export interface ItemHeading {
  title: string;
  kind: 'agenda' | 'presentation';
  /** Who presented as written in the parenthesis; undefined when the heading has none. */
  presenters: Presenters | undefined;
  /** The place of `needle`'s last occurrence in the heading line (for messages about a name). */
  placeOf(needle: string): Position;
}

/** True when a heading ends in plain text: a parenthesis after code, a link or formatting is part of the title. */
function endsInPlainText(heading: RootContent): boolean {
  const children = 'children' in heading ? (heading.children as RootContent[]) : [];
  return children.at(-1)?.type === 'text';
}

/** The index of the "(" that the final ")" of `text` closes, or -1. */
function openingParenthesis(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/** The text of a heading's trailing plain-text children (after its last code, link or formatting). */
function plainTail(heading: RootContent): string {
  const children = 'children' in heading ? (heading.children as RootContent[]) : [];
  let tail = '';
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.type !== 'text') break;
    tail = child.value + tail;
  }
  return tail;
}

const PARENTHESIS_FORM = 'Skriv den som (Namn, Aktör) eller (Namn, Namn, Aktör & Namn, Aktör)';

/**
 * Reads an item's heading (one with a title: `parse.ts` reports empty ones),
 * reporting an unreadable parenthesis.
 * Returns undefined when the heading cannot be used as an item.
 *
 * @param classify Says whether a word of the parenthesis is an agency, the network or a person.
 */
export function readItemHeading(
  parsed: ParsedItem,
  report: FileReporter['report'],
  classify: (token: string) => TokenKind,
): ItemHeading | undefined {
  const escaped = /\\\)\s*#*\s*$/.test(parsed.source);
  const parts = splitHeading(parsed.heading, escaped || !endsInPlainText(parsed.headingNode));
  const tail = plainTail(parsed.headingNode);
  const opening = openingParenthesis(parsed.heading.trimEnd());
  if (parts.parenthesis !== undefined && opening !== -1 && opening < parsed.heading.trimEnd().length - tail.trimEnd().length) {
    report(
      headingParenthesis,
      parsed.place,
      `Parentesen sist i rubriken innehåller formatering (kod, länk, fet eller kursiv stil) och kan inte läsas som namn och aktörer. ${PARENTHESIS_FORM}, utan formatering; hör parentesen till titeln, skriv \\) sist.`,
    );
    return undefined;
  }
  const placeOf = (needle: string): Position => {
    const index = parsed.source.lastIndexOf(needle);
    return { line: parsed.place.line, column: parsed.place.column + Math.max(index, 0) };
  };
  if (parts.problem) {
    report(
      headingParenthesis,
      placeOf('('),
      `Parentesen i rubriken kan inte läsas: ${parts.problem}. ${PARENTHESIS_FORM}; hör parentesen till titeln, skriv \\) sist.`,
    );
    return undefined;
  }
  const kind = isPresentationHeading(parts.title) ? 'presentation' : 'agenda';
  if (parts.parenthesis === undefined) return { title: parts.title, kind, presenters: undefined, placeOf };
  const presenters = readPresenters(parts.parenthesis, classify);
  for (const problem of presenters.problems) {
    report(headingParenthesis, placeOf('('), `Parentesen i rubriken kan inte läsas: ${problem}. ${PARENTHESIS_FORM}.`);
  }
  return { title: parts.title, kind, presenters, placeOf };
}
