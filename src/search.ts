/**
 * Stage 6, search index: one Pagefind record per agenda item, so search
 * results are items (deep links to their anchors), not whole meetings.
 *
 * `searchRecords` is pure; `writeSearchIndex` runs Pagefind and writes
 * `pagefind/` into the folder it is given.
 */
import * as pagefind from 'pagefind';
import type { ArchiveIndex } from './index-schema.ts';

/** One Pagefind custom record (the shape of Pagefind's `CustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'sv';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Separates an item's text from the title, presenters and agency names added for search; the search page shows only what comes before it. */
export const ALIAS_SEPARATOR = '⁂';

/** The names of the URL parameters, which are also the Pagefind filter names. */
export const FILTERS = { topic: 'amne', agency: 'aktor', person: 'person', year: 'ar' } as const;

/** Every name an agency is known by, for the records that mention or present it. */
function agencyNames(agency: ArchiveIndex['agencies'][number]): string[] {
  return [agency.name, ...(agency.shortName ? [agency.shortName] : []), ...agency.aliases];
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
  const short = pattern(names.filter((n) => n.length <= 4), 'u');
  const long = pattern(names.filter((n) => n.length > 4), 'iu');
  return (text) => Boolean(short?.test(text) || long?.test(text));
}

/** The Pagefind records for every item of the index. URLs carry the path prefix. */
export function searchRecords(index: ArchiveIndex, pathPrefix = '/'): SearchRecord[] {
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const meetings = new Map(index.meetings.map((m) => [m.id, m]));
  const agencies = new Map(index.agencies.map((a) => [a.id, a]));
  const people = new Map(index.people.map((p) => [p.id, p]));
  const agencyMentions = index.agencies.map((agency) => ({ agency, names: agencyNames(agency), mentioned: mentionTest(agencyNames(agency)) }));
  return index.items.map((item): SearchRecord => {
    const meeting = meetings.get(item.meetingId)!;
    const presenters = item.presenters.map((p) => `${people.get(p.personId)?.name}, ${agencyLabel(agencies.get(p.agencyId))}`);
    if (item.network) presenters.push('nätverket');
    const presentersLine = presenters.join('; ');
    const body = `${item.title}\n${presentersLine}\n${item.text}`;
    // The text first, then (after separators the search page cuts excerpts at) the title, who
    // presented and every name of every agency the item presents or mentions, so that
    // "FoHM" and "Folkhälsomyndigheten" find the same items and excerpts show the minutes.
    const named = agencyMentions.filter(({ agency, mentioned }) => item.agencyIds.includes(agency.id) || mentioned(body)).flatMap((m) => m.names);
    return {
      url: `${prefix}${item.url}`,
      content: [item.text, item.title, presentersLine, ...unique(named)].filter(Boolean).join(`\n${ALIAS_SEPARATOR} `),
      language: 'sv',
      meta: {
        title: item.title,
        meeting: meeting.title,
        date: meeting.date,
        presenters: presentersLine,
        kind: item.kind,
        excerpt: item.excerpt,
      },
      filters: {
        [FILTERS.topic]: item.topicIds,
        [FILTERS.agency]: item.agencyIds,
        [FILTERS.person]: item.personIds,
        [FILTERS.year]: [String(meeting.year)],
      },
      sort: { datum: meeting.date },
    };
  });
}

function agencyLabel(agency: ArchiveIndex['agencies'][number] | undefined): string {
  return agency ? (agency.shortName ?? agency.name) : '';
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Runs Pagefind over the records and writes the search files into `outputDir/pagefind`. */
export async function writeSearchIndex(records: readonly SearchRecord[], outputDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
  if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  try {
    // Sent all at once without waiting for each answer: Pagefind's service works through them meanwhile.
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failed = added.findIndex((a) => a.errors.length);
    if (failed !== -1) throw new Error(`Pagefind: ${added[failed]!.errors.join('; ')} (${records[failed]!.url})`);
    const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
}

/** Runs {@link writeSearchIndex} in a worker thread, so it goes on while the main thread renders. */
export async function writeSearchIndexInWorker(records: readonly SearchRecord[], outputDir: string): Promise<void> {
  const { typeScriptWorker } = await import('./parallel.ts');
  const worker = typeScriptWorker(new URL('./search-worker.ts', import.meta.url), { records, outputDir });
  try {
    const answer = await new Promise<{ ok: boolean; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!answer.ok) throw new Error(answer.message);
  } finally {
    await worker.terminate();
  }
}

/** Stops Pagefind's background process (call once when a program is done building). */
export function closeSearch(): Promise<unknown> {
  return pagefind.close();
}
