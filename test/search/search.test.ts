/**
 * The search records of an index built in memory, and the search index in
 * parts: how a large archive's records are split, and that a change moves
 * no part but one or two (pure functions of src/search/search.ts; the browser test searches a
 * site built in parts).
 */
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { processAlive } from '../../src/runtime/processes.ts';
import { itemMark, PART_FILTER } from '../../src/core/search-contract.ts';
import { buildIndex } from '../../src/index/build-index.ts';
import {
  recordFile,
  recordHtml,
  type SearchRecord,
  searchRecords,
  partTarget,
  SEARCH_PART_RECORDS,
  type SearchShard,
  searchShards,
  searchVocabulary,
  writeSearchIndex,
} from '../../src/search/search.ts';
import { item, meeting, MEETINGS, REGISTRIES } from '../index/records.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function record(n: number, date: string, text: string): SearchRecord {
  return {
    url: `/moten/${date}/`,
    date,
    title: `Möte ${n}`,
    body: `<section><h2 id="punkt-${n}">Punkt ${n}</h2>\n<p>${text}</p></section>`,
    meta: { date },
    filters: { ar: [date.slice(0, 4)] },
  };
}

/** The text of a record's item section: what Pagefind indexes between its heading and the next. */
const section = (record: SearchRecord, anchor: string) => {
  const start = record.body.indexOf(`<h2 id="${anchor}">`);
  return record.body.slice(start, record.body.indexOf('</section>', start));
};

