/**
 * A minutes file as Redaktionen's form holds it, and back: the front matter's
 * fields as values the form's widgets edit (the `items:` settings as a list,
 * since a form cannot have keys it does not know), the body as the Markdown
 * text it is. Registered in the page as Decap's custom format
 * `minnesanteckningar`; pure, so the build's tests prove that a file read
 * and written again gives the same meeting.
 *
 * The file written is the one the README documents: YAML that the check's
 * failsafe reader takes as written (plain where plain is safe, double quotes
 * otherwise), flow lists for agencies and topics, and the body unchanged.
 */
import { readYaml } from '../check/yaml.ts';

/** One setting under `items:`, as a row of the form. */
export interface ItemSetting {
  /** The item's or question's anchor. */
  anchor: string;
  /** The item's topics (replacing those found by signal words). */
  topics?: string[];
  /** The agencies that answer (replacing those found from the answers' openings). */
  answeredBy?: string[];
}

/** A minutes file as the form's values. */
export interface MinutesEntry {
  title: string;
  date: string;
  speakers: { name: string; agency: string }[];
  agencies: string[];
  topics: string[];
  items: ItemSetting[];
  /** The Markdown body, as written. */
  body: string;
}

/** The front matter and the body of a file's text: `---` on the first line, and the next line that is only `---`. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^---[ \t]*\n/.test(normalized)) return undefined;
  const close = /\n---[ \t]*(?:\n|$)/.exec(normalized.slice(3));
  if (!close) return undefined;
  const frontMatter = normalized.slice(normalized.indexOf('\n') + 1, 3 + close.index + 1);
  const body = normalized.slice(3 + close.index + close[0].length).replace(/^\n/, '');
  return { frontMatter, body };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const string = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Reads a minutes file into the form's values. What cannot be read as fields (no front matter, YAML that
 * does not parse) leaves the fields empty and the whole text in the body, so that nothing is lost and the
 * check, which reads the file written back, says what is wrong.
 */
export function minutesFromFile(text: string): MinutesEntry {
  const empty: MinutesEntry = { title: '', date: '', speakers: [], agencies: [], topics: [], items: [], body: text };
  const parts = splitFrontMatter(text);
  if (!parts) return empty;
  const yaml = readYaml(parts.frontMatter);
  if (!yaml.ok || !yaml.yaml.data || typeof yaml.yaml.data !== 'object' || Array.isArray(yaml.yaml.data)) return empty;
  const data = yaml.yaml.data as Record<string, unknown>;
  const speakers = Array.isArray(data.speakers)
    ? data.speakers.flatMap((s) =>
        s && typeof s === 'object'
          ? [{ name: string((s as Record<string, unknown>).name), agency: string((s as Record<string, unknown>).agency) }]
          : [],
      )
    : [];
  const settings =
    data.items && typeof data.items === 'object' && !Array.isArray(data.items) ? (data.items as Record<string, unknown>) : {};
  const items: ItemSetting[] = Object.entries(settings).map(([anchor, raw]) => {
    const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    return {
      anchor,
      ...(Array.isArray(value.topics) ? { topics: strings(value.topics) } : {}),
      ...(Array.isArray(value.answeredBy) ? { answeredBy: strings(value.answeredBy) } : {}),
    };
  });
  return {
    title: string(data.title),
    date: string(data.date),
    speakers,
    agencies: strings(data.agencies),
    topics: strings(data.topics),
    items,
    body: parts.body,
  };
}

/**
 * True when `text` can be written as a plain YAML scalar and read back as the same text (in a flow list too, when
 * `flow`). Every C0 and C1 control (tab and line feed too, unlike `CONTROL_CLASS` of `core/text.ts`) and the line
 * and paragraph separators make it quoted: YAML reads them as white space or breaks.
 */
function plainIsSafe(text: string, flow: boolean): boolean {
  return (
    text !== '' &&
    text === text.trim() &&
    /^[\p{L}\p{N}(]/u.test(text) &&
    !/[[\]{}#"'`|>*&!%@\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(text) &&
    !/:(?:\s|$)/.test(text) &&
    !(flow && text.includes(','))
  );
}

/** A scalar as YAML: plain when that is safe, otherwise double-quoted (JSON's escapes are YAML's). */
export function yamlScalar(text: string, flow = false): string {
  return plainIsSafe(text, flow) ? text : JSON.stringify(text);
}

const flowList = (values: readonly string[]) => `[${values.map((v) => yamlScalar(v, true)).join(', ')}]`;

/** The form's values as a minutes file, in the README's order: title, date, speakers, agencies, topics, items; then the body. */
export function minutesToFile(entry: Partial<MinutesEntry>): string {
  const lines = ['---', `title: ${yamlScalar(entry.title?.trim() ?? '')}`, `date: ${yamlScalar(entry.date?.trim() ?? '')}`];
  const speakers = (entry.speakers ?? []).filter((s) => s.name?.trim() || s.agency?.trim());
  if (speakers.length) {
    lines.push('speakers:');
    for (const s of speakers)
      lines.push(`  - name: ${yamlScalar(s.name?.trim() ?? '')}`, `    agency: ${yamlScalar(s.agency?.trim() ?? '')}`);
  }
  const agencies = (entry.agencies ?? []).map((a) => a.trim()).filter(Boolean);
  if (agencies.length) lines.push(`agencies: ${flowList(agencies)}`);
  const topics = (entry.topics ?? []).map((t) => t.trim()).filter(Boolean);
  if (topics.length) lines.push(`topics: ${flowList(topics)}`);
  const items = (entry.items ?? []).filter((i) => i.anchor?.trim() && (i.topics !== undefined || i.answeredBy !== undefined));
  if (items.length) {
    lines.push('items:');
    for (const item of items) {
      lines.push(`  ${yamlScalar(item.anchor.trim())}:`);
      if (item.topics !== undefined) lines.push(`    topics: ${flowList(item.topics)}`);
      if (item.answeredBy !== undefined) lines.push(`    answeredBy: ${flowList(item.answeredBy)}`);
    }
  }
  lines.push('---', '');
  const body = (entry.body ?? '').replace(/\r\n?/g, '\n').replace(/^\n+/, '');
  return `${lines.join('\n')}\n${body.endsWith('\n') || body === '' ? body : `${body}\n`}`;
}

/** The line of the file {@link minutesToFile} writes where the body starts (1-based). */
export function bodyStartLine(text: string): number {
  const parts = splitFrontMatter(text);
  if (!parts) return 1;
  const before = text.length - parts.body.length;
  return text.slice(0, before).split('\n').length;
}
