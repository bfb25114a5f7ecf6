/**
 * Decides what the blocks of an imported document are: the title line (and
 * the meeting's date), agenda items (Word headings, or lines that end with a
 * parenthesis naming who presented), questions inside items, slide text, and
 * body. Every guess that a human should look at becomes a note. Pure.
 */
import type { Paragraph, RootContent } from 'mdast';
import { stringify } from 'yaml';
import { isNetworkWord, type NamedPresenter, readPresenters, splitHeading, type TokenKind } from '../../check/heading.ts';
import { agencyLabel, type Registries } from '../../core/model.ts';
import { agencyNames, findAgency } from '../../check/registry.ts';
import { MONTHS, parseSwedishDate, swedishDate } from '../../core/dates.ts';
import { DEFAULT_NETWORK } from '../../core/minutes-files.ts';
import { slugify } from '../../core/slug.ts';
import { didYouMean } from '../../core/suggest.ts';
import { matchTopics } from '../../check/topics.ts';
import { toPlainText } from '../../check/markdown.ts';
import type { Block } from './blocks.ts';

/** A note for the report: what the import guessed, or what needs a human look. */
export interface ImportNote {
  kind: 'gissning' | 'granska' | 'utelämnat';
  message: string;
  /** The draft item the note is about (index into `items`), if any. */
  item?: number;
}

/** One `##` section of the draft. */
export interface DraftItem {
  title: string;
  presenters: NamedPresenter[];
  /** The parenthesis ends with "nätverket". */
  network: boolean;
  presentation: boolean;
  body: RootContent[];
}

/** The structured draft, ready to be written as a minutes file. */
export interface Draft {
  date: string | undefined;
  title: string | undefined;
  items: DraftItem[];
  /** Body before the first agenda item. */
  intro: RootContent[];
  speakers: { name: string; agency: string }[];
  agencies: string[];
  topics: string[];
  notes: ImportNote[];
}

const TITLE_LINE = new RegExp(
  `^(?:minnesanteckningar\\s+(?:från\\s+)?)?(.*?)\\s*(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\s*$`,
  'i',
);

/** The date and title in a title line such as "Minnesanteckningar Socialchefsnätverket 2 mars 2021". */
export function readTitleLine(line: string): { date: string; title: string } | undefined {
  const match = TITLE_LINE.exec(line.trim());
  if (!match) return undefined;
  const [, name = '', day = '', month = '', year = ''] = match;
  const date = parseSwedishDate(`${day} ${month} ${year}`);
  if (!date) return undefined;
  return { date, title: `${name.trim() || 'Möte'} ${Number(day)} ${month.toLowerCase()} ${year}` };
}