describe('searchRecords', () => {
  const records = searchRecords(buildIndex(MEETINGS, REGISTRIES), '/arkiv/');
  const byUrl = (url: string) => records.find((r) => r.url === url)!;

  it('makes one record per meeting, its URL under the path prefix, with each item a heading with the anchor of the meeting page', () => {
    expect(records.map((r) => r.url)).toEqual(['/arkiv/moten/2020-03-10/', '/arkiv/moten/2021-01-19/', '/arkiv/moten/2021-03-02/']);
    expect([...byUrl('/arkiv/moten/2021-01-19/').body.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1])).toEqual([
      'lagesrapport',
      'besoksforbud',
      'ur-presentationen-lagesrapport',
      'diskussion',
    ]);
  });

  it('gives each item its text, then after the separator who presented and every name of the agencies', () => {
    const besok = section(byUrl('/arkiv/moten/2021-01-19/'), 'besoksforbud');
    expect(besok).toContain('<p>Besöksförbud: texten om besoksforbud.</p>');
    expect(besok.slice(besok.indexOf('⁂'))).toBe('⁂ Olle Ek, FoHM ⁂ Folkhälsomyndigheten ⁂ FoHM ⁂ Folkhälsan</p>');
    // The network's own items are labelled as the site setting says: "Nätverket" by default.
    expect(section(byUrl('/arkiv/moten/2021-01-19/'), 'diskussion')).toContain('⁂ Nätverket</p>');
    const labelled = searchRecords(buildIndex(MEETINGS, REGISTRIES), '/', 'Socialchefsnätverket');
    expect(labelled[1]!.meta['vem-diskussion']).toBe('Socialchefsnätverket');
  });

  it('filters the meeting by every value of its items and its year, sorts by date, and marks each item with its own values', () => {
    const meeting = byUrl('/arkiv/moten/2021-03-02/');
    // "Övriga frågor" is about besöksförbud (its signal is in the text), so the meeting is too.
    expect(meeting.filters).toEqual({
      amne: ['vaccination', 'besoksforbud'],
      aktor: ['fohm', 'skr'],
      person: ['olle-ek', 'anna-berg'],
      ar: ['2021'],
    });
    expect(meeting.date).toBe('2021-03-02');
    expect(section(meeting, 'vaccination')).toContain(
      `<span id="${itemMark('vaccination', 'agenda', { amne: ['vaccination'], aktor: ['fohm', 'skr'], person: ['olle-ek', 'anna-berg'] })}"></span>`,
    );
    expect(section(meeting, 'ovriga-fragor')).toContain(
      '<span id="punkt|ovriga-fragor|typ=agenda|amne=besoksforbud|aktor=|person="></span>',
    );
    expect(meeting.meta).toEqual({
      date: '2021-03-02',
      'vem-vaccination': 'Olle Ek, FoHM; Anna Berg, SKR',
      'vem-ovriga-fragor': 'Nätverket',
    });
  });

  it('marks each question with its own topics, not its item’s, and gives the meeting the questions’ topics too', () => {
    const PLACE = { line: 1, column: 1 };
    const [asked] = searchRecords(
      buildIndex(
        [
          meeting('2021-04-13', [
            item('fragor', 'Frågor', [], ['besoksforbud'], {
              html: '<p>Besöksförbud.</p>\n<h3 id="far-man-vaccinera">Får man vaccinera? <a href="#far-man-vaccinera" class="anchor-link" aria-label="Länk till frågan">#</a></h3>\n<p>FoHM: Ja.</p>\n<h3 id="vem-betalar">Vem betalar?</h3>\n<p>Oklart.</p>',
              questions: [
                {
                  anchor: 'far-man-vaccinera',
                  text: 'Får man vaccinera?',
                  answeringAgencyIds: ['fohm'],
                  answerText: 'FoHM: Ja.',
                  topicIds: ['vaccination'],
                  place: PLACE,
                },
                { anchor: 'vem-betalar', text: 'Vem betalar?', answeringAgencyIds: [], answerText: 'Oklart.', topicIds: [], place: PLACE },
              ],
            }),
          ]),
        ],
        REGISTRIES,
      ),
    );
    expect(asked!.body).toContain(
      '<h3 id="far-man-vaccinera">Får man vaccinera?</h3><span id="fraga|far-man-vaccinera|amne=vaccination"></span>',
    );
    expect(asked!.body).toContain('<h3 id="vem-betalar">Vem betalar?</h3><span id="fraga|vem-betalar|amne="></span>');
    expect(asked!.body).toContain('<span id="punkt|fragor|typ=agenda|amne=besoksforbud|');
    expect(asked!.filters.amne).toEqual(['besoksforbud', 'vaccination']);
    // Who answered each question, for the results' "Svar från …".
    expect(asked!.meta).toMatchObject({ 'svar-far-man-vaccinera': 'FoHM' });
    expect(asked!.meta['svar-vem-betalar']).toBeUndefined();
  });

  it('adds a topic’s synonyms after the separator at the end of the part of the item that says one: its own text, or a question', () => {
    const PLACE = { line: 1, column: 1 };
    const registries = {
      ...REGISTRIES,
      topics: REGISTRIES.topics.map((t) =>
        t.id === 'besoksforbud' ? { ...t, synonyms: [['säbo', 'särskilt boende', 'äldreboende'], ['ensam']] } : t,
      ),
    };
    const [found] = searchRecords(
      buildIndex(
        [
          meeting('2021-04-13', [
            item('vaccin', 'Vaccin på säbo', [], [], { html: '<p>Takten.</p>' }),
            item('fragor', 'Frågor', [], [], {
              html: '<p>Inledning.</p>\n<h3 id="besok">Besök?</h3>\n<p>Inne på särskilt boende &amp; hemma.</p>\n<h3 id="annat">Annat?</h3>\n<p>Nej.</p>',
              questions: [
                {
                  anchor: 'besok',
                  text: 'Besök?',
                  answeringAgencyIds: [],
                  answerText: 'Inne på särskilt boende & hemma.',
                  topicIds: [],
                  place: PLACE,
                },
                { anchor: 'annat', text: 'Annat?', answeringAgencyIds: [], answerText: 'Nej.', topicIds: [], place: PLACE },
              ],
            }),
          ]),
        ],
        registries,
      ),
    );
    // The item's title says säbo: its own text gets the others.
    expect(section(found!, 'vaccin')).toContain('<p>Takten.</p>\n<p>⁂ särskilt boende ⁂ äldreboende</p>');
    // In a question: at the end of that question's answer, before the next question; the item's own text gets none.
    const fragor = section(found!, 'fragor');
    expect(fragor).toContain('<p>Inne på särskilt boende &amp; hemma.</p>\n<p>⁂ säbo ⁂ äldreboende</p>\n<h3 id="annat">');
    expect(fragor).toContain('<p>Inledning.</p>\n<h3 id="besok">');
    expect(fragor.match(/⁂ säbo/g)).toHaveLength(1);
    // Without synonyms, nothing is added.
    const [plain] = searchRecords(buildIndex([meeting('2021-04-13', [item('vaccin', 'Vaccin på säbo', [], [])])], REGISTRIES));
    expect(plain!.body).not.toContain('äldreboende');
  });

  it('writes a page Pagefind reads: the title as its heading, filters, meta and sort where they are not indexed', () => {
    const html = recordHtml({ ...record(1, '2021-01-19', 'Text om <b> & "citat"'), title: 'Möte <1>' });
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Möte &lt;1&gt;</h1>');
    expect(html).toContain(
      '<div data-pagefind-ignore><span data-pagefind-filter="ar">2021</span><span data-pagefind-meta="date">2021-01-19</span><span data-pagefind-sort="datum">2021-01-19</span></div>',
    );
  });
});

