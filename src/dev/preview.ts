/**
 * The preview (`npm start`): listens first (so a taken port is said at once),
 * answers "Arkivet byggs …" while the first build runs, then serves the site
 * with live reload and rebuilds when a file in minutes/ or templates/ changes.
 *
 * Saving a meeting first re-renders just that meeting's page (only the changed
 * file is parsed again, thanks to the cache) and reloads it; the full build,
 * with lists, feeds and search, follows in a child process and reloads again.
 *
 * A save with errors prints the check's messages once and shows them in a box
 * over every open page (and every page opened later) until a build succeeds;
 * the pages keep showing the last good build, and no full build is started
 * for files that cannot pass. The preview runs the check itself, so the
 * messages are its own: the child build's output is shown only when the child
 * failed for another reason (a full disk, another build running).
 */
import { realpath } from 'node:fs/promises';
import { RULES } from '../build/build.ts';
import { FileCache } from '../build/cache.ts';
import { forgetPages } from '../build/incremental.ts';
import { checkArchive, type CheckResult, type SourceMemo } from '../build/pipeline.ts';
import { formatDiagnostic, hasErrors, summarize } from '../core/diagnostics.ts';
import type { MeetingRecord } from '../core/model.ts';
import { type Deployment, siteFile, urls } from '../core/urls.ts';
import { renderSite } from '../site/render.ts';
import { toSiteData } from '../site/view.ts';
import { type ChildBuild, startChildBuild } from './child-build.ts';
import { errorNotice, failureNotice, fullBuildLines } from './notices.ts';
import { startDecapServer } from './decap-server.ts';
import { type Notice, type RunningServer, startServer } from './serve.ts';
import { type FolderWatch, watchFolders } from './watch-folders.ts';

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
  /**
   * Redaktionen's local backend: decap-server writing into this folder, `fs` (saves are written as they are,
   * default) or `git` (every save a commit, drafts as branches); `false` for none.
   */
  redaktion?: 'fs' | 'git' | false;
}

/** A running preview. */
export interface Preview {
  /** The site's root URL. */
  url: string;
  /** Resolves when the first build has ended (built or not). */
  ready: Promise<void>;
  /** Stops watching, stops a running child build and stops serving. */
  close(): Promise<void>;
}

/** Listens, then builds the site, serves it and rebuilds on every save until closed. Rejects when it cannot listen. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const log = options.log ?? console.log;
  const decap =
    options.redaktion === false
      ? undefined
      : await startDecapServer('.', options.redaktion ?? 'fs').catch((failure: unknown) => {
          log(`Redaktionen kan inte spara i förhandsvisningen: ${failure instanceof Error ? failure.message : String(failure)}`);
          return undefined;
        });
  const server = await startServer({
    siteDir: SITE_DIR,
    pathPrefix: options.deploy.pathPrefix,
    host: options.host,
    port: options.port,
    liveReload: true,
    building: true,
    ...(decap ? { redaktionApi: decap.api } : {}),
  }).catch(async (failure: unknown) => {
    await decap?.stop();
    throw failure;
  });
  log(`Bygger arkivet … Förhandsvisningen på ${server.url} visar "Arkivet byggs" tills bygget är klart.`);
  if (decap)
    log(
      `Redaktionen: ${server.url}redaktion/ (sparar i ${MINUTES_DIR}/${options.redaktion === 'git' ? ', varje ändring som en commit' : ''}).`,
    );
  const preview = new PreviewBuilds(server, options.deploy, log);
  let watching: FolderWatch;
  try {
    watching = await watchFolders([MINUTES_DIR, TEMPLATES_DIR], (file) => preview.saved(file));
  } catch (failure) {
    await server.close();
    await decap?.stop();
    throw failure;
  }
  const ready = preview.start();
  return {
    url: server.url,
    ready,
    async close() {
      watching.close();
      await preview.close();
      await server.close();
      await decap?.stop();
    },
  };
}

/**
 * The preview's builds. Every save is a generation; what the check of a generation finds is printed
 * once and shown in the pages, unless a later generation was already reported. Quick page updates run
 * one after another; the full build runs in the background and is started again when files changed
 * while it ran (then the quick update is applied to its result first).
 */
