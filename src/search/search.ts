/**
 * Stage 6, search index: one Pagefind record per agenda item, so search
 * results are items (deep links to their anchors), not whole meetings.
 *
 * `searchRecords` and `searchShards` are pure; `writeSearchIndex` runs
 * Pagefind and writes `pagefind/` (and, for a large archive, its further
 * parts `pagefind/del-2/` …) into the folder it is given.
 *
 * A large archive's index is written in parts of at most
 * {@link SEARCH_SHARD_RECORDS} records, one after another, which the search
 * page searches together: Pagefind's time and memory grow faster than its
 * number of records (one index of 115,000 records took 300 s and 11 GB),
 * so parts bound both.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { ArchiveIndex } from '../core/index-schema.ts';
import { agencyLabel } from '../core/model.ts';
import { ALIAS_SEPARATOR, FILTERS, foldWord, PART_FILTER, QUESTIONS_META, SORT_KEY, vocabularyFile } from '../core/search-contract.ts';
import { urls, withPathPrefix } from '../core/urls.ts';

const agencyLabelOf = (agency: ArchiveIndex['agencies'][number] | undefined) => (agency ? agencyLabel(agency) : '');

/** One Pagefind custom record (the shape of Pagefind's `CustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'sv';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Every name an agency is known by, for the records that mention or present it. */
function agencyNames(agency: ArchiveIndex['agencies'][number]): string[] {
  return [agency.name, ...(agency.shortName ? [agency.shortName] : []), ...agency.aliases];
}

/** The Pagefind records for every item of the index. URLs carry the path prefix. */
export function searchRecords(index: ArchiveIndex, pathPrefix = '/'): SearchRecord[] {
  const meetings = new Map(index.meetings.map((m) => [m.id, m]));
  const agencies = new Map(index.agencies.map((a) => [a.id, a]));
  const people = new Map(index.people.map((p) => [p.id, p]));
  // Every name of an agency, but a short name or alias that the minutes also use as an ordinary word
  // (the check warns about it): added to an item, it would make that word find all the agency's items.
  const ordinary = ordinaryWords(index);
  const agencyMentions = index.agencies.map((agency) => ({
    agency,
    names: agencyNames(agency).filter((name) => !ordinary.has(name.toLocaleLowerCase('sv')) || name === agency.name),
    mentioned: mentionTest(agencyNames(agency)),
  }));
  const records = index.items.map((item): SearchRecord => {
    const meeting = meetings.get(item.meetingId)!;
    const presenters = item.presenters.map((p) => `${people.get(p.personId)?.name}, ${agencyLabelOf(agencies.get(p.agencyId))}`);
    if (item.network) presenters.push('nätverket');
    const presentersLine = presenters.join('; ');
    // The text first, then (after separators the search page cuts excerpts at) the title, who
    // presented and every name of every agency that presents, answers or is named in the item, so
    // that "FoHM" and "Folkhälsomyndigheten" find the same items and excerpts show the minutes.
    const body = `${item.title}\n${presentersLine}\n${item.text}`;
    const named = agencyMentions
      .filter(
        ({ agency, mentioned }) => item.agencyIds.includes(agency.id) || item.answeringAgencyIds.includes(agency.id) || mentioned(body),
      )
      .flatMap((m) => m.names);
    return {
      url: withPathPrefix(item.url, pathPrefix),
      content: [item.text, item.title, presentersLine, ...unique(named)].filter(Boolean).join(`\n${ALIAS_SEPARATOR} `),
      language: 'sv',
      meta: {
        title: item.title,
        meeting: meeting.title,
        date: meeting.date,
        presenters: presentersLine,
        kind: item.kind,
        excerpt: item.excerpt,
        ...(item.questions.length ? { [QUESTIONS_META]: questionStarts(item) } : {}),
      },
      filters: {
        [FILTERS.topic]: item.topicIds,
        // The agencies that presented the item and those that answer in it.
        [FILTERS.agency]: unique([...item.agencyIds, ...item.answeringAgencyIds]),
        [FILTERS.person]: item.personIds,
        [FILTERS.year]: [String(meeting.year)],
      },
      sort: { [SORT_KEY]: meeting.date },
    };
  });
  // A meeting's introduction (text before its first agenda item, or a whole meeting without headings) is found too.
  for (const meeting of index.meetings) {
    if (!meeting.introText.trim()) continue;
    records.push({
      url: withPathPrefix(meeting.url, pathPrefix),
      content: [meeting.introText, meeting.title].join(`\n${ALIAS_SEPARATOR} `),
      language: 'sv',
      meta: {
        title: meeting.title,
        meeting: meeting.title,
        date: meeting.date,
        presenters: '',
        kind: 'intro',
        excerpt: excerptOf(meeting.introText),
      },
      filters: { [FILTERS.topic]: [], [FILTERS.agency]: [], [FILTERS.person]: [], [FILTERS.year]: [String(meeting.year)] },
      sort: { [SORT_KEY]: meeting.date },
    });
  }
  return records;
}

