/**
 * The check's worker pool: many minutes files (made in memory) give the same
 * results, in the same order, as processing them one by one on the main thread.
 * The number of cores is fixed at 3 here, so that the files are split unevenly
 * between the main thread and two workers on any machine.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../src/check/load.ts';
import { type FileResult, processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';
import { runWorker } from '../../src/build/run-worker.ts';
import { PARALLEL_THRESHOLD, processFiles } from '../../src/build/workers.ts';

vi.mock('node:os', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:os')>()), availableParallelism: () => 3 }));
vi.mock('../../src/build/run-worker.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/build/run-worker.ts')>();
  return { ...original, runWorker: vi.fn(original.runWorker) };
});

const AGENCIES =
  '- id: fohm\n  name: Folkhälsomyndigheten\n  short: FoHM\n- id: skr\n  name: Sveriges Kommuner och Regioner\n  short: SKR\n';
const TOPICS = '- id: vaccination\n  name: Vaccination\n  description: Vaccin mot covid-19.\n  signals: [vaccin]\n';
const { registries } = readRegistries(
  { path: 'minutes/agencies.yml', text: AGENCIES, bytes: AGENCIES.length },
  { path: 'minutes/topics.yml', text: TOPICS, bytes: TOPICS.length },
);

/** The `n`th day from 1 January 2015, as YYYY-MM-DD. */
const day = (n: number) => new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10);

/** A minutes file for day `n`, with a different problem (or none) by `n` modulo 6. */
function source(n: number): SourceFile {
  const date = day(n);
  const front = (extra: string, frontDate = date) => `---\ntitle: Möte ${n}\ndate: ${frontDate}\n${extra}---\n`;
  const texts = [
    `${front('speakers:\n  - name: Anders Tegnell\n    agency: FoHM\nagencies: [FoHM]\ntopics: [Vaccination]\n')}\n## Vaccinationsläget (Anders Tegnell, FoHM)\n\nVaccinet kommer vecka ${n}.\n`,
    `${front('', '2014-01-01')}\n## Punkt\n\nText.\n`,
    `${front('agencies: [Socialstyrelssen]\n')}\n## Punkt\n\nText.\n`,
    `${front('topics: [Vaccination\n')}\n## Punkt\n\nText.\n`,
    `## Utan front matter\n\nText ${n}.\n`,
    undefined,
  ];
  const text = texts[n % texts.length];
  return { path: `minutes/${date}-socialchefsnatverket.md`, text, bytes: text?.length ?? 0 };
}

const rules = (result: FileResult | undefined) => result?.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('processing many files in worker threads', () => {
  const sources = Array.from({ length: 2 * PARALLEL_THRESHOLD + 20 }, (_, n) => source(n));
  let results: FileResult[];

  beforeAll(async () => {
    vi.mocked(runWorker).mockClear();
    results = await processFiles(sources, registries);
  }, 30_000);

  it('hands slices of the files to two workers besides the main thread', () => {
    expect(sources).toHaveLength(320);
    expect(vi.mocked(runWorker)).toHaveBeenCalledTimes(2);
    const slices = vi.mocked(runWorker).mock.calls.map(([, data]) => (data as { sources: SourceFile[] }).sources.map((s) => s.path));
    expect(slices.map((slice) => slice.length)).toEqual([107, 106]);
    expect(slices[0]?.slice(0, 2)).toEqual(['minutes/2015-01-02-socialchefsnatverket.md', 'minutes/2015-01-05-socialchefsnatverket.md']);
  });

  it('gives a result for every file, in the order of the files', () => {
    expect(results.map((r) => r.path)).toEqual(sources.map((s) => s.path));
  });

  it('gives each file its own problems and meeting', () => {
    expect(results.slice(0, 6).map(rules)).toEqual([
      [],
      ['3:7 date-filename-mismatch'],
      ['4:12 agency-unknown'],
      ['4:21 front-matter-yaml'],
      ['1:1 front-matter-missing'],
      [],
    ]);
    expect(results[300]).toMatchObject({
      path: 'minutes/2015-10-28-socialchefsnatverket.md',
      meeting: { date: '2015-10-28', title: 'Möte 300' },
    });
    expect(results[300]?.meeting?.items.map((i) => [i.anchor, i.topicIds])).toEqual([['vaccinationslaget', ['vaccination']]]);
    expect(results[301]?.meeting?.date).toBe('2014-01-01');
  });

  it('gives the same results as processing the files one by one', () => {
    expect(results).toEqual(sources.map((s) => processFile(s, registries)));
  });
});

describe('processing a few files', () => {
  it('is done on the main thread, with the same results', async () => {
    vi.mocked(runWorker).mockClear();
    const few = Array.from({ length: 12 }, (_, n) => source(n));
    expect(await processFiles(few, registries)).toEqual(few.map((s) => processFile(s, registries)));
    expect(vi.mocked(runWorker)).not.toHaveBeenCalled();
  });

  // Bug (minor, performance): PARALLEL_THRESHOLD is documented as "Below this many files, starting workers
  // costs more than it saves", but the thread count is ceil(files / (PARALLEL_THRESHOLD / 2)), so 76 files
  // already start a worker.
  it.fails('is done on the main thread below PARALLEL_THRESHOLD files', async () => {
    vi.mocked(runWorker).mockClear();
    const below = Array.from({ length: PARALLEL_THRESHOLD - 50 }, (_, n) => source(n));
    await processFiles(below, registries);
    expect(vi.mocked(runWorker)).not.toHaveBeenCalled();
  });
});
