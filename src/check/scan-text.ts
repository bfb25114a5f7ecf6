/**
 * Text as a reader sees it, for the scans of what is published (personal
 * data): the body's text block by block with the place of every character,
 * and the forms of characters that hide what a reader sees (invisible
 * characters, other dashes and spaces, full-width digits).
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { type Position, START } from '../core/diagnostics.ts';
import { startOf } from './markdown.ts';

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
