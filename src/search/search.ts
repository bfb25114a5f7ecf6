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
 * runs Pagefind and writes `pagefind/` (and, for a large archive, its further
 * parts `pagefind/del-2/` …) into the folder it is given.
 *
 * A large archive's index is written in parts of at most
 * {@link SEARCH_SHARD_RECORDS} records, one after another, which the search
 * page searches together: Pagefind's time and memory grow faster than its
 * number of records, so parts bound both.
 */
import { execFile } from 'node:child_process';
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
import { urls, withPathPrefix } from '../core/urls.ts';
import { unique } from '../core/text.ts';
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
 * The most records (meetings) one part of the search index holds: at 10,000 meetings one index took Pagefind
 * about 4.6 GB more memory than parts do (README, Performance).
 */
export const SEARCH_SHARD_RECORDS = 2_000;

/** One part of the search index: its folder (relative to the site's root, ending in `/`) and its records. */
export interface SearchShard {
  dir: string;
  records: SearchRecord[];
}

/** The folders of the parts of an index of `recordCount` records, newest part first: `pagefind/`, `pagefind/del-2/` … */
export function searchShardDirs(recordCount: number, shardSize = SEARCH_SHARD_RECORDS): string[] {
  const count = Math.max(1, Math.ceil(recordCount / shardSize));
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'pagefind/' : `pagefind/del-${i + 1}/`));
}

/**
 * The records in parts of at most `shardSize`, of equal size, newest first: each part holds
 * the items of a span of dates, so the search page lists "nyast först" part after part. Each
 * record's {@link PART_FILTER} names its part, so that the search page can ask one part at a time.
 */
export function searchShards(records: readonly SearchRecord[], shardSize = SEARCH_SHARD_RECORDS): SearchShard[] {
  const newestFirst = [...records].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const dirs = searchShardDirs(records.length, shardSize);
  const size = Math.ceil(records.length / dirs.length);
  return dirs.map((dir, i) => ({
    dir,
    records: newestFirst
      .slice(i * size, (i + 1) * size)
      .map((record) => ({ ...record, filters: { ...record.filters, [PART_FILTER]: [String(i + 1)] } })),
  }));
}

/**
 * For an index in parts, one record per part that holds every word of the archive, and no
 * part filter (the search page always filters on the part, so it is never a result). Without
 * it, a word missing from a part would make Pagefind fall back in that part to the longest
 * word that begins the query ("besök" for "besöksförbud"), so the parts together would find
 * items a single index does not.
 */
export function vocabularyRecords(shards: readonly SearchShard[], pathPrefix = '/'): SearchRecord[] {
  if (shards.length < 2) return [];
  const words = new Set<string>();
  // The text of the records' HTML, its characters still escaped: written into HTML again as it is.
  for (const shard of shards)
    for (const record of shard.records)
      for (const word of `${record.title} ${record.body.replace(/<[^>]*>/g, ' ')}`.split(/\s+/)) if (word) words.add(word);
  const body = `<p>${[...words].join(' ')}</p>`;
  return shards.map((_, i) => ({
    url: withPathPrefix(`${urls.search}ordlista-${i + 1}/`, pathPrefix),
    date: '',
    title: '',
    body,
    meta: {},
    filters: {},
  }));
}

/** Options of {@link writeSearchIndex}. */
export interface SearchIndexOptions {
  /** The parts' word records ({@link vocabularyRecords}), when already made. */
  vocabulary?: readonly SearchRecord[];
  /** The folders of parts not to index (a build takes them from the previous one). Default: none. */
  skip?: readonly string[];
}

/** Runs Pagefind over each part in turn (but those skipped) and writes its files into `outputDir/<part's folder>`. */
export async function writeSearchIndex(
  shards: readonly SearchShard[],
  outputDir: string,
  pathPrefix = '/',
  options: SearchIndexOptions = {},
): Promise<void> {
  const vocabulary = options.vocabulary ?? vocabularyRecords(shards, pathPrefix);
  for (const [i, shard] of shards.entries()) {
    if (options.skip?.includes(shard.dir)) continue;
    await writeShard(vocabulary[i] ? [...shard.records, vocabulary[i]] : shard.records, path.join(outputDir, shard.dir));
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
  for (const word of [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = vocabularyFile(foldWord(word)[0] ?? '_');
    const group = groups.get(file);
    if (group) group.push(word);
    else groups.set(file, [word]);
  }
  return groups;
}
