/**
 * Rules: personal data that should not be published: Swedish personal
 * identity numbers and coordination numbers (personnummer,
 * samordningsnummer) and e-mail addresses. The whole file is scanned, front
 * matter and HTML comments included: they are not shown on the site, but the
 * minutes files are published in the repository.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { type FileReporter, type Position, START } from '../../core/diagnostics.ts';
import { startOf } from '../markdown.ts';
import { defineRule, type Rule } from './rule.ts';

/** `personal-identity-number` */
export const personalIdentityNumber = defineRule({
  id: 'personal-identity-number',
  severity: 'warning',
  when: 'Ett personnummer eller samordningsnummer (giltigt datum och kontrollsiffra), också i kommentarer och front matter.',
  fix: 'Ta bort det innan mötet publiceras.',
  example: 'Kontakta 811218-9876.',
});

/** `personal-email` */
export const personalEmail = defineRule({
  id: 'personal-email',
  severity: 'warning',
  when: 'En e-postadress, också i kommentarer och front matter.',
  fix: 'Ta bort en personlig adress. En aktörs publicerade kontaktadress läggs under emails i agencies.yml.',
  example: 'Mejla anna.andersson@kommun.se.',
});

/** The rules of this family, in the guide's order. */
export const RULES = [personalIdentityNumber, personalEmail];

/** True when the ten digits pass the Luhn check that personal identity numbers use. */
export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    const product = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === 0;
}

/** A personal identity number or coordination number found in text. */
export interface IdentityNumber {
  /** As written. */
  text: string;
  /** Character offset in the text. */
  index: number;
  kind: 'personnummer' | 'samordningsnummer';
}

const CANDIDATE = /(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{4})(?![\d-])/g;

/**
 * Finds personal identity numbers (YYMMDD-NNNN, YYYYMMDDNNNN, with `-`, `+`,
 * a space or nothing between) whose date exists and whose check digit is
 * right. Coordination numbers are the same with 60 added to the day. Run it on
 * text made by {@link normalizeForScan}, so that other dashes, spaces,
 * invisible characters and full-width digits count too.
 */
export function findIdentityNumbers(text: string): IdentityNumber[] {
  const found: IdentityNumber[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [written, century, yy, mm, dd, , serial] = match as unknown as [
      string,
      string | undefined,
      string,
      string,
      string,
      string,
      string,
    ];
    const month = Number(mm);
    const rawDay = Number(dd);
    const coordination = rawDay > 60;
    const day = coordination ? rawDay - 60 : rawDay;
    const year = century ? Number(`${century}${yy}`) : 2000 + Number(yy);
    if (century && !['18', '19', '20'].includes(century)) continue;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    if (!luhnValid(`${yy}${mm}${dd}${serial}`)) continue;
    found.push({ text: written, index: match.index ?? 0, kind: coordination ? 'samordningsnummer' : 'personnummer' });
  }
  return found;
}

/** A local part cannot start or end with a dot (`this.@x.call` is code, not an address). */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}/gu;

/** E-mail addresses in text, with their offsets. Run it on text made by {@link normalizeForScan}. */
export function findEmails(text: string): { text: string; index: number }[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}

const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const DASH = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/u;
const SPACE = /^[\u00A0\u2000-\u200A\u202F\u205F\u3000]$/u;

/**
 * Text as a reader sees it, for the scan: invisible characters (zero-width
 * spaces, soft hyphens) removed, every dash a hyphen, every space a space, and
 * compatibility forms folded (NFKC: full-width digits and ＠). `at[i]` is the
 * offset in the original text of the character at `i`.
 */
export function normalizeForScan(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    // ASCII (and the C1 controls) are their own reader's form: most of a file, so without the look-up.
    if (code < 0xa0) {
      out += text[i];
      at.push(i);
      i++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const mapped = scanFormOf(char);
    for (const unit of mapped) {
      out += unit;
      at.push(i);
    }
    i += char.length;
  }
  return { text: out, at };
}

/** What each character beyond ASCII is for the scan, worked out once per character. */
const SCAN_FORMS = new Map<string, string>();
function scanFormOf(char: string): string {
  let mapped = SCAN_FORMS.get(char);
  if (mapped === undefined) {
    mapped = INVISIBLE.test(char) ? '' : DASH.test(char) ? '-' : SPACE.test(char) ? ' ' : char.normalize('NFKC');
    SCAN_FORMS.set(char, mapped);
  }
  return mapped;
}

