/**
 * The import's common intermediate form: a document as a flat list of blocks
 * (headings, paragraphs, lists, tables), whether it came from Word or from
 * plain text. `structure.ts` decides what the blocks are.
 */
import type { List, ListItem, PhrasingContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** One block of an imported document. `source` is its line (text) or paragraph number (Word). */
export type Block =
  | { kind: 'heading'; level: number; text: string; content: PhrasingContent[]; source: number }
  | { kind: 'paragraph'; text: string; content: PhrasingContent[]; source: number; indented: boolean }
  | { kind: 'list'; node: List; text: string; source: number }
  | { kind: 'table'; node: Table; text: string; source: number };

/**
 * A bullet typed at the start of a paragraph ("· ", "• ", "– ", "- "), as in a Word document whose bullets
 * are not a list style; U+F0B7 and U+F0A7 are Word's Symbol and Wingdings bullets in a text export.
 */
const TYPED_BULLET = /^\s*[·•▪◦‣●○■\-–*\uF0B7\uF0A7]\s+/;
/** Bullets that start a list item in plain text exported from Word: typed bullets, and numbers ("1.", "2)"). */
const BULLET = /^\s*(?:[·•▪◦‣●○■\-–*\uF0B7\uF0A7]|\d{1,2}[.)])\s+/;

/**
 * Windows-1252's characters for 0x80–0x9F, where it differs from Latin-1 (Node's `TextDecoder('windows-1252')`
 * gives C1 controls there). The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay
 * C1 controls, which the import removes from the draft and counts in its report.
 */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes Windows-1252 ("ANSI") text with the real table: bytes below 0x80 and from 0xA0 are their own code points. */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F.charCodeAt(byte - 0x80) : byte;
  }
  return new TextDecoder('utf-16le').decode(units);
}

/** How a text file was read. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/**
 * Decodes a text file: UTF-16 when it starts with a byte order mark (Notepad's "Unicode", little or big
 * endian), else UTF-8, or Windows-1252 when it is not valid UTF-8 (Word's "ANSI" text).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const lines = (text: string) => text.replace(/\r\n?/g, '\n');
  const utf16: TextEncoding | undefined =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : undefined;
  if (utf16) return { text: lines(new TextDecoder(utf16.toLowerCase()).decode(bytes)), encoding: utf16 };
  try {
    return { text: lines(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'UTF-8' };
  } catch {
    return { text: lines(decodeWindows1252(bytes)), encoding: 'Windows-1252' };
  }
}

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];

/** `nodes` without their first `count` characters of text (formatting kept; nodes left empty dropped). */
function withoutPrefix(nodes: readonly PhrasingContent[], count: number): PhrasingContent[] {
  let left = count;
  const kept: PhrasingContent[] = [];
  for (const node of nodes) {
    if (left === 0) {
      kept.push(node);
      continue;
    }
    const length = toString(node).length;
    if (length <= left) {
      left -= length;
      continue;
    }
    if ('children' in node) kept.push({ ...node, children: withoutPrefix(node.children as PhrasingContent[], left) } as PhrasingContent);
    else if ('value' in node) kept.push({ ...node, value: node.value.slice(left) });
    else kept.push(node);
    left = 0;
  }
  return kept;
}

/**
 * Paragraphs that start with a typed bullet ("· ", "• ", "– ", "- ") as list items, without the bullet;
 * consecutive ones (and one right after a bulleted list) form one list. Word documents whose bullets
 * were typed, not made with a list style, have them so; without this they would be read as paragraphs,
 * or as questions (`###`) when they end in "?".
 */
export function typedBulletLists(blocks: readonly Block[]): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    const bullet = block.kind === 'paragraph' ? TYPED_BULLET.exec(toString({ type: 'paragraph', children: block.content })) : null;
    if (block.kind !== 'paragraph' || !bullet) {
      result.push(block);
      continue;
    }
    const content = withoutPrefix(block.content, bullet[0].length);
    const value = toString({ type: 'paragraph', children: content }).replace(/\s+/g, ' ').trim();
    const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: content }] };
    const last = result.at(-1);
    if (last?.kind === 'list' && !last.node.ordered) {
      last.node.children.push(item);
      last.text += `\n${value}`;
    } else {
      result.push({
        kind: 'list',
        node: { type: 'list', ordered: false, spread: false, children: [item] },
        text: value,
        source: block.source,
      });
    }
  }
  return result;
}

/**
 * Splits plain text (one paragraph per line, as Word exports it) into blocks.
 * Lines that start with a bullet become list items; consecutive items one list.
 * A line that starts with a space is marked `indented` (Word exports slide
 * titles so).
 */
export function textBlocks(content: string): Block[] {
  const blocks: Block[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') return;
    const source = index + 1;
    const bullet = BULLET.exec(line);
    if (bullet) {
      const ordered = /\d/.test(bullet[0]);
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: text(line.slice(bullet[0].length).trim()) }],
      };
      const last = blocks.at(-1);
      if (last?.kind === 'list' && last.node.ordered === ordered) {
        last.node.children.push(item);
        last.text += `\n${line.slice(bullet[0].length).trim()}`;
      } else {
        blocks.push({
          kind: 'list',
          node: { type: 'list', ordered, spread: false, children: [item] },
          text: line.slice(bullet[0].length).trim(),
          source,
        });
      }
      return;
    }
    const value = line.trim().replace(/\s+/g, ' ');
    blocks.push({ kind: 'paragraph', text: value, content: text(value), source, indented: /^\s/.test(line) });
  });
  return blocks;
}