/** Looks like a person's name: two to four words, each starting with a capital letter. */
function looksLikeName(token: string): boolean {
  const words = token.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** An agenda heading read from a line of text. */
export interface AgendaLine {
  title: string;
  presenters: NamedPresenter[];
  network: boolean;
  /** False when the original lacked the closing parenthesis (added). */
  closed: boolean;
  /** Names that are neither a known agency nor shaped like a person's name. */
  unknown: string[];
  /** Agencies named last in the parenthesis, after people, that the registry does not know. */
  unknownAgencies: string[];
}

/**
 * A line that ends with a readable parenthesis naming presenters, as an agenda heading.
 * A parenthesis of people followed by one word that is no one's name
 * ("(Karin Lund & Sofia Ahl, E-hälsomyndigheten)") names an agency the
 * registry does not know yet: the line is still an agenda item.
 */
export function readAgendaLine(line: string, registries: Registries): AgendaLine | undefined {
  let parts = splitHeading(line);
  let closed = true;
  if (parts.problem && parts.problem.includes('stängs aldrig')) {
    parts = splitHeading(`${line.trim()})`);
    closed = false;
  }
  if (parts.problem || parts.parenthesis === undefined) return undefined;
  const classify = (token: string): TokenKind => (findAgency(registries, token) ? 'agency' : isNetworkWord(token) ? 'network' : 'person');
  let read = readPresenters(parts.parenthesis, classify);
  const unknownAgencies: string[] = [];
  if (!read.problems.length && read.agencies.length === 0 && !read.network) {
    const last = read.people.at(-1);
    const before = read.people.slice(0, -1);
    if (!last || looksLikeName(last.name) || before.length === 0 || !before.every((p) => looksLikeName(p.name))) return undefined;
    read = readPresenters(parts.parenthesis, (token) => (token === last.name ? 'agency' : classify(token)));
    unknownAgencies.push(last.name);
  }
  if (read.problems.length || (read.agencies.length === 0 && !read.network)) return undefined;
  const unknown = read.people.filter((p) => !looksLikeName(p.name)).map((p) => p.name);
  if (unknown.length === read.people.length && read.people.length > 0 && read.agencies.length === 0) return undefined;
  return { title: parts.title, presenters: read.people, network: read.network, closed, unknown, unknownAgencies };
}

/** "Title – Source" lines: links whose address was lost in the export ("Frågor och svar – SKR:s webb"). */
const LINK_TEXT = /\s[–-]\s\S.{0,60}$|\((?:[a-z0-9-]+\.)+[a-z]{2,}\)$/i;

/** A short line without closing punctuation that is probably an agenda heading of the network's own. */
function looksLikeBareHeading(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  if (block?.kind !== 'paragraph' || block.indented) return false;
  const line = block.text;
  if (/^diskussion\s*:/i.test(line) || /^nätverkets övriga frågor$/i.test(line)) return true;
  if (line.length > 60 || /[.,;:!?)]$/.test(line) || /^fråga\b/i.test(line) || LINK_TEXT.test(line)) return false;
  const next = blocks[index + 1];
  const previous = blocks[index - 1];
  const nextIsLink = next?.kind === 'paragraph' && LINK_TEXT.test(next.text);
  const previousIsLink = previous?.kind === 'paragraph' && LINK_TEXT.test(previous.text);
  return next?.kind === 'paragraph' && !nextIsLink && !previousIsLink && next.text.length > line.length;
}

/**
 * A question inside an item ("Vad händer om …?", "Fråga om …", "Målgruppsdefinition …:"
 * before a list). A question that opens an item is the item's own introduction, not a
 * sub-heading.
 */
function looksLikeQuestion(blocks: readonly Block[], index: number, first: boolean): boolean {
  const block = blocks[index];
  if (block?.kind !== 'paragraph' || block.text.length > 300) return false;
  const next = blocks[index + 1];
  if (/^fråga (om|från)\b/i.test(block.text) && block.text.length <= 250) return true;
  if (first) return false;
  if (block.text.endsWith(':') && next?.kind === 'list') return true;
  return block.text.endsWith('?') && next !== undefined && !(next.kind === 'paragraph' && next.text.endsWith('?'));
}

const paragraph = (block: Extract<Block, { kind: 'paragraph' | 'heading' }>): Paragraph => ({ type: 'paragraph', children: block.content });
const subheading = (block: Extract<Block, { kind: 'paragraph' | 'heading' }>): RootContent => ({
  type: 'heading',
  depth: 3,
  children: block.content,
});

/** Options of {@link structure}. */
export interface StructureOptions {
  /** The meeting's date when the document does not say it (or to override it). */
  date?: string;
  /** From Word: the heading level of agenda items (the most used level below the title). */
  agendaLevel?: number;
}