class PreviewBuilds {
  private readonly cache = new FileCache();
  /** The minutes files as last read: a save re-reads only the saved file. */
  private readonly memo: SourceMemo = new Map();
  /** The meetings of the last good build, by identity: the cache returns the same object for an unchanged file. */
  private built = new Set<MeetingRecord>();
  /** Saves so far. */
  private generation = 0;
  /** The latest generation whose check is reported (printed and shown). */
  private reported = -1;
  /** The generation whose messages were printed last: each save's messages are printed once. */
  private printed = -1;
  /** The generation of the box shown in the pages, or -1 when none. */
  private noticeGeneration = -1;
  private quickQueue: Promise<void> = Promise.resolve();
  private fullRunning = false;
  private fullPending = false;
  private templatesChanged = false;
  private child: ChildBuild | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private firstBuildDone: () => void = () => undefined;

  constructor(
    private readonly server: RunningServer,
    private readonly deploy: Deployment,
    private readonly log: (line: string) => void,
  ) {}

  /** Starts the first build; resolves when it has ended. */
  start(): Promise<void> {
    const done = new Promise<void>((resolve) => (this.firstBuildDone = resolve));
    this.requestFullBuild();
    return done;
  }

  /** A file under minutes/ or templates/ changed: waits for the save to settle, then updates. */
  saved(file: string): void {
    if (this.closed) return;
    if (file.startsWith(TEMPLATES_DIR)) this.templatesChanged = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.log(`Ändrad: ${file}`);
      const generation = ++this.generation;
      const quickAllowed = !this.templatesChanged;
      this.templatesChanged = false;
      this.quickQueue = this.quickQueue.then(() => this.afterSave(generation, quickAllowed));
    }, 30);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.child?.stop();
  }

  private async afterSave(generation: number, quickAllowed: boolean): Promise<void> {
    if (this.closed) return;
    if (quickAllowed) {
      const outcome = await this.quickBuild(generation).catch(() => 'full' as const);
      // The full build would fail on the same errors: it waits for the next save.
      if (outcome === 'errors') return;
      if (outcome === 'updated') this.updated(generation);
    }
    this.requestFullBuild();
  }

  /** Pages now show generation `generation`: the box of that or an earlier save goes, and pages reload. */
  private updated(generation: number): void {
    if (this.noticeGeneration !== -1 && this.noticeGeneration <= generation) {
      this.noticeGeneration = -1;
      this.server.setNotice(undefined);
    }
    this.server.reload();
  }

  private show(generation: number, notice: Notice): void {
    this.noticeGeneration = generation;
    this.server.setNotice(notice);
  }

  /** Reports the check of `generation`: with errors, prints its messages (once per save) and shows them. True when it has no errors. */
  private report(generation: number, result: CheckResult): boolean {
    const ok = result.index !== undefined && !hasErrors(result.diagnostics);
    if (generation < this.reported) return ok;
    this.reported = generation;
    if (ok) return true;
    if (this.printed !== generation) {
      this.printed = generation;
      for (const diagnostic of result.diagnostics) this.log(formatDiagnostic(diagnostic));
      this.log(`${summarize(result.diagnostics, result.filesChecked)} ${KEPT}`);
    }
    this.show(generation, errorNotice(result.diagnostics, result.filesChecked));
    return false;
  }

  private check(): Promise<CheckResult> {
    return checkArchive(MINUTES_DIR, { cache: this.cache, memo: this.memo });
  }

  private requestFullBuild(): void {
    if (this.closed) return;
    if (this.fullRunning) {
      this.fullPending = true;
      return;
    }
    this.fullRunning = true;
    void this.fullBuild(this.generation)
      .catch((failure: unknown) =>
        this.log(`Förhandsvisningen kunde inte bygga: ${failure instanceof Error ? failure.message : String(failure)}`),
      )
      .then(() => {
        this.fullRunning = false;
        this.firstBuildDone();
        if (this.fullPending && !this.closed) {
          this.fullPending = false;
          const generation = this.generation;
          this.quickQueue = this.quickQueue.then(() => this.afterSave(generation, true));
        }
      });
  }

  /**
   * The full build, in a child process (`npm run build`), so that this process stays free to serve
   * pages and to make quick updates meanwhile. It reads the cache this process writes.
   */
  private async fullBuild(generation: number): Promise<void> {
    const started = performance.now();
    const snapshot = await this.check();
    if (!this.report(generation, snapshot) || this.closed) return this.firstBuildEnded();
    this.child = startChildBuild(MINUTES_DIR, SITE_DIR, this.deploy);
    const { code, output } = await this.child.result;
    this.child = undefined;
    if (this.closed) return;
    if (code === 0) {
      if (this.printed !== generation) {
        this.printed = generation;
        // The check found no errors: its warnings are all there is to say.
        for (const diagnostic of snapshot.diagnostics) this.log(formatDiagnostic(diagnostic));
      }
      this.built = new Set(snapshot.meetings);
      for (const line of fullBuildLines(generation, this.noticeGeneration, Math.round(performance.now() - started))) this.log(line);
      this.firstBuildEnded();
      this.updated(generation);
      return;
    }
    // The files may have changed meanwhile and the child's own check failed: the check's messages are
    // printed and shown once, as the preview's own, not the child's copy of them.
    if (!this.report(generation, await this.check())) return this.firstBuildEnded();
    // Another reason (a full disk, a missing permission, another build running): the child said what.
    this.log(output.replace(/\n$/, ''));
    this.log(KEPT);
    this.show(generation, failureNotice(output));
    this.firstBuildEnded();
  }

  /** After the first build, pages show the site (or say that there is none) instead of "Arkivet byggs …". */
  private firstBuildEnded(): void {
    this.server.setBuilding(false);
  }

  /** Re-renders only the edited meetings' pages, into the site's current build. */
  private async quickBuild(generation: number): Promise<'updated' | 'full' | 'errors'> {
    const started = performance.now();
    const result = await this.check();
    if (!this.report(generation, result)) return 'errors';
    if (!result.index) return 'full';
    const checked = performance.now();
    const changed = result.meetings.filter((meeting) => !this.built.has(meeting));
    if (changed.length === 0 || changed.length > QUICK_LIMIT || result.meetings.length !== this.built.size) return 'full';
    // The folder the site link points to now: a full build flipping the link meanwhile does not split the pages over two builds.
    const live = await realpath(SITE_DIR).catch(() => undefined);
    if (!live) return 'full';
    // Meeting pages only: no listings, and no search page to tell where the search index is.
    const site = toSiteData(result.index, { listings: false, searchIndexes: [], meetingIds: changed.map((m) => m.slug) });
    // Written in place: the next build must render these again, and the build they were taken from keep its own.
    await forgetPages(
      live,
      changed.map((m) => `${siteFile(urls.meeting(m.slug))}index.html`),
    );
    await renderSite(site, live, {
      templatesDir: TEMPLATES_DIR,
      deploy: this.deploy,
      setting: result.setting,
      rules: RULES,
      onlyMeetings: changed.map((m) => m.slug),
    });
    const ms = (a: number, b: number) => Math.round(b - a);
    this.log(
      `Uppdaterade ${changed.map((m) => m.file).join(', ')} på ${ms(started, performance.now())} ms (kontroll ${ms(started, checked)} ms, sidor ${ms(checked, performance.now())} ms); bygger om listor och sökning …`,
    );
    return 'updated';
  }
}