describe('writeSearchIndex (Pagefind’s command line over the records written as pages)', () => {
  const binary = process.env.PAGEFIND_BINARY_PATH;
  afterEach(() => {
    if (binary === undefined) delete process.env.PAGEFIND_BINARY_PATH;
    else process.env.PAGEFIND_BINARY_PATH = binary;
  });

  it('writes each record as the page of its URL, and refuses a URL that cannot be a file', () => {
    expect(recordFile('/arkiv/moten/2021-01-19/')).toBe(path.join('arkiv', 'moten', '2021-01-19', 'index.html'));
    expect(recordFile('/')).toBe('index.html');
    expect(recordFile('/~arkiv/')).toBe(path.join('~arkiv', 'index.html'));
    for (const url of ['/sok/#ordlista-1', '/moten/2021-01-19', '/moten/../etc/', '/möten/x/', 'moten/x/', '/a b/'])
      expect(() => recordFile(url), url).toThrow(/Sökindexet: adressen .* kan inte bli en fil/);
  });

  it('indexes every record under its URL in each part’s folder', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'sokindex-'));
    const records = [record(1, '2021-01-19', 'Besöksförbud'), record(2, '2021-02-02', 'Vaccination')];
    await writeSearchIndex(searchShards(records), out);
    const entry = JSON.parse(await readFile(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['sv']);
    expect(entry.languages.sv!.page_count).toBe(2);
    expect((await readdir(path.join(out, 'pagefind', 'fragment'))).length).toBe(2);
  });

  it('says what Pagefind said when it fails, so that a full disk is explained', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sokindex-'));
    const fake = path.join(dir, 'pagefind');
    await writeFile(fake, '#!/bin/sh\necho "Failed to write: No space left on device (os error 28)" >&2\nexit 1\n');
    await chmod(fake, 0o755);
    process.env.PAGEFIND_BINARY_PATH = fake;
    await expect(writeSearchIndex(searchShards([record(1, '2021-01-19', 'Text')]), path.join(dir, 'ut'))).rejects.toThrow(
      'Pagefind: Failed to write: No space left on device (os error 28)',
    );
  });
  it('stops Pagefind when the build’s process exits meanwhile (a stopped build leaves no indexer writing)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sokindex-'));
    const fake = path.join(dir, 'pagefind');
    const pidFile = path.join(dir, 'pid');
    await writeFile(fake, `#!/bin/sh\necho $$ > ${pidFile}\nexec sleep 60\n`);
    await chmod(fake, 0o755);
    const script = path.join(dir, 'bygg.mts');
    await writeFile(
      script,
      [
        `import { searchShards, writeSearchIndex } from ${JSON.stringify(path.join(ROOT, 'src/search/search.ts'))};`,
        `import { existsSync } from 'node:fs';`,
        `const record = { url: '/moten/2021-01-19/', date: '2021-01-19', title: 'Möte', body: '<p>Text</p>', meta: {}, filters: {} };`,
        `void writeSearchIndex(searchShards([record]), ${JSON.stringify(path.join(dir, 'ut'))});`,
        `const wait = setInterval(() => { if (existsSync(${JSON.stringify(pidFile)})) { clearInterval(wait); process.exit(130); } }, 20);`,
      ].join('\n'),
    );
    const code = await new Promise<number | null>((resolve) =>
      execFile(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, PAGEFIND_BINARY_PATH: fake } }).on(
        'exit',
        resolve,
      ),
    );
    expect(code).toBe(130);
    const pid = Number(await readFile(pidFile, 'utf8'));
    await expect.poll(() => processAlive(pid), { timeout: 5000 }).toBe(false);
  });
});