/** Turns blocks into a draft. */
export function structure(blocks: readonly Block[], registries: Registries, options: StructureOptions = {}): Draft {
  const draft: Draft = { date: options.date, title: undefined, items: [], intro: [], speakers: [], agencies: [], topics: [], notes: [] };
  const note = (kind: ImportNote['kind'], message: string, item?: number) =>
    draft.notes.push({ kind, message, ...(item === undefined ? {} : { item }) });

  let start = 0;
  const titleIndex = blocks.findIndex((b) => (b.kind === 'paragraph' || b.kind === 'heading') && readTitleLine(b.text));
  if (titleIndex !== -1) {
    const block = blocks[titleIndex] as Extract<Block, { kind: 'paragraph' }>;
    const read = readTitleLine(block.text)!;
    draft.title = read.title;
    if (!options.date) {
      draft.date = read.date;
      note('gissning', `Datumet ${read.date} och rubriken "${read.title}" från rubrikraden "${block.text}" (rad/stycke ${block.source}).`);
    } else if (options.date !== read.date) {
      note('granska', `Du angav datumet ${options.date}, men rubrikraden säger ${read.date} ("${block.text}").`);
    }
    for (const dropped of blocks.slice(0, titleIndex))
      note('utelämnat', `Sidhuvudet "${dropped.text.slice(0, 80)}" (rad/stycke ${dropped.source}) före rubrikraden.`);
    start = titleIndex + 1;
  } else if (!options.date) {
    note(
      'granska',
      'Hittade ingen rubrikrad med datum ("Minnesanteckningar Socialchefsnätverket 2 mars 2021"). Ange datumet med --datum ÅÅÅÅ-MM-DD.',
    );
  }
  if (!draft.title && draft.date) draft.title = `${DEFAULT_NETWORK} ${swedishDate(draft.date)}`;

  let current: DraftItem | undefined;
  const add = (node: RootContent) => (current ? current.body.push(node) : draft.intro.push(node));
  let inSlides = false;
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!inSlides && block.kind === 'paragraph' && block.indented && draft.items.length > 0) {
      inSlides = true;
      current = { title: 'Ur presentationen', presenters: [], network: false, presentation: true, body: [] };
      draft.items.push(current);
      note(
        'granska',
        'Texten från presentationerna (bilderna) står sist under "Ur presentationen". Skriv vilken presentation det är och vem som höll den, till exempel "## Ur presentationen: Lägesrapport (Michaela Prochazka, Socialstyrelsen)", och dela upp den om den kommer från flera presentationer.',
        draft.items.length - 1,
      );
    }
    if (inSlides) {
      if (block.kind === 'paragraph' && block.indented) add(subheading(block));
      else if (block.kind === 'paragraph' || block.kind === 'heading') add(paragraph(block));
      else add(block.node);
      continue;
    }
    const text = block.kind === 'list' || block.kind === 'table' ? undefined : block.text;
    const agendaLine = text === undefined ? undefined : readAgendaLine(text, registries);
    const wordHeading = block.kind === 'heading' && (options.agendaLevel === undefined || block.level <= options.agendaLevel);
    if (text !== undefined && (agendaLine || wordHeading || looksLikeBareHeading(blocks, i))) {
      const title = agendaLine?.title ?? text;
      current = { title, presenters: agendaLine?.presenters ?? [], network: agendaLine?.network ?? false, presentation: false, body: [] };
      draft.items.push(current);
      const index = draft.items.length - 1;
      if (!agendaLine)
        note('gissning', `"${title}" blev en dagordningspunkt utan föredragande (nätverkets egen punkt). Stämmer det?`, index);
      if (agendaLine && !agendaLine.closed)
        note('granska', 'Parentesen i rubriken stängdes aldrig i originalet; ")" har lagts till.', index);
      for (const agency of agendaLine?.unknownAgencies ?? []) note('granska', unknownAgencyNote(agency, agendaLine!, registries), index);
      for (const name of agendaLine?.unknown ?? []) {
        const guess = didYouMean(name, agencyNames(registries));
        note(
          'granska',
          guess
            ? `"${name}" är ingen känd aktör; menade du "${guess}"?`
            : `Kunde inte avgöra om "${name}" är en person eller en aktör. Rätta rubriken och front matter.`,
          index,
        );
      }
      continue;
    }
    if (block.kind === 'heading') add(subheading(block));
    else if (block.kind === 'paragraph' && current && looksLikeQuestion(blocks, i, current.body.length === 0)) add(subheading(block));
    else if (block.kind === 'paragraph') add(paragraph(block));
    else add(block.node);
  }
  if (draft.items.length === 0)
    note(
      'granska',
      'Hittade inga dagordningspunkter. Gör varje punkt till en rubrik (Rubrik 2 i Word) eller skriv raden som "Rubrik (Namn, Aktör)".',
    );
  collectSpeakers(draft, registries);
  suggestTopics(draft, registries);
  suggestOutcomes(draft);
  return draft;
}