/** The first words of a text, cut between words. */
function excerptOf(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6))} …`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The most records one part of the search index holds. */
export const SEARCH_SHARD_RECORDS = 10_000;

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
  const date = (record: SearchRecord) => record.sort[SORT_KEY] ?? '';
  const newestFirst = [...records].sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0));
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
  for (const shard of shards) for (const record of shard.records) for (const word of record.content.split(/\s+/)) words.add(word);
  const content = [...words].join(' ');
  return shards.map((_, i) => ({
    url: withPathPrefix(`${urls.search}#ordlista-${i + 1}`, pathPrefix),
    content,
    language: 'sv',
    meta: {},
    filters: {},
    sort: {},
  }));
}

/** Runs Pagefind over each part in turn and writes its files into `outputDir/<part's folder>`. */
export async function writeSearchIndex(shards: readonly SearchShard[], outputDir: string, pathPrefix = '/'): Promise<void> {
  const vocabulary = vocabularyRecords(shards, pathPrefix);
  for (const [i, shard] of shards.entries()) {
    await writeShard(vocabulary[i] ? [...shard.records, vocabulary[i]] : shard.records, path.join(outputDir, shard.dir));
  }
}

async function writeShard(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
  if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  try {
    // Sent all at once without waiting for each answer: Pagefind's service works through them meanwhile.
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failed = added.findIndex((a) => a.errors.length);
    if (failed !== -1) throw new Error(`Pagefind: ${added[failed]!.errors.join('; ')} (${records[failed]!.url})`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's background process (call once when a program is done building). */
export function closeSearch(): Promise<unknown> {
  return pagefind.close();
}

/** The words the minutes write in lower case: an agency's alias among them is an ordinary word. */
function ordinaryWords(index: ArchiveIndex): Set<string> {
  const words = new Set<string>();
  for (const item of index.items)
    for (const word of item.text.match(/\p{L}[\p{L}-]*/gu) ?? []) if (word === word.toLocaleLowerCase('sv')) words.add(word);
  return words;
}

/**
 * A test for whether a text names an agency: one of its names as a whole word,
 * also in the genitive ("FoHM:s", "Folkhälsomyndighetens"). Short names (four
 * letters or fewer, abbreviations) must match in case, so "IVO" is not "ivo".
 */
function mentionTest(names: readonly string[]): (text: string) => boolean {
  const pattern = (list: readonly string[], flags: string) => {
    if (!list.length) return undefined;
    const escaped = list.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?::?s)?(?![\\p{L}\\p{N}])`, flags);
  };
  const short = pattern(
    names.filter((n) => n.length <= 4),
    'u',
  );
  const long = pattern(
    names.filter((n) => n.length > 4),
    'iu',
  );
  return (text) => Boolean(short?.test(text) || long?.test(text));
}

/**
 * Where each question starts in an item's text, as Pagefind counts words (split at white space):
 * `wordIndex:anchor` pairs, so that the search page can link a match to the question it falls under.
 */
export function questionStarts(item: ArchiveIndex['items'][number]): string {
  const pairs: string[] = [];
  let from = 0;
  for (const question of item.questions) {
    const at = item.text.indexOf(question.text, from);
    if (at === -1) continue;
    pairs.push(`${wordsIn(item.text.slice(0, at))}:${question.anchor}`);
    from = at + question.text.length;
  }
  return pairs.join(';');
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The archive's words for the search page's help with misspellings: every word of the items' text,
 * titles and questions and the meetings' introductions, in lower case, grouped by their folded first
 * letter and sorted (the page compares them folded and offers them as written).
 * Each group is one small file (`sok/ordlista/b.json`), loaded only for a query word that needs it.
 */
export function searchVocabulary(index: ArchiveIndex): Map<string, string[]> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []) if (word.length >= 3) words.add(word.toLocaleLowerCase('sv'));
  };
  for (const item of index.items) {
    add(item.title);
    add(item.text);
  }
  for (const meeting of index.meetings) add(meeting.introText);
  const groups = new Map<string, string[]>();
  for (const word of [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = vocabularyFile(foldWord(word)[0] ?? '_');
    const group = groups.get(file);
    if (group) group.push(word);
    else groups.set(file, [word]);
  }
  return groups;
}
