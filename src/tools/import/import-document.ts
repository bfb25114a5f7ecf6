/**
 * Imports a Word (.docx) or text (.txt) document as a draft minutes file.
 * Pure apart from the conversion libraries: bytes in, draft text out.
 */
import { CONTROL_CHARACTERS } from '../../core/text.ts';
import type { Registries } from '../../core/model.ts';
import { type Block, decodeText, textBlocks } from './blocks.ts';
import { docxBlocks } from './docx.ts';
import { mammothMessageLines } from './mammoth-messages.ts';
import { type Draft, readTitleLine, structure } from './structure.ts';
import { renderDraft } from './draft.ts';

/** The result of an import. */
export interface ImportResult {
  draft: Draft;
  /** The minutes file text. */
  text: string;
  /** The draft line of each item's heading. */
  itemLines: number[];
}

/** A file name without its folders (works on Windows and browser names alike). */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).at(-1) ?? fileName;
}

/** A file name's extension in lower case, with its dot (`.docx`), or ''. */
function extensionOf(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The file types the import reads. */
export const IMPORTABLE = ['.docx', '.txt', '.text'];

/** Imports a document. Throws an Error with a Swedish message for a file type it cannot read. */
export async function importDocument(
  fileName: string,
  bytes: Uint8Array,
  registries: Registries,
  options: { date?: string } = {},
): Promise<ImportResult> {
  const extension = extensionOf(fileName);
  let blocks: Block[];
  const extraNotes: Draft['notes'] = [];
  let agendaLevel: number | undefined;
  if (extension === '.docx') {
    const converted = await docxBlocks(bytes, baseName(fileName));
    blocks = converted.blocks;
    agendaLevel = agendaHeadingLevel(blocks);
    const { notes } = converted;
    if (notes.images)
      extraNotes.push({
        kind: 'utelämnat',
        message: `${notes.images} ${notes.images === 1 ? 'bild' : 'bilder'} (minnesanteckningarna har bara text; skriv det viktiga i bilden som text).`,
      });
    for (const href of notes.unsafeLinks)
      extraNotes.push({
        kind: 'utelämnat',
        message: `En länk till "${href}" (bara https-, http- och mailto-länkar behålls); länktexten står kvar.`,
      });
    if (notes.flattenedLists)
      extraNotes.push({
        kind: 'granska',
        message: `${notes.flattenedLists} listpunkter i listor med fler än tre nivåer flyttades upp till tredje nivån.`,
      });
    for (const line of mammothMessageLines(notes.messages, baseName(fileName))) extraNotes.push({ kind: 'granska', message: line });
  } else if (extension === '.txt' || extension === '.text') {
    const decoded = decodeText(bytes);
    if (decoded.encoding === 'Windows-1252')
      extraNotes.push({
        kind: 'gissning',
        message: 'Textfilen var inte UTF-8 och lästes som Windows-1252 (ANSI). Kontrollera å, ä och ö.',
      });
    blocks = textBlocks(decoded.text);
  } else {
    throw new Error(
      `Filtypen ${extension || '(ingen)'} kan inte importeras; förväntade ${IMPORTABLE.join(', ')}. Spara dokumentet som Word-dokument (.docx) eller oformaterad text (.txt).`,
    );
  }
  const draft = structure(blocks, registries, { ...(options.date ? { date: options.date } : {}), ...(agendaLevel ? { agendaLevel } : {}) });
  draft.notes.unshift(...extraNotes);
  const rendered = renderDraft(draft);
  // Word's manual line breaks (U+000B) become spaces; other invisible control characters are dropped, and the report says so.
  let removed = 0;
  // The check's own set (core/text.ts), so a draft never holds a character the check refuses (U+FFFE, U+FFFF too).
  const text = rendered.text.replace(CONTROL_CHARACTERS, (char) => {
    removed++;
    return char === '\u000B' ? ' ' : '';
  });
  if (removed > 0) {
    draft.notes.push({
      kind: 'utelämnat',
      message: `${removed} osynliga styrtecken (manuella radbrytningar och sidbrytningar från Word, riktningstecken eller kontrollkoder) togs bort; en manuell radbrytning blev ett mellanslag.`,
    });
  }
  return { draft, text, itemLines: rendered.itemLines };
}

/** The Word heading level of agenda items: the highest level used, not counting the title line. */
function agendaHeadingLevel(blocks: readonly Block[]): number | undefined {
  const levels = blocks.filter((b) => b.kind === 'heading' && !readTitleLine(b.text)).map((b) => (b.kind === 'heading' ? b.level : 9));
  return levels.length ? Math.min(...levels) : undefined;
}
