/**
 * `npm run bench [-- --full] [--runs N] [--sizes 10,100]`: builds synthetic
 * archives of 10, 100 and 1,000 meetings (and 10,000 with --full) with our full
 * build (`--helt`), cold (the check's cache cleared) and warm (the cache kept,
 * as a user has it), our incremental build after one meeting was added, edited
 * and removed, and with the baseline (bare Eleventy 3 + Pagefind's CLI),
 * alternating, several times each, and prints median wall times, peak memory
 * and the ratios ours/baseline. Then, at 1,000 meetings and more, the searches
 * in Chromium (the first one's bytes and time, each later one, "Nyast först"
 * with an agency), and the time from saving one edited meeting to the updated
 * page in `npm start` at 1,000 meetings.
 * A script that prints figures, not a test.
 */
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { createBaseline } from '../bench/baseline.ts';
import { buildCommandArgs } from '../runtime/command.ts';
import { generateArchive } from '../bench/generate.ts';
import { measure, median, type Measurement } from '../bench/measure.ts';
import { measureRebuild } from '../bench/rebuild.ts';
import { type BaselineSearchFigures, measureBaselineSearch, measureSearch, SEARCH_QUERIES, type SearchFigures } from '../bench/search.ts';
import { type CommandContext, defineCommand, type Output } from './command.ts';

const options = { full: { type: 'boolean' }, runs: { type: 'string' }, sizes: { type: 'string' } } as const;

/** `npm run bench`. */
export const benchCommand = defineCommand({
  help: {
    usage: 'npm run bench [-- --full] [--runs N] [--sizes 10,100]',
    summary:
      'Mäter bygget, kallt och varmt, på genererade arkiv (10, 100 och 1 000 möten, med --full också 10 000) mot Eleventy och Pagefind utan tillägg, och sökningen i Chromium, och skriver tider och minne. Ett mätprogram, inget test.',
    options: [
      ['--full', 'mät också 10 000 möten och sökningen på dem'],
      ['--runs N', 'antal körningar per storlek'],
      ['--sizes lista', 'storlekarna att mäta, till exempel 10,100'],
    ],
  },
  options,
  async run(context) {
    await bench(context);
    return 0;
  },
});

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);

/** A build for publication needs the site's address (it never writes localhost): any will do here. */
const BUILD_ENV = { ...process.env, SITE_URL: 'https://arkiv.example.se' };

/** How many times the searches are measured at a size, ours and the baseline's alternating. */
const SEARCH_RUNS = 3;

/** The later queries, as the table's note names them. */
const QUERY_NAMES = SEARCH_QUERIES.slice(1)
  .map((q) => `”${q}”`)
  .join(', ');

/** The runs at `n` meetings: `--runs`, or fewer the larger the archive. */
function runsFor(n: number, runs: string | undefined): number {
  if (runs) return Number(runs);
  return n <= 100 ? 5 : n <= 1000 ? 3 : 1;
}

/** `result`, or a failure that says what failed and how it ended. */
function check(result: Measurement, what: string): Measurement {
  if (result.exitCode !== 0) throw new Error(`${what} failed (exit ${result.exitCode}):\n${result.output.slice(-2000)}`);
  return result;
}

/** One size's figures: median times in milliseconds, peaks in bytes. */
interface Row {
  cold: number;
  warm: number;
  base: number;
  /** Incremental builds (the default `npm run build` after a build of the same site): after one meeting was added, edited, removed. */
  added: number;
  edited: number;
  removed: number;
  oursPeak: number;
  basePeak: number;
  baseLargest: number;
}

/** Where the benchmark works and what it runs. */
interface Setup {
  /** The project folder (the working folder). */
  root: string;
  /** The temporary folder of the generated archives. */
  work: string;
  node: string;
  eleventyCli: string;
  pagefindCli: string;
  /** The per-file cache of the check (build/cache.ts), which the build finds from the project folder: cleared for a cold build. */
  cacheDir: string;
}

