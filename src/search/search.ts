/**
 * Stage 6, search index: one Pagefind record per meeting, written as the
 * meeting's HTML: each agenda item a `<h2>` and each question a `<h3>` with
 * the anchor of the meeting page, so Pagefind's sub-results are the items and
 * questions that matched, each a deep link with its excerpt. The filters are
 * the meeting's (every topic, agency, person of any item, and the year); what
 * each item has is in the record's item marks ({@link itemMark}), and each
 * question's own topics in its question mark ({@link questionMark}), so the
 * search page shows, under a meeting, only the items (and matches under
 * questions) the chosen filters hold.
 *
 * One record per meeting, not per item: Pagefind's time, its per-record
 * metadata (loaded in full before the first result) and its number of files
 * grow with the records, and a meeting has about a dozen items (README,
 * Performance).
 *
 * `searchRecords`, `recordHtml` and `searchShards` are pure; `writeSearchIndex`
 * runs Pagefind and writes `pagefind/` (for a large archive, its parts
 * `pagefind/del-<id>/`) into the folder it is given.
 *
 * A large archive's index is written in parts of {@link SEARCH_PART_RECORDS}
 * records or more on average ({@link searchShards}), one after
 * another, which the search page searches together, asking only the parts that
 * hold the query's words (`search/pagefind-keys.ts`): Pagefind's time and memory
 * grow faster than its number of records, so parts bound both, and a build after
 * one meeting changed indexes one part again, not the whole archive.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArchiveIndex } from '../core/index-schema.ts';
import { agencyLabel, agencyMatcher, mentions, namesOf } from '../core/agency-names.ts';
import {
  ALIAS_SEPARATOR,
  ANSWERED_META,
  foldWord,
  itemFilterValues,
  itemMark,
  meetingFilterValues,
  PART_FILTER,
  PRESENTERS_META,
  questionFilterValues,
  questionMark,
  SORT_KEY,
  vocabularyFile,
  VOCABULARY_MIN_LENGTH,
} from '../core/search-contract.ts';
import { withPathPrefix } from '../core/urls.ts';
import { codeUnitOrder, unique } from '../core/text.ts';
import { wordCounts } from '../core/words.ts';
import { compileSynonyms, synonymsFor } from './synonyms.ts';

type Item = ArchiveIndex['items'][number];

/** One meeting's search record: the HTML Pagefind indexes, and the filters, meta and sort it is given. */
export interface SearchRecord {
  /** The meeting page, under the path prefix. */
  url: string;
  /** The meeting's date, `YYYY-MM-DD`: the sort key, and what parts are split by. */
  date: string;
  title: string;
  /** The searchable HTML: the introduction, then each item's heading, text and questions, then what is added for search. */
  body: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The Pagefind record of every meeting of the index, oldest first. URLs carry the path prefix; the network's own
 * items are labelled `networkLabel` (the site setting's).
 */
export function searchRecords(index: ArchiveIndex, pathPrefix = '/', networkLabel = 'Nätverket'): SearchRecord[] {
  const items = new Map(index.items.map((item) => [item.id, item]));
  const agencies = new Map(index.agencies.map((a) => [a.id, a]));
  const people = new Map(index.people.map((p) => [p.id, p]));
  // Every name of an agency, but a short name or alias that the minutes also use as an ordinary word
  // (the check warns about it): added to an item, it would make that word find all the agency's items.
  const lower = (name: string) => name.toLocaleLowerCase('sv');
  const ordinary = wordCounts(
    index.items.map((item) => item.text),
    index.agencies.flatMap(namesOf).map(lower),
  );
  const agencyMentions = index.agencies.map((agency) => ({
    agency,
    names: namesOf(agency).filter((name) => !ordinary.get(lower(name)) || name === agency.name),
    matcher: agencyMatcher(namesOf(agency)),
  }));
  const presentersOf = (item: Item) => {
    const presenters = item.presenters.map((p) => {
      const agency = agencies.get(p.agencyId);
      return `${people.get(p.personId)?.name}, ${agency ? agencyLabel(agency) : ''}`;
    });
    if (item.network) presenters.push(networkLabel);
    return presenters.join('; ');
  };
  // The topics' synonyms (`topics.yml`): a word of a group finds the parts that say another.
  const synonyms = compileSynonyms(index.topics.flatMap((topic) => topic.synonyms));
  const answeredBy = (agencyIds: readonly string[]) =>
    agencyIds
      .flatMap((id) => agencies.get(id) ?? [])
      .map(agencyLabel)
      .join(', ');
  return index.meetings.map((meeting): SearchRecord => {
    const meetingItems = meeting.itemIds.map((id) => items.get(id)!);
    const presentersMeta: Record<string, string> = {};
    const sections = meetingItems.map((item) => {
      const presenters = presentersOf(item);
      // Who presented and every name of every agency that presents, answers or is named in the item, after the
      // separator the search page cuts excerpts at: "FoHM" and "Folkhälsomyndigheten" find the same items.
      const said = `${item.title}\n${presenters}\n${item.text}`;
      const named = agencyMentions
        .filter(
          ({ agency, matcher }) =>
            item.agencyIds.includes(agency.id) || item.answeringAgencyIds.includes(agency.id) || mentions(said, matcher),
        )
        .flatMap((m) => m.names);
      const added = [presenters, ...unique(named)].filter(Boolean).join(` ${ALIAS_SEPARATOR} `);
      if (presenters) presentersMeta[`${PRESENTERS_META}${item.anchor}`] = presenters;
      // Who answered the item and each question, for the results' "Svar från …".
      for (const { anchor, answeringAgencyIds } of [item, ...item.questions]) {
        const answered = answeredBy(answeringAgencyIds);
        if (answered) presentersMeta[`${ANSWERED_META}${anchor}`] = answered;
      }
      const mark = itemMark(item.anchor, item.kind, itemFilterValues(item));
      return `<section><h2 id="${item.anchor}">${escapeHtml(item.title)}</h2><span id="${mark}"></span>\n${withSynonyms(withQuestionMarks(withoutAnchorLinks(item.html), item), item.title, synonyms)}\n<p>${ALIAS_SEPARATOR} ${escapeHtml(added)}</p></section>`;
    });
    const intro = meeting.introText.trim() ? `<p>${escapeHtml(meeting.introText)}</p>\n` : '';
    return {
      url: withPathPrefix(meeting.url, pathPrefix),
      date: meeting.date,
      title: meeting.title,
      body: `${intro}${sections.join('\n')}`,
      filters: meetingFilterValues(meeting.year, meetingItems),
      meta: { date: meeting.date, ...presentersMeta },
    };
  });
}

/**
 * The HTML page Pagefind indexes for a record: the meeting's title as its `<h1>` (matches there and in the
 * introduction are the meeting's own), the body, and the filters, meta and sort in an element Pagefind reads but
 * does not index.
 */
export function recordHtml(record: SearchRecord): string {
  const data = [
    ...Object.entries(record.filters).flatMap(([name, values]) =>
      values.map((value) => `<span data-pagefind-filter="${name}">${escapeHtml(value)}</span>`),
    ),
    ...Object.entries(record.meta).map(([name, value]) => `<span data-pagefind-meta="${name}">${escapeHtml(value)}</span>`),
    ...(record.date ? [`<span data-pagefind-sort="${SORT_KEY}">${record.date}</span>`] : []),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(record.title)}</title></head><body>`,
    `<h1>${escapeHtml(record.title)}</h1>`,
    `<div data-pagefind-ignore>${data.join('')}</div>`,
    record.body,
    '</body></html>',
  ].join('\n');
}

/** The item's HTML without the questions' links to themselves (`check/answers.ts`), whose "#" would be part of the question's title and excerpts. */
function withoutAnchorLinks(html: string): string {
  return html.replace(/ ?<a [^>]*class="anchor-link"[^>]*>#<\/a>/g, '');
}

/** The item's HTML with each question's mark ({@link questionMark}) after its heading: its own topics, for the topic filter. */
function withQuestionMarks(html: string, item: Item): string {
  const questions = new Map(item.questions.map((q) => [q.anchor, q]));
  return html.replace(/<h3 id="([^"]+)">[\s\S]*?<\/h3>/g, (heading, anchor: string) => {
    const question = questions.get(anchor);
    return question ? `${heading}<span id="${questionMark(anchor, questionFilterValues(question))}"></span>` : heading;
  });
}

/**
 * The item's HTML with, at the end of each part of it (its own text before the first question, and each question
 * with its answer), the synonyms of the words that part says ({@link synonymsFor}), after the separator: the search
 * finds the part by them, lands on it, and its excerpts never show them. The item's own part counts its title.
 */
function withSynonyms(html: string, title: string, groups: Parameters<typeof synonymsFor>[1]): string {
  if (!groups.length) return html;
  const parts = html.split(/(?=<h3 id=")/);
  // An item that begins with a question: its title's synonyms go before the question.
  if (parts[0]?.startsWith('<h3 id="')) parts.unshift('');
  return parts
    .map((part, i) => {
      const text = `${i === 0 ? `${title}\n` : ''}${plainText(part)}`;
      const words = synonymsFor(text, groups);
      if (!words.length) return part;
      const end = part.trimEnd().length;
      return `${part.slice(0, end)}\n<p>${ALIAS_SEPARATOR} ${escapeHtml(words.join(` ${ALIAS_SEPARATOR} `))}</p>${part.slice(end)}`;
    })
    .join('');
}

/** The text of sanitized HTML: its tags dropped, the entities of escaped text undone. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The smallest target size of a search part, in records (meetings): an archive of fewer than half as many has one
 * part. Pagefind's time and memory grow faster than its records, so parts bound both; and a build after one meeting
 * is added, edited or removed indexes again only the parts whose records changed (README, Performance).
 */
export const SEARCH_PART_RECORDS = 256;

/**
 * The target size of the parts of an index of `recordCount` records: {@link SEARCH_PART_RECORDS}, doubled until an
 * archive has about sixteen parts at most, so that the first search loads a bounded number of them. A power of two,
 * so that the parts' boundaries change only when the archive doubles.
 */
export function partTarget(recordCount: number): number {
  let target = SEARCH_PART_RECORDS;
  while (recordCount > target * 16) target *= 2;
  return target;
}

/** One part of the search index: its id (the value of {@link PART_FILTER}), its folder (relative to the site's root, ending in `/`) and its records. */
export interface SearchShard {
  id: string;
  dir: string;
  records: SearchRecord[];
}

const hashOf = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether a part ends after the record with `url`: one record in `every`, on average, chosen by the hash of its URL
 * alone, so that where parts end depends on no count (content-defined): a meeting added, edited or removed changes
 * one part and no other (a removed last meeting of a part joins it to the next).
 */
function endsPart(url: string, every: number): boolean {
  return hashOf(url).readUInt32BE(0) % every === 0;
}

/**
 * The records in parts, newest part first, each part the meetings of a span of dates (the search page lists
 * "nyast först" part after part). An archive of no more records than the target size (`target`, default
 * {@link partTarget}) is one part; a larger one is cut, oldest first, after each record that ends a part
 * ({@link endsPart}: one in `target` on average, so parts vary in size around it). A part's id is the hash of its
 * oldest record's URL, stable while that meeting is; its folder is `pagefind/del-<id>/`, or `pagefind/` when the
 * index has one part. Each record's {@link PART_FILTER} names its part, so that the search page can ask one part at a
 * time, and only the parts that hold the query's words.
 */
export function searchShards(records: readonly SearchRecord[], target = partTarget(records.length)): SearchShard[] {
  const oldestFirst = [...records].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0,
  );
  const every = Math.max(1, Math.round(target));
  const groups: SearchRecord[][] = [[]];
  for (const record of oldestFirst) {
    groups[groups.length - 1]!.push(record);
    if (records.length > every && endsPart(record.url, every)) groups.push([]);
  }
  if (groups.length > 1 && !groups[groups.length - 1]!.length) groups.pop();
  return groups.reverse().map((group, _, all) => {
    const id = hashOf(group[0]?.url ?? '')
      .toString('hex')
      .slice(0, 8);
    return {
      id,
      dir: all.length === 1 ? 'pagefind/' : `pagefind/del-${id}/`,
      records: group.reverse().map((record) => ({ ...record, filters: { ...record.filters, [PART_FILTER]: [id] } })),
    };
  });
}

/** Options of {@link writeSearchIndex}. */
export interface SearchIndexOptions {
  /** The folders of parts not to index (a build takes them from the previous one). Default: none. */
  skip?: readonly string[];
}

/** Runs Pagefind over each part in turn (but those skipped) and writes its files into `outputDir/<part's folder>`. */
export async function writeSearchIndex(shards: readonly SearchShard[], outputDir: string, options: SearchIndexOptions = {}): Promise<void> {
  for (const shard of shards) {
    if (options.skip?.includes(shard.dir)) continue;
    await writeShard(shard.records, path.join(outputDir, shard.dir));
  }
}

/**
 * Pagefind's binary for this platform (or `PAGEFIND_BINARY_PATH`), found by Pagefind's own resolver as `npx pagefind`
 * finds it, and run directly: through its Node wrapper, a stopped build would leave the binary running.
 */
async function pagefindBinary(): Promise<string> {
  const resolver = new URL('resolveBinary.js', import.meta.resolve('pagefind')).href;
  const { resolveBinaryPath } = (await import(resolver)) as { resolveBinaryPath(names: string[]): string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Runs Pagefind's binary with `args`; a process that exits meanwhile (a stopped build) stops it too. */
async function runPagefind(args: readonly string[]): Promise<void> {
  const binary = await pagefindBinary();
  let child: ReturnType<typeof execFile> | undefined;
  const stop = () => child?.kill('SIGKILL');
  process.once('exit', stop);
  try {
    await new Promise<void>((resolve, reject) => {
      child = execFile(binary, args, { maxBuffer: 16 * 1024 * 1024 }, (failure, stdout, stderr) => {
        if (failure) reject(new Error(`Pagefind: ${(stderr || stdout || failure.message).trim()}`));
        else resolve();
      });
    });
  } finally {
    process.off('exit', stop);
  }
}

/**
 * The file a record is written to for Pagefind's command line, which gives each page the URL of its file with
 * `index.html` left out: `/arkiv/moten/2021-01-19/` → `arkiv/moten/2021-01-19/index.html`.
 */
export function recordFile(url: string): string {
  if (!/^\/(?:[A-Za-z0-9_.~-]+\/)*$/.test(url) || url.split('/').some((part) => part === '.' || part === '..'))
    throw new Error(`Sökindexet: adressen ${JSON.stringify(url)} kan inte bli en fil (bara /mapp/…/ med a–z, 0–9 och _ . ~ -).`);
  return path.join(...url.split('/').filter(Boolean), 'index.html');
}

/**
 * Indexes one part: writes each record as a page into a temporary folder and runs Pagefind's command line over it.
 * The command line, not Pagefind's Node API: on 1,000 meetings it took 4.0 s where sending the same pages to the
 * API's service took 6.3 s (README, Performance), and it needs no thread of ours while Eleventy renders.
 */
async function writeShard(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  // Written at once, not file by file between the renderer's pages: 1,000 meetings take about 0.2 s.
  const input = mkdtempSync(path.join(tmpdir(), 'minnesarkivet-sok-'));
  try {
    const made = new Set<string>();
    for (const record of records) {
      const file = path.join(input, recordFile(record.url));
      if (made.has(file)) throw new Error(`Sökindexet: två poster har adressen ${record.url}.`);
      made.add(file);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, recordHtml(record));
    }
    await runPagefind(['--site', input, '--output-path', path.resolve(outputPath), '--force-language', 'sv', '--silent']);
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}

/**
 * The archive's words for the search page's help with misspellings: every word of the items' text,
 * titles and questions, the meetings' titles and introductions, the presenters' names and the agencies' names
 * (hyphenated words also by their parts), in lower case, grouped by their folded first
 * letter and sorted (the page compares them folded and offers them as written).
 * Each group is one small file (`sok/ordlista/b.json`), loaded only for a query word that needs it.
 */
export function searchVocabulary(index: ArchiveIndex): Map<string, string[]> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []) {
      // "Furén-Thulin" is found as a whole and by its parts.
      for (const form of [word, ...(word.includes('-') ? word.split('-') : [])])
        if (form.length >= VOCABULARY_MIN_LENGTH) words.add(form.toLocaleLowerCase('sv'));
    }
  };
  for (const item of index.items) {
    add(item.title);
    add(item.text);
  }
  for (const meeting of index.meetings) {
    add(meeting.title);
    add(meeting.introText);
  }
  // Who presented, and the agencies' names: the records carry them too.
  for (const person of index.people) add(person.name);
  for (const agency of index.agencies) add(namesOf(agency).join(' '));
  const groups = new Map<string, string[]>();
  for (const word of [...words].sort(codeUnitOrder)) {
    const file = vocabularyFile(foldWord(word)[0] ?? '_');
    const group = groups.get(file);
    if (group) group.push(word);
    else groups.set(file, [word]);
  }
  return groups;
}