function collectSpeakers(draft: Draft, registries: Registries): void {
  draft.items.forEach((item, index) => {
    for (const person of item.presenters) {
      const agency = person.agency ? findAgency(registries, person.agency) : undefined;
      if (!person.agency) {
        draft.notes.push({
          kind: 'granska',
          message: `${person.name} står utan aktör i rubriken. Skriv aktören efter namnet, till exempel (${person.name}, SKR).`,
          item: index,
        });
      }
      const label = agency ? agencyLabel(agency) : (person.agency ?? 'Aktör');
      if (!draft.speakers.some((s) => s.name === person.name)) draft.speakers.push({ name: person.name, agency: label });
      if (person.agency && !draft.agencies.includes(label)) draft.agencies.push(label);
    }
  });
}

function suggestTopics(draft: Draft, registries: Registries): void {
  const found = new Set<string>();
  for (const item of draft.items) {
    for (const id of matchTopics(item.title, toPlainText(item.body), registries.topics)) found.add(id);
  }
  draft.topics = registries.topics.filter((t) => found.has(t.id)).map((t) => t.name);
  if (draft.topics.length)
    draft.notes.push({
      kind: 'gissning',
      message: `Ämnen föreslagna från signalorden: ${draft.topics.join(', ')}. Ta bort de som inte passar.`,
    });
}

/** The report's note for an agency the registry does not know: who it is about, and the block to paste into agencies.yml. */
function unknownAgencyNote(agency: string, line: AgendaLine, registries: Registries): string {
  const people = line.presenters.filter((p) => p.agency === agency).map((p) => p.name);
  const guess = didYouMean(agency, agencyNames(registries));
  const meant = guess ? ` Menade du "${guess}"? Skriv i så fall det namnet i rubriken och under speakers och agencies.` : '';
  return (
    `Aktören "${agency}" (för ${people.join(' och ')} i rubriken "${line.title}") finns inte i agencies.yml.${meant} ` +
    `Utkastet klarar inte kontrollen förrän aktören finns där. Klistra in raderna mellan markeringarna sist i minutes/agencies.yml, som de står:\n` +
    agencyBlock(agency)
  );
}

/** The first and last lines around the block to paste: YAML comments, so pasting them too changes nothing. */
const PASTE_START = '# --- klistra in härifrån ---';
/** See {@link PASTE_START}. */
const PASTE_END = '# --- hit ---';

/**
 * The registry entry for `agency`, between {@link PASTE_START} and {@link PASTE_END}, each line starting at
 * column 1: pasted as printed at the end of agencies.yml (a top-level list) it is one more entry. Written by
 * the YAML writer, so a name with a colon or a quote stays one string.
 */
function agencyBlock(agency: string): string {
  const entry = stringify([{ id: slugify(agency), name: agency }], { lineWidth: 0 }).trimEnd();
  return `${PASTE_START}\n${entry}\n${PASTE_END}`;
}

/** Phrases that promise something later: a follow-up the minutes could mark as one. */
const FOLLOW_UP = /(?<!\p{L})(återkommer|återkopplar|tar med sig|följer upp|skickar ut)(?!\p{L})/iu;

/** Notes on sentences that sound like follow-ups ("SKR återkommer …"), for the secretary to mark "Uppföljning:" or not. */
function suggestOutcomes(draft: Draft): void {
  draft.items.forEach((item, index) => {
    for (const node of item.body) {
      const blocks = node.type === 'list' ? node.children.map((child) => toPlainText(child.children)) : [toPlainText([node])];
      for (const text of blocks) {
        if (/^(beslut|uppföljning)\s*:/i.test(text)) continue;
        const sentence = text.split(/(?<=[.!?])\s+/).find((s) => FOLLOW_UP.test(s));
        if (!sentence) continue;
        const shown = sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence;
        draft.notes.push({
          kind: 'gissning',
          message: `"${shown}" låter som en uppföljning. Ska den listas bland mötets uppföljningar, låt stycket börja med "Uppföljning:" (eller "Beslut:" för ett beslut).`,
          item: index,
        });
      }
    }
  });
}