/** A piece of text and where each of its characters is in the file. */
export interface ScanText {
  text: string;
  /** The file position of the character at a given offset of `text`. */
  placeAt(offset: number): Position;
}

/** One line of a file as a {@link ScanText} (`line` is 1-based). */
export function lineText(text: string, line: number): ScanText {
  return { text, placeAt: (offset) => ({ line, column: [...text.slice(0, offset)].length + 1 }) };
}

/**
 * The text of a Markdown tree as published, block by block: escapes and
 * entities decoded, formatting removed (so `850709-98**05**` reads
 * `850709-9805`), code included. Places are those of the text nodes.
 */
export function publishedText(nodes: readonly RootContent[]): ScanText[] {
  const blocks: ScanText[] = [];
  let current: { text: string; pieces: { from: number; start: Position }[] } | undefined;
  const flush = () => {
    if (!current) return;
    const { text, pieces } = current;
    blocks.push({
      text,
      placeAt(offset) {
        const piece = [...pieces].reverse().find((p) => p.from <= offset) ?? pieces[0];
        if (!piece) return START;
        // A text node can span lines (a paragraph's soft line breaks): count them.
        const before = text.slice(piece.from, offset);
        const lines = before.split('\n');
        if (lines.length === 1) return { line: piece.start.line, column: piece.start.column + [...before].length };
        return { line: piece.start.line + lines.length - 1, column: [...lines.at(-1)!].length + 1 };
      },
    });
    current = undefined;
  };
  const root: Root = { type: 'root', children: [...nodes] };
  visit(root, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') flush();
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'text') {
      current ??= { text: '', pieces: [] };
      current.pieces.push({ from: current.text.length, start: startOf(node) });
      current.text += node.value;
      if (node.type === 'code') flush();
    }
  });
  flush();
  return blocks;
}

/** A finding of the scan, to report once. */
interface Finding {
  rule: Rule;
  key: string;
  place: Position;
  message: string;
  actual: string;
}

function scan(piece: ScanText, allowedEmails: ReadonlySet<string>, found: Finding[]): void {
  const { text, at } = normalizeForScan(piece.text);
  const place = (index: number) => piece.placeAt(at[index] ?? 0);
  for (const number of findIdentityNumbers(text)) {
    const where = place(number.index);
    found.push({
      rule: personalIdentityNumber,
      key: `${where.line}:${number.text.replace(/\D/g, '').slice(-10)}`,
      place: where,
      actual: number.text,
      message: `${number.text} ser ut som ett ${number.kind} (giltigt datum och kontrollsiffra). Personnummer ska inte publiceras: ta bort det, också ur kommentarer och front matter, innan mötet publiceras.`,
    });
  }
  for (const email of findEmails(text)) {
    if (allowedEmails.has(email.text.toLowerCase())) continue;
    const where = place(email.index);
    found.push({
      rule: personalEmail,
      key: `${where.line}:${email.text.toLowerCase()}`,
      place: where,
      actual: email.text,
      message: `E-postadressen ${email.text} publiceras med mötet. Är den en personlig adress, ta bort den eller skriv en funktionsadress. Är den en aktörs publicerade kontaktadress, lägg den under emails för aktören i agencies.yml.`,
    });
  }
}

/**
 * Warnings for personal data in a file: in its text as published (`published`,
 * from {@link publishedText}), and in every line as written (front matter,
 * comments and registries are published in the repository). A number or
 * address found both ways is reported once. Addresses in `allowedEmails`
 * (published contacts from the agency registry) are not reported.
 */
export function checkPersonalData(
  text: string,
  published: readonly ScanText[],
  allowedEmails: ReadonlySet<string>,
  report: FileReporter['report'],
): void {
  const found: Finding[] = [];
  for (const piece of published) scan(piece, allowedEmails, found);
  text.split('\n').forEach((line, index) => scan(lineText(line, index + 1), allowedEmails, found));
  const reported = new Set<string>();
  for (const finding of found) {
    if (reported.has(finding.key)) continue;
    reported.add(finding.key);
    report(finding.rule, finding.place, finding.message, { actual: finding.actual });
  }
}
