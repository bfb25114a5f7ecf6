/**
 * Writes a draft as a minutes file (front matter and Markdown) and the
 * report that goes with it, with the draft's line numbers. Pure.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { type Options as MarkdownOptions, toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { type Diagnostic, formatDiagnostic, terminalSafe } from '../../core/diagnostics.ts';
import type { NamedPresenter } from '../../check/heading.ts';
import type { Draft, DraftItem } from './structure.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const markdownOptions: MarkdownOptions = {
  extensions: [gfmTableToMarkdown()],
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
};

function markdown(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return '';
  return toMarkdown({ type: 'root', children: [...nodes] } as Root, markdownOptions).trimEnd();
}

/** "(A, B, SKR & C, Socialstyrelsen och nätverket)": names grouped by the agency that follows them. */
export function presenterParenthesis(presenters: readonly NamedPresenter[], network: boolean): string {
  const groups: string[] = [];
  let names: string[] = [];
  presenters.forEach((person, index) => {
    names.push(person.name);
    const next = presenters[index + 1];
    if (!next || next.agency !== person.agency) {
      groups.push(person.agency ? `${names.join(', ')}, ${person.agency}` : names.join(', '));
      names = [];
    }
  });
  const text = groups.join(' & ');
  if (!text) return '';
  return ` (${text}${network ? ' och nätverket' : ''})`;
}

function headingLine(item: DraftItem): string {
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: item.title }] };
  const presenters = presenterParenthesis(item.presenters, item.network);
  const line = markdown([heading]);
  // A title that ends in its own parenthesis escapes it, or the check would read it as presenters.
  return presenters === '' && line.endsWith(')') ? `${line.slice(0, -1)}\\)` : `${line}${presenters}`;
}

/** The minutes file text, and the line of each item's heading in it. */
export function renderDraft(draft: Draft): { text: string; itemLines: number[] } {
  const frontMatter = stringify(
    {
      title: draft.title ?? 'Socialchefsnätverket',
      date: draft.date ?? 'ÅÅÅÅ-MM-DD',
      speakers: draft.speakers,
      agencies: draft.agencies,
      topics: draft.topics,
    },
    { lineWidth: 0, flowCollectionPadding: false },
  );
  const parts = [`---\n${frontMatter}---`];
  const intro = markdown(draft.intro);
  if (intro) parts.push(intro);
  const itemLines: number[] = [];
  let line = parts.join('\n\n').split('\n').length + 2;
  for (const item of draft.items) {
    itemLines.push(line);
    const section = [headingLine(item), markdown(item.body)].filter(Boolean).join('\n\n');
    parts.push(section);
    line += section.split('\n').length + 1;
  }
  return { text: `${parts.join('\n\n')}\n`, itemLines };
}

const KIND_TITLES = { gissning: 'Gissat (kontrollera)', granska: 'Behöver granskas', utelämnat: 'Utelämnat' } as const;

/** The report printed after an import, in Swedish, with line numbers in the draft. */
export function importReport(draft: Draft, itemLines: readonly number[], draftPath: string, check: readonly Diagnostic[]): string {
  const lines = [
    `Utkastet skrevs till ${draftPath}: ${count(draft.items.filter((i) => !i.presentation).length, 'dagordningspunkt', 'dagordningspunkter')}, ${count(draft.speakers.length, 'talare', 'talare')}, ${count(draft.agencies.length, 'aktör', 'aktörer')}.`,
  ];
  for (const kind of ['gissning', 'granska', 'utelämnat'] as const) {
    const notes = draft.notes.filter((n) => n.kind === kind);
    if (!notes.length) continue;
    lines.push('', `${KIND_TITLES[kind]}:`);
    for (const note of notes) {
      const at = note.item === undefined ? '' : `${draftPath}:${itemLines[note.item]}: `;
      lines.push(`  - ${at}${note.message}`);
    }
  }
  if (check.length) {
    lines.push('', 'Kontrollen (npm run check) säger om utkastet:');
    for (const d of check) lines.push(`  - ${formatDiagnostic(d)}`);
  } else {
    lines.push('', 'Kontrollen (npm run check) hittade inga problem i utkastet.');
  }
  return terminalSafe(lines.join('\n'));
}
