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
import type { YamlData } from './yaml.ts';

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
  /** True when the whole text is placed at one position (a YAML value, an address, a file name). */
  whole?: boolean;
}

/** One line of a file as a {@link ScanText} (`line` is 1-based). */
export function lineText(text: string, line: number): ScanText {
  return { text, placeAt: (offset) => ({ line, column: [...text.slice(0, offset)].length + 1 }) };
}

/**
 * The text of a Markdown tree as published, block by block: escapes and
 * entities decoded, formatting removed (so `850709-98**05**` reads
 * `850709-9805`), code included. Places are those of the text nodes. What a
 * page publishes besides (images' alt text, link and image addresses and
 * titles, definitions) is a block each, placed at its node.
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
  /** Text a node publishes outside the text nodes (an image's alt text, an address, a title): a block of its own. */
  const attribute = (value: string | null | undefined, place: Position) => {
    if (value) blocks.push(fixedText(value, place));
  };
  visit(root, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') attribute(node.alt, startOf(node));
    if (node.type === 'image' || node.type === 'link' || node.type === 'definition') {
      attribute(node.url, startOf(node));
      attribute(node.title, startOf(node));
    }
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

/** A piece of published text that is placed as a whole at `place` (a YAML value, an address, a file name). */
export function fixedText(text: string, place: Position): ScanText {
  return { text, placeAt: () => place, whole: true };
}

/** The value at a dotted path of YAML data (`speakers.0.name`), or undefined. */
function valueAt(data: unknown, dotted: string): unknown {
  if (dotted === '') return data;
  let value = data;
  for (const key of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Every text value of a YAML document as published: after YAML's escapes are decoded (`"\x2D"` is a
 * hyphen, `"\u202E"` a direction mark), each placed at its value. Keys are published too (the `items:`
 * anchors) and are included.
 */
export function yamlValueTexts(yaml: YamlData): ScanText[] {
  const texts: ScanText[] = [];
  for (const [dotted, place] of Object.entries(yaml.places)) {
    const value = valueAt(yaml.data, dotted);
    if (typeof value === 'string' && value) texts.push(fixedText(value, place.value));
    const key = dotted.split('.').at(-1);
    if (place.key && key && !/^\d+$/.test(key)) texts.push(fixedText(key, place.key));
  }
  return texts;
}

/** A file's name as published (the index's `file`, a page's address), placed at the start of the file. */
export function fileNameText(filePath: string): ScanText {
  return fixedText(filePath.split(/[\\/]/).at(-1) ?? filePath, START);
}
