/**
 * The preview (`npm start`): builds the site, serves it with live reload, and
 * rebuilds when a file in minutes/ or templates/ changes. A build with errors
 * prints the check's messages and keeps serving the last good site.
 *
 * Saving a meeting first re-renders just that meeting's page (only the changed
 * file is parsed again, thanks to the cache) and reloads it; the full build,
 * with lists, feeds and search, follows in a child process and reloads again.
 * The preview runs the check itself before it starts the child build, so the
 * messages it prints are its own; the child's output is shown only when the
 * child fails.
 */
import { spawn } from 'node:child_process';
import { type FSWatcher, watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { setPriority } from 'node:os';
import path from 'node:path';
import { RULES } from '../build/build.ts';
import { FileCache } from '../build/cache.ts';
import { buildCommandArgs } from '../build/command.ts';
import { checkArchive, type CheckResult, type SourceMemo } from '../build/pipeline.ts';
import { formatDiagnostic, hasErrors, summarize } from '../core/diagnostics.ts';
import type { MeetingRecord } from '../core/model.ts';
import type { Deployment } from '../core/urls.ts';
import { renderSite } from '../site/render.ts';
import { toSiteData } from '../site/view.ts';
import { startServer } from './serve.ts';

/** The project's folders, relative to the working folder, as `npm run build` reads and writes them. */
const MINUTES_DIR = 'minutes';
const SITE_DIR = 'site';
const TEMPLATES_DIR = 'templates';

/** More changed meetings than this go straight to the full build. */
const QUICK_LIMIT = 10;

/** What is said when a build failed: the site stays as it was. */
const KEPT = 'Sidorna byggdes inte om; förhandsvisningen visar den senaste fungerande versionen.';

/** Options of {@link startPreview}. */
export interface PreviewOptions {
  deploy: Deployment;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Where the preview's messages go. Default: `console.log`. */
  log?: (line: string) => void;
}

/** A running preview. */
export interface Preview {
  /** The site's root URL. */
  url: string;
  /** Stops watching and serving. */
  close(): Promise<void>;
}

/** Builds the site, serves it and rebuilds on every save until closed. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const log = options.log ?? console.log;
  const cache = new FileCache();
  /** The meetings of the last good build, by identity: the cache returns the same object for an unchanged file. */
  let built = new Set<MeetingRecord>();
  /** The minutes files as last read: a save re-reads only the saved file. */
  const memo: SourceMemo = new Map();

  /** The check of the minutes as they are now; its messages printed when it has errors. */
  async function check(): Promise<CheckResult | undefined> {
    const result = await checkArchive(MINUTES_DIR, { cache, memo });
    if (result.index) return result;
    for (const diagnostic of result.diagnostics) log(formatDiagnostic(diagnostic));
    if (hasErrors(result.diagnostics)) log(`${summarize(result.diagnostics, result.filesChecked)} ${KEPT}`);
    return undefined;
  }

  /**
   * The full build, in a child process (`npm run build`), so that this process stays free to
   * serve pages and to make quick updates meanwhile. It reads the cache this process writes.
   */
  async function fullBuild(): Promise<boolean> {
    const started = performance.now();
    const snapshot = await check();
    if (!snapshot) return false;
    const { code, output } = await runBuild(options.deploy);
    if (code !== 0) {
      if (output.trim()) log(output.replace(/\n$/, ''));
      log(KEPT);
      return false;
    }
    // The check found no errors: its warnings are all there is to say.
    for (const diagnostic of snapshot.diagnostics) log(formatDiagnostic(diagnostic));
    built = new Set(snapshot.meetings);
    log(`Byggde hela arkivet på ${Math.round(performance.now() - started)} ms.`);
    return true;
  }

  /** Re-renders only the edited meetings' pages. False when the change needs the full build. */
  async function quickBuild(): Promise<boolean> {
    const started = performance.now();
    const result = await check();
    if (!result?.index) return false;
    const checked = performance.now();
    const changed = result.meetings.filter((meeting) => !built.has(meeting));
    if (changed.length === 0 || changed.length > QUICK_LIMIT || result.meetings.length !== built.size) return false;
    // Meeting pages only: no listings, and no search page to tell where the search index is.
    const site = toSiteData(result.index, { listings: false, searchIndexes: [] });
    await renderSite(site, SITE_DIR, {
      templatesDir: TEMPLATES_DIR,
      deploy: options.deploy,
      rules: RULES,
      onlyMeetings: changed.map((m) => m.slug),
    });
    const ms = (a: number, b: number) => Math.round(b - a);
    log(
      `Uppdaterade ${changed.map((m) => m.file).join(', ')} på ${ms(started, performance.now())} ms (kontroll ${ms(started, checked)} ms, sidor ${ms(checked, performance.now())} ms); bygger om listor och sökning …`,
    );
    return true;
  }

  await fullBuild();
  const server = await startServer({
    siteDir: SITE_DIR,
    pathPrefix: options.deploy.pathPrefix,
    host: options.host,
    port: options.port,
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
    if (file.startsWith(TEMPLATES_DIR)) templatesChanged = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      log(`Ändrad: ${file}`);
      const quickAllowed = !templatesChanged;
      templatesChanged = false;
      quickQueue = quickQueue.then(async () => {
        if (quickAllowed && (await quickBuild().catch(() => false))) server.reload();
        requestFullBuild();
      });
    }, 30);
  };
  // Every folder is watched on its own (inotify), and before the preview says it is ready:
  // Node's recursive watching on Linux sets itself up asynchronously and can miss the first save.
  const watchers: FSWatcher[] = [];
  for (const root of [MINUTES_DIR, TEMPLATES_DIR]) {
    const subfolders = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => path.join(e.parentPath, e.name));
    for (const dir of [root, ...subfolders]) watchers.push(watch(dir, (_event, file) => rebuild(path.join(dir, file ?? ''))));
  }
  return {
    url: server.url,
    async close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await server.close();
    },
  };
}

/** Runs `npm run build` in a child process at a lower priority (a quick update of the page being edited goes first). */
async function runBuild(deploy: Deployment): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env, SITE_URL: deploy.siteUrl };
  const child = spawn(process.execPath, buildCommandArgs(MINUTES_DIR, SITE_DIR, '--path-prefix', deploy.pathPrefix), {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.pid) setPriority(child.pid, 10);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output };
}
