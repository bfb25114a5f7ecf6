/**
 * The check's messages as Redaktionen shows them beside the form: each at
 * the field or the line of the text it belongs to, root causes first (the
 * registries, then errors, then warnings), with the unknown agencies that
 * "Lägg till i registret" can add. Pure: the diagnostics of the file the
 * form writes (`minutes-format.ts`) in, the groups out.
 */
import { type Diagnostic, messageText } from '../core/diagnostics.ts';
import { bodyStartLine } from './minutes-format.ts';

/** The form's top-level fields a message can belong to. */
export type FieldName = 'title' | 'date' | 'speakers' | 'agencies' | 'topics' | 'items' | 'body' | 'file';

/** One message as the form shows it. */
export interface FormMessage {
  /** The field it belongs to; `file` for the whole file or another file (a registry). */
  field: FieldName;
  /** For the text: the line in the text (1-based, as the text field counts); undefined for fields. */
  line?: number;
  column?: number;
  /** The whole message, without the file name and place. */
  text: string;
  ruleId: string;
  fatal: boolean;
  /** The registry or other file it is about, when it is not the meeting. */
  otherFile?: string;
}

/** The messages of a meeting, grouped for the form. */
export interface FormMessages {
  errors: number;
  warnings: number;
  /** In the order to read them: other files (registries) first, then the fields from the top, then the text by line. */
  messages: FormMessage[];
  /** Agencies the meeting names that the registry does not have, each once, as written. */
  unknownAgencies: string[];
}

/** The top-level key of a front matter line (`agencies: [..]` → `agencies`; a list item's line belongs to the key above it). */
function fieldAtLine(frontMatterLines: readonly string[], line: number): FieldName {
  for (let i = Math.min(line - 1, frontMatterLines.length - 1); i >= 0; i--) {
    const key = /^([A-Za-z]+):/.exec(frontMatterLines[i] ?? '')?.[1];
    if (key && ['title', 'date', 'speakers', 'agencies', 'topics', 'items'].includes(key)) return key as FieldName;
  }
  return 'file';
}

const ORDER: Record<FieldName, number> = { file: 0, title: 1, date: 2, speakers: 3, agencies: 4, topics: 5, items: 6, body: 7 };

/**
 * Groups the diagnostics of the meeting `file` (whose text is `text`, as the form wrote it) and of the
 * other files checked with it.
 */
export function formMessages(diagnostics: readonly Diagnostic[], file: string, text: string): FormMessages {
  const lines = text.split('\n');
  const bodyStart = bodyStartLine(text);
  const messages = diagnostics.map((d): FormMessage => {
    const base = { text: messageText(d), ruleId: d.ruleId, fatal: d.fatal };
    if (d.file !== file) return { ...base, field: 'file', otherFile: d.file, line: d.line, column: d.column };
    if (d.line >= bodyStart && bodyStart > 1) return { ...base, field: 'body', line: d.line - bodyStart + 1, column: d.column };
    if (d.line === 1 && d.column === 1 && !/^(title|date)/.test(lines[0] ?? '')) return { ...base, field: 'file' };
    return { ...base, field: fieldAtLine(lines.slice(0, bodyStart - 1), d.line) };
  });
  messages.sort(
    (a, b) =>
      Number(Boolean(b.otherFile)) - Number(Boolean(a.otherFile)) ||
      Number(b.fatal) - Number(a.fatal) ||
      ORDER[a.field] - ORDER[b.field] ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  const unknownAgencies = [
    ...new Set(diagnostics.filter((d) => d.file === file && d.ruleId === 'agency-unknown' && d.actual).map((d) => d.actual!.trim())),
  ];
  const errors = diagnostics.filter((d) => d.fatal).length;
  return { errors, warnings: diagnostics.length - errors, messages, unknownAgencies };
}
