/**
 * `npm start`: builds the site, serves it on http://127.0.0.1:8080/ with live
 * reload, and rebuilds when a file in minutes/ or templates/ changes. A build
 * with errors prints the check's messages and keeps serving the last good site.
 *
 * Saving a meeting first re-renders just that meeting's page (only the changed
 * file is parsed again, thanks to the cache) and reloads it; the full build,
 * with lists, feeds and search, follows and reloads again.
 * `PORT`, `HOST`, `PATH_PREFIX` and `SITE_URL` change the defaults.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { setPriority } from 'node:os';
import type { BuildOptions } from '../build/build.ts';
import { buildCommandArgs } from '../build/command.ts';
import { type Diagnostic, formatDiagnostic, hasErrors, summarize } from '../core/diagnostics.ts';
import { FileCache } from '../build/cache.ts';
import type { MeetingRecord } from '../core/model.ts';
import type { SourceMemo } from '../check/load.ts';
import { checkArchive } from '../build/pipeline.ts';
import { renderSite } from '../site/render.ts';
import { startServer } from '../dev/serve.ts';
import { deploymentFromEnv } from '../core/urls.ts';
import { toSiteData } from '../site/view.ts';
import { RULES } from '../check/rules.ts';

/** More changed meetings than this go straight to the full build. */
const QUICK_LIMIT = 10;

const options: BuildOptions = { minutesDir: 'minutes', siteDir: 'site', templatesDir: 'templates', deploy: deploymentFromEnv(process.env), cache: new FileCache() };
/** The meetings of the last good build, by identity: the cache returns the same object for an unchanged file. */
let built = new Set<MeetingRecord>();
/** The minutes files as last read: a save re-reads only the saved file. */
const memo: SourceMemo = new Map();

function report(diagnostics: readonly Diagnostic[], filesChecked: number): void {
  for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
  if (hasErrors(diagnostics)) console.log(`${summarize(diagnostics, filesChecked)} Sidorna byggdes inte om; förhandsvisningen visar den senaste fungerande versionen.`);
}

/**
 * The full build, in a child process (`npm run build`), so that this process stays free to
 * serve pages and to make quick updates meanwhile. It reads the cache this process writes.
 */
async function fullBuild(): Promise<boolean> {
  const started = performance.now();
  const snapshot = await checkArchive(options.minutesDir, { cache: options.cache!, memo });
  if (!snapshot.index) {
    report(snapshot.diagnostics, snapshot.filesChecked);
    return false;
  }
  const child = spawn(process.execPath, buildCommandArgs(options.minutesDir, options.siteDir), { stdio: ['ignore', 'pipe', 'inherit'] });
  // Lower priority: a quick update of the page being edited goes first.
  if (child.pid) setPriority(child.pid, 10);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) {
    process.stdout.write(output);
    console.log('Sidorna byggdes inte om; förhandsvisningen visar den senaste fungerande versionen.');
    return false;
  }
  // Warnings only: print them, not the build's summary lines.
  process.stdout.write(output.split('\n').filter((line) => /:\d+:\d+: /.test(line)).map((line) => `${line}\n`).join(''));
  built = new Set(snapshot.meetings);
  console.log(`Byggde hela arkivet på ${Math.round(performance.now() - started)} ms.`);
  return true;
}

/** Re-renders only the edited meetings' pages. False when the change needs the full build. */
async function quickBuild(): Promise<boolean> {
  const started = performance.now();
  const check = await checkArchive(options.minutesDir, { cache: options.cache!, memo });
  if (!check.index) {
    report(check.diagnostics, check.filesChecked);
    return false;
  }
  const checked = performance.now();
  const changed = check.meetings.filter((meeting) => !built.has(meeting));
  if (changed.length === 0 || changed.length > QUICK_LIMIT || check.meetings.length !== built.size) return false;
  // Meeting pages only: no listings, and no search page to tell where the search index is.
  const site = toSiteData(check.index, { listings: false, searchIndexes: [] });
  await renderSite(site, options.siteDir, { templatesDir: options.templatesDir, deploy: options.deploy, rules: RULES, onlyMeetings: changed.map((m) => m.slug) });
  const ms = (a: number, b: number) => Math.round(b - a);
  console.log(`Uppdaterade ${changed.map((m) => m.file).join(', ')} på ${ms(started, performance.now())} ms (kontroll ${ms(started, checked)} ms, sidor ${ms(checked, performance.now())} ms); bygger om listor och sökning …`);
  return true;
}

await fullBuild();
const server = await startServer({
  siteDir: options.siteDir,
  pathPrefix: options.deploy.pathPrefix,
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 8080),
  liveReload: true,
});

// Quick page updates run at once, one after another; the full build runs in the background and
// is started again when files changed while it ran (then the quick update is applied to its result).
let quickQueue: Promise<void> = Promise.resolve();
let fullRunning = false;
let fullPending = false;
let templatesChanged = false;

function requestFullBuild(): void {
  if (fullRunning) {
    fullPending = true;
    return;
  }
  fullRunning = true;
  void fullBuild().then(async (ok) => {
    if (ok) server.reload();
    fullRunning = false;
    if (fullPending) {
      fullPending = false;
      if (await quickBuild().catch(() => false)) server.reload();
      requestFullBuild();
    }
  });
}

let timer: NodeJS.Timeout | undefined;
const rebuild = (file: string) => {
  if (file.startsWith(options.templatesDir ?? 'templates')) templatesChanged = true;
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`Ändrad: ${file}`);
    const quickAllowed = !templatesChanged;
    templatesChanged = false;
    quickQueue = quickQueue.then(async () => {
      if (quickAllowed && (await quickBuild().catch(() => false))) server.reload();
      requestFullBuild();
    });
  }, 30);
};
// Every folder is watched on its own (inotify), and before the server says it is ready:
// Node's recursive watching on Linux sets itself up asynchronously and can miss the first save.
for (const root of [options.minutesDir, options.templatesDir ?? 'templates']) {
  const subfolders = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name));
  for (const dir of [root, ...subfolders]) watch(dir, (_event, file) => rebuild(path.join(dir, file ?? '')));
}
console.log(`Förhandsvisning: ${server.url} (avsluta med Ctrl+C). Sidorna byggs om när du sparar i minutes/ eller templates/.`);