/** `count` records a day apart from 2000-01-01, in order. */
function daily(count: number, from = 0): SearchRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2000, 0, 1 + from + i)).toISOString().slice(0, 10);
    return record(from + i, date, `text ${from + i}`);
  });
}

/** Each part's records' URLs, newest part first. */
const urlsOf = (shards: readonly SearchShard[]) => shards.map((shard) => shard.records.map((r) => r.url));

describe('searchShards', () => {
  // Out of date order on purpose: the parts must be by date all the same.
  const records = [
    record(1, '2020-05-01', 'a'),
    record(2, '2021-01-19', 'b'),
    record(3, '2019-03-02', 'c'),
    record(4, '2021-03-02', 'd'),
    record(5, '2020-09-09', 'e'),
  ];

  it('keeps a small archive in one part at pagefind/', () => {
    const shards = searchShards(records);
    expect(shards.map((s) => s.dir)).toEqual(['pagefind/']);
    expect(shards[0]!.records.map((r) => r.date)).toEqual(['2021-03-02', '2021-01-19', '2020-09-09', '2020-05-01', '2019-03-02']);
    expect(searchShards([]).map((s) => s.records)).toEqual([[]]);
  });

  it('splits a large archive into parts of a span of dates each, newest first, in folders named by their ids, and loses none', () => {
    const shards = searchShards(records, 1);
    expect(shards.map((s) => s.records.map((r) => r.date))).toEqual([
      ['2021-03-02'],
      ['2021-01-19'],
      ['2020-09-09'],
      ['2020-05-01'],
      ['2019-03-02'],
    ]);
    for (const shard of shards) expect(shard.dir).toBe(`pagefind/del-${shard.id}/`);
    expect(new Set(shards.map((s) => s.id)).size).toBe(5);
    const many = searchShards(daily(3000), 256);
    expect(many.flatMap((s) => s.records.map((r) => r.url)).sort()).toEqual(
      daily(3000)
        .map((r) => r.url)
        .sort(),
    );
    for (const [i, shard] of many.entries()) {
      // Newest first, parts and records alike.
      expect(shard.records.map((r) => r.date)).toEqual(
        shard.records
          .map((r) => r.date)
          .sort()
          .reverse(),
      );
      if (i > 0) expect(shard.records[0]!.date < many[i - 1]!.records.at(-1)!.date).toBe(true);
    }
    // About one part per 256 records.
    expect(many.length).toBeGreaterThan(4);
    expect(many.length).toBeLessThan(30);
    expect(searchShards(daily(256), 256)).toHaveLength(1);
  });

  it('names each record’s part in a filter, keeping its own filters', () => {
    const shards = searchShards(records, 1);
    expect(shards[1]!.records[0]!.filters).toEqual({ ar: ['2021'], [PART_FILTER]: [shards[1]!.id] });
    expect(records[0]!.filters).toEqual({ ar: ['2020'] });
  });

  it('grows the target size with the archive, so that it has about sixteen parts at most', () => {
    expect([0, 4096, 4097, 10_000, 100_000].map(partTarget)).toEqual([SEARCH_PART_RECORDS, 256, 512, 1024, 8192]);
  });

  it('keeps every part but the one a meeting is added to, edited in or removed from', () => {
    // What makes a build after one change index one part again, not all of them.
    fc.assert(
      fc.property(fc.integer({ min: 65, max: 1200 }), fc.nat(), fc.constantFrom('add', 'edit', 'remove'), (count, at, change) => {
        const before = daily(count + 1);
        const i = at % before.length;
        const after =
          change === 'add'
            ? [...before, ...daily(1, before.length)]
            : change === 'edit'
              ? before.map((r, j) => (j === i ? { ...r, body: `${r.body}<p>ändrad</p>` } : r))
              : before.filter((_, j) => j !== i);
        const old = searchShards(before, 64).map((s) => JSON.stringify(s));
        const made = searchShards(after, 64).map((s) => JSON.stringify(s));
        expect(made.filter((s) => !old.includes(s))).toHaveLength(1);
        expect(old.filter((s) => !made.includes(s)).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a meeting’s introduction', () => {
  it('is searchable: text before the first item is the start of the meeting’s record, before any item heading', () => {
    const withIntro = MEETINGS.map((m, i) =>
      i === 0 ? { ...m, introHtml: '<p>Mötet öppnades av ordföranden.</p>', introText: 'Mötet öppnades av ordföranden.' } : m,
    );
    const records = searchRecords(buildIndex(withIntro, REGISTRIES));
    const opened = records.filter((r) => r.body.startsWith('<p>Mötet öppnades av ordföranden.</p>\n<section><h2'));
    expect(opened.map((r) => r.url)).toEqual([`/moten/${withIntro[0]!.date}/`]);
    expect(records.filter((r) => r.body.startsWith('<section><h2'))).toHaveLength(records.length - 1);
  });
});

describe('agency names added for search', () => {
  it('leaves out an alias that the minutes also use as an ordinary word, so that the word does not find all the agency’s items', () => {
    const registries = {
      ...REGISTRIES,
      agencies: REGISTRIES.agencies.map((a) => (a.id === 'fohm' ? { ...a, aliases: ['Folkhälsan', 'Texten'] } : a)),
    };
    const records = searchRecords(buildIndex(MEETINGS, registries));
    const fohm = records
      .flatMap((r) => [...r.body.matchAll(/<p>⁂ ([^<]*)<\/p>/g)].map((m) => m[1]!))
      .filter((added) => added.includes('FoHM'));
    expect(fohm.length).toBeGreaterThan(0);
    for (const added of fohm) {
      expect(added).toContain('Folkhälsomyndigheten');
      expect(added).toContain('Folkhälsan');
      // "texten" is an ordinary word of the items' text ("…: texten om …").
      expect(added).not.toContain('Texten');
    }
  });
});

describe('the archive’s words for the help with misspellings', () => {
  it('holds every word a search can find: the text, the presenters’ and agencies’ names, and hyphenated words by their parts', () => {
    const index = buildIndex(MEETINGS, REGISTRIES);
    const withName = { ...index, people: [...index.people, { ...index.people[0]!, name: 'Åsa Furén-Thulin' }] };
    const words = [...searchVocabulary(withName).values()].flat();
    // "Besöksförbud: texten om besoksforbud." is an item's text; Olle Ek presents; FoHM and Folkhälsan name an agency.
    expect(words).toEqual(expect.arrayContaining(['besöksförbud', 'texten', 'olle', 'fohm', 'folkhälsomyndigheten', 'folkhälsan']));
    expect(words).toEqual(expect.arrayContaining(['furén-thulin', 'furén', 'thulin', 'åsa']));
    // Two-letter words are left out ("Ek", "om").
    expect(words).not.toContain('ek');
    expect(searchVocabulary(withName).get('ordlista/f.json')).toEqual([...searchVocabulary(withName).get('ordlista/f.json')!].sort());
  });
});
