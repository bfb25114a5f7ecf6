/**
 * The import's common intermediate form: a document as a flat list of blocks
 * (headings, paragraphs, lists, tables), whether it came from Word or from
 * plain text. `structure.ts` decides what the blocks are.
 */
import type { List, ListItem, PhrasingContent, Table } from 'mdast';

/** One block of an imported document. `source` is its line (text) or paragraph number (Word). */
export type Block =
  | { kind: 'heading'; level: number; text: string; content: PhrasingContent[]; source: number }
  | { kind: 'paragraph'; text: string; content: PhrasingContent[]; source: number; indented: boolean }
  | { kind: 'list'; node: List; text: string; source: number }
  | { kind: 'table'; node: Table; text: string; source: number };

/** Bullets that start a list item in plain text exported from Word. */
const BULLET = /^\s*(?:[·•▪◦‣●○■\-–*]|\d{1,2}[.)])\s+/;

/** Decodes a text file: UTF-8, or Windows-1252 when it is not valid UTF-8 (Word's "ANSI" text). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n'), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes).replace(/\r\n?/g, '\n'), encoding: 'Windows-1252' };
  }
}

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];

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
