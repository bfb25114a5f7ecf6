/**
 * Word (.docx) to blocks: mammoth turns the document into HTML by its styles
 * (Heading 1, 2 … become h1, h2 …; lists, tables, bold and italic are kept),
 * the HTML is sanitized (no script, no unsafe link survives) and turned into
 * Markdown nodes. Paragraphs that start with a typed bullet ("· ", "– ")
 * become list items. Images are left out and counted; lists deeper than three
 * levels are flattened. Everything left out is reported.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import mammoth from 'mammoth';
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isSafeUrl } from '../../core/links.ts';
import { type Block, typedBulletLists } from './blocks.ts';
import { checkDocx } from './docx-zip.ts';
import type { MammothMessage } from './mammoth-messages.ts';

/** How deep lists may nest in the draft; deeper items are moved up to this level. */
export const MAX_LIST_DEPTH = 3;

/** What the Word conversion left out or changed, for the report. */
export interface DocxNotes {
  images: number;
  unsafeLinks: string[];
  flattenedLists: number;
  /** Mammoth's own messages, in English (unknown styles and the like): see `mammoth-messages.ts`. */
  messages: MammothMessage[];
}

/**
 * Converts a .docx file to blocks. Throws an Error with a Swedish message naming `fileName` for a document
 * that is broken, too large or holds more than it says (see `docx-zip.ts`), before mammoth unpacks it.
 */
export async function docxBlocks(bytes: Uint8Array, fileName: string): Promise<{ blocks: Block[]; notes: DocxNotes }> {
  await checkDocx(bytes, fileName);
  const notes: DocxNotes = { images: 0, unsafeLinks: [], flattenedLists: 0, messages: [] };
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: both take the bytes.
  const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { buffer: Buffer };
  const result = await mammoth.convertToHtml(input, {
    convertImage: mammoth.images.imgElement(() => {
      notes.images++;
      return Promise.resolve({ src: '' });
    }),
    ignoreEmptyParagraphs: true,
  });
  notes.messages = result.messages.map((m) => ({ type: m.type, message: m.message }));
  const hast = fromHtml(result.value, { fragment: true }) as HastRoot;
  collectUnsafeLinks(hast, notes.unsafeLinks);
  const clean = sanitize(hast, {
    ...defaultSchema,
    clobberPrefix: '',
    tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'img'),
  }) as HastRoot;
  const mdast = toMdast(clean) as Root;
  unwrapEmptyLinks(mdast);
  const blocks: Block[] = [];
  mdast.children.forEach((node, index) => {
    const block = toBlock(node, index + 1, notes);
    if (block) blocks.push(block);
  });
  return { blocks: typedBulletLists(blocks), notes };
}

/** Links whose address the sanitizer removed become their text. */
function unwrapEmptyLinks(node: { children?: unknown[] }): void {
  if (!Array.isArray(node.children)) return;
  node.children = node.children.flatMap((child) => {
    const typed = child as { type: string; url?: string; children?: unknown[] };
    if (typed.type === 'link' && !typed.url) return typed.children ?? [];
    return [child];
  });
  for (const child of node.children) unwrapEmptyLinks(child as { children?: unknown[] });
}

function collectUnsafeLinks(node: HastRoot | Element, found: string[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const href = child.properties?.href;
    if (child.tagName === 'a' && typeof href === 'string' && !isSafeUrl(href)) found.push(href.slice(0, 80));
    collectUnsafeLinks(child, found);
  }
}

function toBlock(node: RootContent, source: number, notes: DocxNotes): Block | undefined {
  const text = toString(node).replace(/\s+/g, ' ').trim();
  if (node.type === 'heading') return { kind: 'heading', level: node.depth, text, content: node.children, source };
  if (node.type === 'paragraph') {
    if (text === '') return undefined;
    return { kind: 'paragraph', text, content: node.children as PhrasingContent[], source, indented: false };
  }
  if (node.type === 'list') {
    notes.flattenedLists += flattenList(node, 1);
    return { kind: 'list', node, text, source };
  }
  if (node.type === 'table') {
    // Word tables have no header row of their own; an empty first row is dropped so the first real row heads the table.
    const [first, ...rest] = node.children;
    if (first && rest.length && toString(first).trim() === '') node.children = rest;
    return { kind: 'table', node, text, source };
  }
  if (text === '') return undefined;
  return { kind: 'paragraph', text, content: [{ type: 'text', value: text }], source, indented: false };
}

/** Moves list items nested deeper than {@link MAX_LIST_DEPTH} up to that level. Returns how many moved. */
function flattenList(list: List, depth: number): number {
  let moved = 0;
  for (const item of list.children) {
    const nested = item.children.filter((c): c is List => c.type === 'list');
    if (depth >= MAX_LIST_DEPTH && nested.length) {
      item.children = item.children.filter((c) => c.type !== 'list');
      const extra = nested.flatMap((n) => collectItems(n));
      moved += extra.length;
      list.children.splice(list.children.indexOf(item) + 1, 0, ...extra);
    } else {
      for (const child of nested) moved += flattenList(child, depth + 1);
    }
  }
  return moved;
}

function collectItems(list: List): List['children'] {
  return list.children.flatMap((item) => {
    const nested = item.children.filter((c): c is List => c.type === 'list');
    item.children = item.children.filter((c) => c.type !== 'list');
    return [item, ...nested.flatMap(collectItems)];
  });
}