/** Measures and prints: the builds at each size, then the searches, then the rebuild after a save. */
async function bench({ values, output }: CommandContext<typeof options>): Promise<void> {
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.full ? [10, 100, 1000, 10000] : [10, 100, 1000];
  const root = path.resolve('.');
  const setup: Setup = {
    root,
    work: path.join(tmpdir(), `minnesarkivet-bench-${process.pid}`),
    node: process.execPath,
    eleventyCli: path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs'),
    pagefindCli: path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'),
    cacheDir: path.join(root, 'node_modules/.cache/minnesarkivet'),
  };
  const { work } = setup;

  output.log(`Maskin: ${cpus().length} kärnor (${cpus()[0]?.model ?? 'okänd'}), ${mb(totalmem())} minne, Node ${process.version}`);
  output.log(`Storlekar: ${sizes.join(', ')} möten. Arbetsmapp: ${work}`);
  output.log('Kall build: kontrollens cache (node_modules/.cache/minnesarkivet) tömd först. Varm: cachen kvar, som användaren har den.\n');

  const rows: [number, Row][] = [];
  for (const n of sizes) rows.push([n, await measureSize(n, runsFor(n, values.runs), setup, output)]);

  output.log(
    '\n| möten | vår build, varm (median) | vår build, kall (median) | baslinje Eleventy + Pagefind (median) | kvot varm | kvot kall | vårt toppminne (RSS, hela processträdet) | baslinjens största process (hela trädet) |',
  );
  output.log('|---|---|---|---|---|---|---|---|');
  for (const [n, row] of rows)
    output.log(
      `| ${n} | ${seconds(row.warm)} | ${seconds(row.cold)} | ${seconds(row.base)} | ${ratio(row.warm, row.base)} | ${ratio(row.cold, row.base)} | ${mb(row.oursPeak)} | ${mb(row.baseLargest)} (${mb(row.basePeak)}) |`,
    );

  output.log('\nInkrementellt bygge (npm run build efter ett bygge av samma webbplats), median, och kvoten mot baslinjens fulla bygge:\n');
  output.log('| möten | ett möte tillagt | kvot | ett möte ändrat | kvot | ett möte borttaget | kvot |');
  output.log('|---|---|---|---|---|---|---|');
  for (const [n, row] of rows)
    output.log(
      `| ${n} | ${seconds(row.added)} | ${ratio(row.added, row.base)} | ${seconds(row.edited)} | ${ratio(row.edited, row.base)} | ${seconds(row.removed)} | ${ratio(row.removed, row.base)} |`,
    );

  for (const n of sizes.filter((size) => size >= 1000)) {
    // Ours and the baseline's site in the same Chromium, alternating, three times each: the medians.
    const ours: SearchFigures[] = [];
    const base: BaselineSearchFigures[] = [];
    for (let run = 0; run < SEARCH_RUNS; run++) {
      ours.push(await measureSearch(path.join(work, String(n), 'site')));
      base.push(await measureBaselineSearch(path.join(work, String(n), 'baseline', '_site')));
    }
    const later = (f: BaselineSearchFigures) => median(f.queries.map((q) => q.ms));
    const row = (figures: BaselineSearchFigures[]) =>
      `${Math.round(median(figures.map((f) => f.firstSearchMs)))} ms | ${Math.round(median(figures.map((f) => f.firstSearchBytes)) / 1024)} kB (${median(figures.map((f) => f.files))} filer) | ${Math.round(median(figures.map(later)))} ms`;
    output.log(
      `\nSökning på ${n} möten i Chromium, median av ${SEARCH_RUNS} växelvis: vår söksida från Sök till uppläst antal med de första träffarna visade; baslinjen med Pagefinds eget API från frågan till de fem första träffarnas data. Senare frågor: ${QUERY_NAMES}.\n`,
    );
    output.log('| | första sökningen | laddat av sökindexet | senare frågor (median) | ”Nyast först” med en aktör vald |');
    output.log('|---|---|---|---|---|');
    output.log(`| vår | ${row(ours)} | ${Math.round(median(ours.map((f) => f.filteredNewestMs)))} ms |`);
    output.log(`| baslinjen | ${row(base)} | (inga filter) |`);
    const r = (f: (x: BaselineSearchFigures) => number) => ratio(median(ours.map(f)), median(base.map(f)));
    output.log(`| kvot | ${r((f) => f.firstSearchMs)} | ${r((f) => f.firstSearchBytes)} | ${r(later)} | |`);
  }

  if (sizes.includes(1000)) {
    const project = path.join(work, 'rebuild');
    await mkdir(project, { recursive: true });
    await cp(path.join(work, '1000', 'minutes'), path.join(project, 'minutes'), { recursive: true });
    await cp(path.join(root, 'templates'), path.join(project, 'templates'), { recursive: true });
    await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
    const rebuild = await measureRebuild(project, path.join(root, 'src/cli/bin/start.ts'), 5);
    output.log(
      `\nOmbyggnad efter att ett möte sparats i npm start, 1 000 möten: median ${Math.round(median(rebuild))} ms (${rebuild.map((ms) => Math.round(ms)).join(', ')} ms) från sparad fil till uppdaterad sida.`,
    );
  }

  // Retried: a preview stopped a moment ago may still be removing its build.
  await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

/** Generates an archive of `n` meetings and builds it `runs` times each: ours cold, ours warm, the baseline, alternating. */
async function measureSize(n: number, runs: number, setup: Setup, output: Output): Promise<Row> {
  const { root, work, node, eleventyCli, pagefindCli, cacheDir } = setup;
  const dir = path.join(work, String(n));
  const minutes = path.join(dir, 'minutes');
  const bytes = await generateArchive(n, minutes);
  const baseline = await createBaseline(path.join(dir, 'baseline'), minutes);
  const cold: Measurement[] = [];
  const warm: Measurement[] = [];
  const base: { ms: number; peakTree: number; largest: number }[] = [];
  output.write(
    `N = ${n} (${(bytes / n / 1024).toFixed(1)} kB per möte), ${runs} körningar var, växelvis kall (k), varm (v), inkrementella (i: tillagt, ändrat, borttaget), baslinje (b): `,
  );
  // Full builds (--helt): each renders and indexes everything. The incremental ones take the rest from the build before.
  const ours = async (...extra: string[]) =>
    check(await measure(node, buildCommandArgs(...extra, minutes, path.join(dir, 'site')), { cwd: root, env: BUILD_ENV }), 'our build');
  const extra = await extraMeeting(n, path.join(dir, 'extra'));
  const added: Measurement[] = [];
  const edited: Measurement[] = [];
  const removed: Measurement[] = [];
  for (let run = 0; run < runs; run++) {
    await rm(cacheDir, { recursive: true, force: true });
    cold.push(await ours('--helt'));
    output.write('k');
    warm.push(await ours('--helt'));
    output.write('v');
    // One meeting added (the generator's next one), one edited (a sentence in the middle one), the added one removed.
    await writeFile(path.join(minutes, extra.name), extra.text);
    added.push(await ours());
    await editMeeting(minutes, run);
    edited.push(await ours());
    await rm(path.join(minutes, extra.name));
    removed.push(await ours());
    output.write('i');
    await rm(baseline.output, { recursive: true, force: true });
    const eleventy = check(
      await measure(
        node,
        [eleventyCli, `--config=${baseline.config}`, `--input=${baseline.input}`, `--output=${baseline.output}`, '--quiet'],
        { cwd: path.dirname(baseline.config) },
      ),
      'baseline Eleventy',
    );
    const pagefind = check(
      await measure(node, [pagefindCli, '--site', baseline.output], { cwd: path.dirname(baseline.config) }),
      'baseline Pagefind',
    );
    base.push({
      ms: eleventy.ms + pagefind.ms,
      peakTree: Math.max(eleventy.peakTreeBytes, pagefind.peakTreeBytes),
      largest: Math.max(eleventy.peakProcessBytes, pagefind.peakProcessBytes),
    });
    output.write('b ');
  }
  output.write('\n');
  return {
    cold: median(cold.map((m) => m.ms)),
    warm: median(warm.map((m) => m.ms)),
    base: median(base.map((m) => m.ms)),
    added: median(added.map((m) => m.ms)),
    edited: median(edited.map((m) => m.ms)),
    removed: median(removed.map((m) => m.ms)),
    oursPeak: Math.max(...[...cold, ...warm, ...added, ...edited, ...removed].map((m) => m.peakTreeBytes)),
    basePeak: Math.max(...base.map((m) => m.peakTree)),
    baseLargest: Math.max(...base.map((m) => m.largest)),
  };
}

/** The meeting the generator makes after an archive of `n`: the one a run adds (the generator is seeded). */
async function extraMeeting(n: number, dir: string): Promise<{ name: string; text: string }> {
  await generateArchive(n + 1, dir);
  const files = (await readdir(dir)).filter((file) => file.endsWith('.md')).sort();
  const name = files.at(-1)!;
  const text = await readFile(path.join(dir, name), 'utf8');
  await rm(dir, { recursive: true, force: true });
  return { name, text };
}

/** Edits the archive's middle meeting: a sentence added on even runs, taken away on odd ones (both an edit). */
async function editMeeting(minutes: string, run: number): Promise<void> {
  const files = (await readdir(minutes)).filter((file) => file.endsWith('.md')).sort();
  const file = path.join(minutes, files[Math.floor(files.length / 2)]!);
  const sentence = '\nEn mening som lades till för mätningen.\n\n## ';
  const text = await readFile(file, 'utf8');
  await writeFile(file, run % 2 === 0 ? text.replace('\n## ', sentence) : text.replace(sentence, '\n## '));
}
