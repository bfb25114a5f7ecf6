/**
 * Turns the Markdown of an agenda item into the two forms the index keeps:
 * sanitized HTML (remark-html with sanitizing on: no raw HTML, no script, no
 * `javascript:` or `data:` links) and plain text (for search and excerpts).
 */
import { isSafeUrl } from '../core/links.ts';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Element } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { defaultHandlers, type Handlers } from 'mdast-util-to-hast';
import remarkHtml from 'remark-html';
import { unified } from 'unified';
import { pointStart } from 'unist-util-position';
import { type Position, START } from '../core/diagnostics.ts';

/**
 * What the item HTML may hold: GitHub's sanitizing schema, plus the ids our `###` headings get
 * (kept as they are: only the check sets ids, Markdown cannot), their links to themselves, the
 * classes of decisions and follow-ups, and the scroll containers of tables and code blocks.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')), ['className', 'anchor-link']],
    p: [['className', 'outcome', 'outcome-beslut', 'outcome-uppfoljning']],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'table-scroll'], 'tabIndex'],
    pre: ['tabIndex'],
  },
};

/** Tables in a container that scrolls sideways by itself (focusable, so the keyboard can scroll it); code blocks likewise. */
const handlers: Handlers = {
  table(state, node) {
    const table = defaultHandlers.table(state, node);
    return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0 }, children: [table] };
  },
  code(state, node) {
    const pre = defaultHandlers.code(state, node) as Element;
    return { ...pre, properties: { ...pre.properties, tabIndex: 0 } };
  },
  // An image whose address is not published (javascript: and the like) is its alt text, as an unsafe
  // link is its text: the sanitizer would otherwise keep an <img alt="x"> with no src.
  image(state, node) {
    if (isSafeUrl(node.url)) return defaultHandlers.image(state, node);
    return node.alt ? { type: 'text', value: node.alt } : undefined;
  },
};

const htmlCompiler = unified().use(remarkHtml, { sanitize: SCHEMA, handlers });

/** Sanitized HTML for a list of Markdown nodes. Raw HTML is dropped. */
export function toSafeHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...nodes] };
  return String(htmlCompiler.stringify(htmlCompiler.runSync(root) as Root)).trim();
}

/** Block nodes whose children are blocks: their text is joined by line breaks. */
const CONTAINERS = new Set(['list', 'listItem', 'blockquote', 'root', 'table', 'tableRow']);

/**
 * Plain text for a list of Markdown nodes: blocks separated by blank lines,
 * list items by line breaks, raw HTML left out.
 */
export function toPlainText(nodes: readonly RootContent[]): string {
  return nodes.map(blockText).filter(Boolean).join('\n\n');
}

function blockText(node: RootContent): string {
  if (node.type === 'html') return '';
  if (CONTAINERS.has(node.type) && 'children' in node) {
    return (node.children as RootContent[]).map(blockText).filter(Boolean).join('\n');
  }
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/**
 * A short excerpt of plain text: the first `max` characters, cut at a word
 * boundary, with an ellipsis when something was cut.
 */
export function excerpt(text: string, max = 220): string {
  // Only the start of the text can end up in the excerpt.
  const flat = text
    .slice(0, max * 2)
    .replace(/([^\s.!?:;…])\s*\n+/g, '$1. ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max && text.length <= max * 2) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`;
}

/** The start of a node as a file position (the start of the file when it has none). */
export function startOf(node: RootContent): Position {
  const point = pointStart(node);
  return point ? { line: point.line, column: point.column } : START;
}

/** The text of HTML outside its comments, as a reader would miss it. */
export function textOutsideComments(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
