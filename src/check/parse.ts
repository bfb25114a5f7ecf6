/**
 * Stage 2, parse: splits a minutes file into front matter (gray-matter, read
 * as failsafe YAML with places) and body (remark-parse), and the body into
 * agenda items at its `##` headings.
 *
 * Nothing in a minutes file is ever executed: gray-matter's engines are all
 * replaced by one that returns nothing, so `---js` front matter is detected
 * and refused but never evaluated.
 */
import matter from 'gray-matter';
import type { Root, RootContent } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Position } from '../core/diagnostics.ts';
import { startOf } from './markdown.ts';
import type { SourceFile } from './source.ts';
import { readYaml, type YamlData, type YamlError } from './yaml.ts';

/** Why the front matter could not be read; the front matter's rules report it. */
export type FrontMatterProblem =
  /** The file is empty (or only white space). */
  | { kind: 'empty' }
  /** Line 1 is not `---`. */
  | { kind: 'missing'; firstLine: string }
  /** No line `---` closes it. */
  | { kind: 'unclosed' }
  /** `---js` or another language than YAML. */
  | { kind: 'language'; language: string }
  /** YAML that cannot be read. */
  | { kind: 'yaml'; errors: YamlError[] }
  /** YAML that is a list or a lone text instead of fields. */
  | { kind: 'not-mapping'; found: string };

/** One `##` section of the body. */
export interface ParsedItem {
  /** The heading as plain text, for example `Besöksförbud (Lotta Edman, Malin Grape, FoHM)`. */
  heading: string;
  /** The heading's source line as written, for example `## Besöksförbud (Lotta Edman, Malin Grape, FoHM)`. */
  source: string;
  /** Where the heading starts. */
  place: Position;
  /** The heading node itself (checked for raw HTML like the body). */
  headingNode: RootContent;
  /** The Markdown nodes under the heading, up to the next `##`. Positions are file positions. */
  nodes: RootContent[];
}

/** A minutes file split into its parts. */
export interface ParsedMinutes {
  path: string;
  /** The front matter with places, or undefined when it could not be read. */
  frontMatter: YamlData | undefined;
  /** Body content before the first `##` heading. */
  intro: RootContent[];
  items: ParsedItem[];
  /** True when the body was refused before it was read (nested too deep): it has no items, and that is not news. */
  bodyRefused: boolean;
  /** The line where the body nests too deep, when it was refused. */
  tooDeepAt?: number;
  /** Why the front matter could not be read, when it could not. */
  frontMatterProblem?: FrontMatterProblem;
  /** Headings with a single `#`: where, and their text. */
  singleHashHeadings: { place: Position; text: string }[];
  /** `##` headings without a title: where, and the item their text joins (undefined: the introduction). */
  emptyHeadings: { place: Position; into: string | undefined }[];
  /** A second front matter block in the body (`---`, fields, `---`): where it starts and its fields. */
  repeatedFrontMatter?: { place: Position; fields: string[] };
}

/**
 * A second front matter block in the body: a line `---`, then only `field: value` lines (at least one),
 * then a line `---`. Markdown would read it as a rule and a heading made of the fields ("title: Annat
 * date: …"), an agenda item no one meant. `lineOffset` is the line before the body's first.
 */
export function repeatedFrontMatter(body: string, lineOffset: number): { place: Position; fields: string[] } | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^---[ \t]*$/.test(lines[i]!)) continue;
    const fields: string[] = [];
    let j = i + 1;
    for (; j < lines.length && /^[A-Za-z_][\w-]*:(?:[ \t]|$)/.test(lines[j]!); j++) fields.push(lines[j]!.slice(0, lines[j]!.indexOf(':')));
    if (fields.length > 0 && j < lines.length && /^---[ \t]*$/.test(lines[j]!))
      return { place: { line: lineOffset + i + 1, column: 1 }, fields };
  }
  return undefined;
}

/** Front matter languages that are YAML. Everything else is refused. */
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

/** gray-matter engines that never run anything: YAML is read by `yaml.ts` instead. */
const inertEngine = { parse: () => ({}) };
const INERT_ENGINES = {
  yaml: inertEngine,
  json: inertEngine,
  javascript: inertEngine,
  js: inertEngine,
  coffee: inertEngine,
  toml: inertEngine,
};

/**
 * GitHub-style tables and strikethrough (`~~struck~~`), and nothing else of GFM: no
 * autolinking of addresses, which would change the minutes' text.
 */
