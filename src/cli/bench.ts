/**
 * `npm run bench [-- --full] [--runs N]`: builds synthetic archives of 100 and
 * 1,000 meetings (and 10,000 with --full) with our full build and with the
 * baseline (bare Eleventy 3 + Pagefind's CLI), alternating, several times
 * each, and prints median wall time, peak memory and the ratio ours/baseline.
 * Then: the time from saving one edited meeting to the updated page in
 * `npm start` at 1,000 meetings, and (with --full) the bytes and time of the
 * first search on the 10,000-meeting site in Chromium.
 * A script that prints figures, not a test.
 */
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { readArgs } from './args.ts';
import { createBaseline } from '../bench/baseline.ts';
import { buildCommandArgs } from '../build/command.ts';
import { generateArchive } from '../bench/generate.ts';
import { measure, median, type Measurement } from '../bench/measure.ts';
import { measureRebuild } from '../bench/rebuild.ts';
import { measureSearch } from '../bench/search.ts';

const { values } = readArgs(
  {
    usage: 'npm run bench [-- --full] [--runs N] [--sizes 100,1000]',
    summary:
      'Mäter bygget på genererade arkiv (100 och 1 000 möten, med --full också 10 000) mot Eleventy och Pagefind utan tillägg, och skriver en tabell med tider och minne. Ett mätprogram, inget test.',
    options: [
      ['--full', 'mät också 10 000 möten och den första sökningen i Chromium'],
      ['--runs N', 'antal körningar per storlek'],
      ['--sizes lista', 'storlekarna att mäta, till exempel 100,1000'],
    ],
  },
  { full: { type: 'boolean' }, runs: { type: 'string' }, sizes: { type: 'string' } },
);
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.full ? [100, 1000, 10000] : [100, 1000];
const root = path.resolve('.');
const work = path.join(tmpdir(), `minnesarkivet-bench-${process.pid}`);
const node = process.execPath;
const eleventyCli = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs');
const pagefindCli = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function runsFor(n: number): number {
  if (values.runs) return Number(values.runs);
  return n <= 100 ? 5 : n <= 1000 ? 3 : 2;
}

function check(result: Measurement, what: string): Measurement {
  if (result.exitCode !== 0) throw new Error(`${what} failed (exit ${result.exitCode}):\n${result.output.slice(-2000)}`);
  return result;
}

console.log(`Maskin: ${cpus().length} kärnor (${cpus()[0]?.model ?? 'okänd'}), ${mb(totalmem())} minne, Node ${process.version}`);
console.log(`Storlekar: ${sizes.join(', ')} möten. Arbetsmapp: ${work}\n`);

const rows: string[] = [];
const summary: Record<number, { ours: number; base: number; oursPeak: number; basePeak: number; baseLargest: number }> = {};
for (const n of sizes) {
  const dir = path.join(work, String(n));
  const minutes = path.join(dir, 'minutes');
  const bytes = await generateArchive(n, minutes);
  const baseline = await createBaseline(path.join(dir, 'baseline'), minutes);
  const ours: Measurement[] = [];
  const base: { ms: number; peakTree: number; largest: number }[] = [];
  const runs = runsFor(n);
  process.stdout.write(`N = ${n} (${(bytes / n / 1024).toFixed(1)} kB per möte), ${runs} körningar var, växelvis: `);
  for (let run = 0; run < runs; run++) {
    await rm(path.join(dir, 'site'), { recursive: true, force: true });
    ours.push(check(await measure(node, buildCommandArgs(minutes, path.join(dir, 'site')), { cwd: root }), 'our build'));
    process.stdout.write('v');
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
    process.stdout.write('b ');
  }
  process.stdout.write('\n');
  const row = {
    ours: median(ours.map((m) => m.ms)),
    base: median(base.map((m) => m.ms)),
    oursPeak: Math.max(...ours.map((m) => m.peakTreeBytes)),
    basePeak: Math.max(...base.map((m) => m.peakTree)),
    baseLargest: Math.max(...base.map((m) => m.largest)),
  };
  summary[n] = row;
  rows.push(
    `| ${n} | ${seconds(row.ours)} | ${seconds(row.base)} | ${(row.ours / row.base).toFixed(2)} | ${mb(row.oursPeak)} | ${mb(row.basePeak)} (största process ${mb(row.baseLargest)}) |`,
  );
}

console.log(
  '\n| möten | vår build (median) | baslinje Eleventy + Pagefind (median) | kvot vår/baslinje | vår toppminne (RSS, hela processträdet) | baslinjens toppminne |',
);
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);

if (sizes.includes(1000)) {
  const project = path.join(work, 'rebuild');
  await mkdir(project, { recursive: true });
  await cp(path.join(work, '1000', 'minutes'), path.join(project, 'minutes'), { recursive: true });
  await cp(path.join(root, 'templates'), path.join(project, 'templates'), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  const rebuild = await measureRebuild(project, path.join(root, 'src/cli/start.ts'), 5);
  console.log(
    `\nOmbyggnad efter att ett möte sparats i npm start, 1 000 möten: median ${Math.round(median(rebuild))} ms (${rebuild.map((ms) => Math.round(ms)).join(', ')} ms) från sparad fil till uppdaterad sida.`,
  );
}

if (sizes.includes(10000)) {
  const site = path.join(work, '10000', 'site');
  const search = await measureSearch(site);
  console.log(
    `\nFörsta sökningen på 10 000 möten i Chromium: ${Math.round(search.firstSearchBytes / 1024)} kB laddas (${search.files} filer: Pagefinds ingång, WebAssembly, indexdelar, fragment), ${Math.round(search.firstSearchMs)} ms inklusive laddning; därefter median ${Math.round(search.queryMs)} ms per sökning.`,
  );
}

await writeFile(path.join(work, 'summary.json'), JSON.stringify(summary, null, 2));
await rm(work, { recursive: true, force: true });