function remarkGfmParts(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const markdown = unified().use(remarkParse).use(remarkGfmParts);

/** Parses one minutes file. Never throws: what cannot be read is recorded for the rules. */
export function parseMinutes(source: SourceFile): ParsedMinutes {
  const result: ParsedMinutes = {
    path: source.path,
    frontMatter: undefined,
    intro: [],
    items: [],
    bodyRefused: false,
    singleHashHeadings: [],
    emptyHeadings: [],
  };
  const text = source.text;
  if (text === undefined) return result;
  const refuse = (problem: FrontMatterProblem) => ({ ...result, frontMatterProblem: problem });
  if (text.trim() === '') return refuse({ kind: 'empty' });
  if (!text.startsWith('---')) return refuse({ kind: 'missing', firstLine: text.split('\n')[0] ?? '' });
  // The front matter ends at the first line that is exactly `---` (a `----` line inside a text is not its end).
  const close = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!close) return refuse({ kind: 'unclosed' });

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: INERT_ENGINES } as unknown as Parameters<typeof matter>[1]);
  } catch {
    parsed = { language: text.slice(3, text.indexOf('\n')).trim() } as matter.GrayMatterFile<string>;
  }
  const language = (parsed.language ?? '').trim().toLowerCase();
  if (!YAML_LANGUAGES.has(language)) return refuse({ kind: 'language', language: parsed.language });

  // gray-matter names the language; the split is ours, at the exact closing line.
  // From the end of line 1, so that the YAML's lines are the file's.
  const matterStart = text.indexOf('\n');
  const matterEnd = 3 + close.index;
  const matterText = matterEnd > matterStart ? text.slice(matterStart, matterEnd) : '';
  const yaml = readYaml(matterText);
  if (!yaml.ok) result.frontMatterProblem = { kind: 'yaml', errors: yaml.errors };
  else {
    const data = yaml.yaml.data;
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) result.frontMatter = yaml.yaml;
    else {
      const found = data === undefined ? 'tom' : Array.isArray(data) ? 'en lista' : `texten ${JSON.stringify(data)}`;
      result.frontMatterProblem = { kind: 'not-mapping', found };
    }
  }

  const bodyStart = 3 + close.index + close[0].length;
  const body = text.slice(bodyStart);
  result.repeatedFrontMatter = repeatedFrontMatter(body, countLines(text, bodyStart));
  const lineOffset = countLines(text, bodyStart);
  const deepLine = deeplyNestedLine(body);
  if (deepLine !== undefined) return { ...result, bodyRefused: true, tooDeepAt: deepLine + lineOffset };
  const tree = markdown.parse(body) as Root;
  const deepNode = deeplyNestedNode(tree);
  if (deepNode !== undefined) return { ...result, bodyRefused: true, tooDeepAt: deepNode + lineOffset };
  shiftPositions(tree, lineOffset);
  splitItems(tree, body, result);
  return result;
}

/**
 * How deep block quotes and lists may nest. Deeper nesting is refused before
 * the body is read: the Markdown parser's time grows steeply with nesting
 * (1,000 levels took half a minute), and every walk of the tree recurses.
 */
export const MAX_NESTING = 100;

/** How deep the whole tree (blocks and inline formatting) may be, which bounds every recursive walk of it. */
export const MAX_TREE_DEPTH = 2 * MAX_NESTING;

/**
 * The first line (1-based, in `body`) whose block nesting, estimated from the
 * start of the line, is deeper than {@link MAX_NESTING}: each `>` and list
 * marker counts one level (with the space after it), and so does each two
 * spaces of indentation.
 * Cheap: it runs before the parser does.
 */
export function deeplyNestedLine(body: string): number | undefined {
  let line = 1;
  for (let start = 0; start < body.length; line++) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    let depth = 0;
    let spaces = 0;
    for (let i = start; i < end && depth + (spaces >> 1) <= MAX_NESTING; i++) {
      const char = body.charCodeAt(i);
      if (char === 32) spaces++;
      else if (char === 9) spaces += 4;
      else if (
        char === 62 ||
        ((char === 45 || char === 42 || char === 43) && (body.charCodeAt(i + 1) === 32 || body.charCodeAt(i + 1) === 9))
      ) {
        depth++;
        if (body.charCodeAt(i + 1) === 32) i++; // the space after a marker is part of it
      } else if (!(char >= 48 && char <= 57 && /^\d{1,9}[.)][ \t]/.test(body.slice(i, i + 11)))) break;
      else {
        depth++;
        while (body.charCodeAt(i + 1) >= 48 && body.charCodeAt(i + 1) <= 57) i++;
        i += 2;
      }
    }
    if (depth + (spaces >> 1) > MAX_NESTING) return line;
    start = end + 1;
  }
  return undefined;
}

/** The line (in the body) of the first node nested deeper than {@link MAX_TREE_DEPTH}, found without recursion. */
function deeplyNestedNode(tree: Root): number | undefined {
  const stack: { node: Root | RootContent; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) return node.position?.start.line ?? 1;
    if ('children' in node) for (const child of node.children as RootContent[]) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

/** Splits the body at `##` headings, recording single-`#` and empty headings. */
function splitItems(tree: Root, body: string, result: ParsedMinutes): void {
  let current: ParsedItem | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) result.singleHashHeadings.push({ place: startOf(node), text: toString(node) });
    if (node.type === 'heading' && node.depth === 2 && toString(node, { includeHtml: false }).trim() === '') {
      result.emptyHeadings.push({ place: startOf(node), into: current?.heading });
      continue;
    }
    if (node.type === 'heading' && node.depth === 2) {
      const source = body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      current = { heading: toString(node, { includeHtml: false }), source, place: startOf(node), headingNode: node, nodes: [] };
      result.items.push(current);
    } else if (current) current.nodes.push(node);
    else result.intro.push(node);
  }
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Moves every position in a body tree down by the front matter's lines (offsets stay body-relative). */
function shiftPositions(tree: Root, lines: number): void {
  visit(tree, (node) => {
    if (!node.position) return;
    node.position.start.line += lines;
    node.position.end.line += lines;
  });
}
