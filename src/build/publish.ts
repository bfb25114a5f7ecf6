/**
 * The site folder and how a new build replaces it, atomically.
 *
 * `site` is a symbolic link to the newest complete build in
 * `site.builds/<stamp>/`. A build writes a new folder there, and only when it
 * is complete flips the link: a new link is written beside it and renamed
 * over `site` (one `rename`, atomic on POSIX file systems), so at every
 * moment `site` is either the old build or the new one, never missing and
 * never half-written. The old build is kept for {@link PREVIOUS_BUILD_GRACE_MS} after the flip (marked
 * by `site.builds/<name>.retired`, which holds when), so that a copy that started from it (`cp -rL`,
 * rsync, path by path) finishes from one build; a later build removes it once that time has passed,
 * and any older one at once.
 *
 * A build first takes `site.lock` (the PID of the process that builds, a lock
 * of `runtime/lock.ts`), so two builds of one site never run at once; a lock
 * whose process is gone is taken over. It also removes what earlier, interrupted builds left: build
 * folders the link does not point to, and the `site.tmp-*` and `site.old-*`
 * folders of the earlier two-rename swap.
 *
 * A build never removes what it did not write. A `site` that is a real folder
 * (a copy put there by hand, a web root with other content, the minutes
 * themselves) or a file is refused with {@link SiteFolderError}, as is a site
 * path that is, contains or lies inside the minutes or templates folder; in
 * `site.builds/` only folders named as builds name them are removed.
 *
 * To publish, copy the folder the link points to, resolved once:
 * `rsync -a "$(realpath site)/" server:…` or `cp -r "$(realpath site)/" …`.
 */
import { lstat, mkdir, readdir, readFile, readlink, realpath, rename, rm, rmdir, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { acquireLock, isStaleLockPart, type Lock, LockHeldError } from '../runtime/lock.ts';

/** The paths that belong to one site folder. */
export interface SitePaths {
  /** The site: a link to the current build (absolute). */
  site: string;
  /** The builds, one folder each: `site.builds/`. */
  builds: string;
  /** The lock of a running build: `site.lock`. */
  lock: string;
  /** The folder that holds all of these. */
  parent: string;
  /** The site's own name, `site`. */
  base: string;
}

/** The paths of the site folder `siteDir` (absolute or relative to the working folder). */
export function sitePaths(siteDir: string): SitePaths {
  const site = path.resolve(siteDir);
  return { site, builds: `${site}.builds`, lock: `${site}.lock`, parent: path.dirname(site), base: path.basename(site) };
}

/** A path as the secretary sees it in messages: relative to the working folder when inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

/** The site path is not ours to replace: a real folder, a file, or the minutes' own folder. */
export class SiteFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteFolderError';
  }
}

/** True when `inner` is `outer` or lies inside it (both absolute). */
function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path of `file`, or of its nearest existing parent with the rest appended (a site that does not exist yet). */
async function realPathOf(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(await realPathOf(parent), path.basename(absolute));
  }
}

/**
 * Refuses a site path that a build must not replace: one that is, contains or lies inside a folder of
 * `sources` (the minutes, the templates), and a `site` that exists but is not a link (a real folder,
 * even one copied from a build, or a file). An empty folder is allowed (it is removed by the flip).
 * Throws {@link SiteFolderError} with a Swedish message that says what to do.
 */
export async function assertReplaceableSite(siteDir: string, sources: Record<string, string>): Promise<void> {
  const site = await realPathOf(sitePaths(siteDir).site);
  for (const [what, folder] of Object.entries(sources)) {
    const source = await realPathOf(folder);
    if (within(site, source) || within(source, site)) {
      const how = site === source ? 'är' : within(site, source) ? 'ligger i' : 'innehåller';
      throw new SiteFolderError(
        `Webbplatsens mapp ${shown(siteDir)}/ ${how} mappen med ${what} (${shown(folder)}/). ` +
          `Bygget ersätter webbplatsens mapp och skulle då ta bort ${what}. Välj en annan mapp för webbplatsen, till exempel site.`,
      );
    }
  }
  const info = await lstat(sitePaths(siteDir).site).catch(() => undefined);
  if (!info || info.isSymbolicLink()) return;
  if (info.isDirectory() && (await readdir(sitePaths(siteDir).site)).length === 0) return;
  throw new SiteFolderError(
    `${shown(siteDir)}${info.isDirectory() ? '/ är en vanlig mapp' : ' är en fil'} och inte en länk till ett bygge av arkivet. ` +
      `Bygget tar aldrig bort något det inte själv har skrivit. Flytta undan eller byt namn på ${shown(siteDir)} ` +
      `(eller välj en annan mapp för webbplatsen) och bygg igen. Vill du publicera bygget, kopiera från länkens mål: cp -r "$(realpath site)/" …`,
  );
}

/** Another build of the same site is running: this one must not start. */
export class SiteLockedError extends Error {
  /** The process that holds the lock. */
  readonly pid: number | undefined;
  /** The lock file. */
  readonly lockFile: string;

  constructor(siteDir: string, pid: number | undefined) {
    const lockFile = sitePaths(siteDir).lock;
    super(
      `Ett annat bygge av ${shown(siteDir)}/ pågår redan${pid ? ` (process ${pid})` : ''}. ` +
        `Vänta tills det är klart och bygg sedan igen. Pågår inget annat bygge, ta bort filen ${shown(lockFile)} och försök igen.`,
    );
    this.name = 'SiteLockedError';
    this.pid = pid;
    this.lockFile = lockFile;
  }
}

/**
 * Takes the build lock of `siteDir`, `site.lock` (see `runtime/lock.ts`). Throws {@link SiteLockedError}
 * when a running process holds it; a lock left by a process that is gone is taken over.
 */
export async function acquireBuildLock(siteDir: string): Promise<Lock> {
  try {
    return await acquireLock(sitePaths(siteDir).lock);
  } catch (failure) {
    if (failure instanceof LockHeldError) throw new SiteLockedError(siteDir, failure.pid);
    throw failure;
  }
}

const errorCode = (failure: unknown) => (failure as NodeJS.ErrnoException).code;

/** The build folder the site link points to (absolute), or undefined when `site` is missing, a real folder or a link elsewhere. */
export async function currentBuild(siteDir: string): Promise<string | undefined> {
  const paths = sitePaths(siteDir);
  const info = await lstat(paths.site).catch(() => undefined);
  if (!info?.isSymbolicLink()) return undefined;
  const target = path.resolve(paths.parent, await readlink(paths.site));
  return path.dirname(target) === paths.builds ? target : undefined;
}

/** How long the build that was in place stays after a flip, for copies that started from it: 15 minutes. */
export const PREVIOUS_BUILD_GRACE_MS = 15 * 60_000;

/** The marker beside a build folder that says when it stopped being the site. */
const retiredMarker = (folder: string) => `${folder}.retired`;

/** The manifest a build leaves beside its folder for the next build (`incremental.ts`): never published. */
export const manifestFile = (folder: string) => `${folder}.bygge.json`;

/** What lies beside a build folder in `site.builds/` and goes with it: its retired marker and its manifest. */
const BESIDE_BUILD = ['.retired', '.bygge.json'];

/** When `folder` stopped being the site (ms), or undefined when it never was (a killed build's folder). */
async function retiredAt(folder: string): Promise<number | undefined> {
  const text = await readFile(retiredMarker(folder), 'utf8').catch(() => undefined);
  const time = text === undefined ? Number.NaN : Date.parse(text.trim());
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Removes what earlier builds left behind: every folder in `site.builds/` but the current one and the
 * previous one within its grace period ({@link PREVIOUS_BUILD_GRACE_MS} after it was replaced), the
 * `site.tmp-*`, `site.old-*` and `site.link-*` beside the site, and private lock files of processes
 * that are gone. Call it while holding the lock. Returns the paths of what interrupted builds left
 * (relative to the site's parent folder), for a message; builds that were replaced in order go silently.
 */
export async function removeLeftovers(siteDir: string, now = Date.now()): Promise<string[]> {
  const paths = sitePaths(siteDir);
  const current = await currentBuild(siteDir);
  const removed: string[] = [];
  const remove = async (full: string, report: boolean) => {
    await rm(full, { recursive: true, force: true }).then(
      () => report && removed.push(path.relative(paths.parent, full)),
      () => undefined, // Left for the next build: a folder that cannot be removed now must not stop this one.
    );
  };
  const beside = await readdir(paths.parent).catch(() => [] as string[]);
  for (const name of beside) {
    const full = path.join(paths.parent, name);
    if (['tmp', 'old', 'link'].some((kind) => name.startsWith(`${paths.base}.${kind}-`))) await remove(full, true);
    if (isStaleLockPart(paths.lock, name)) await remove(full, false);
  }
  const names = await readdir(paths.builds).catch(() => [] as string[]);
  const retired: { full: string; at: number }[] = [];
  for (const name of names.filter((n) => BUILD_NAME.test(n))) {
    const full = path.join(paths.builds, name);
    if (full === current) continue;
    const at = await retiredAt(full);
    if (at === undefined) await remove(full, true);
    else retired.push({ full, at });
  }
  // The newest replaced build stays while its grace lasts; older ones, and it afterwards, go.
  // Replaced within the same millisecond: the later folder name is the later build.
  retired.sort((a, b) => b.at - a.at || (a.full < b.full ? 1 : a.full > b.full ? -1 : 0));
  for (const [index, { full, at }] of retired.entries()) {
    if (index === 0 && now - at < PREVIOUS_BUILD_GRACE_MS) continue;
    await remove(full, false);
    await rm(retiredMarker(full), { force: true }).catch(() => undefined);
  }
  // Markers and manifests whose build is gone.
  for (const name of names) {
    const suffix = BESIDE_BUILD.find((end) => name.endsWith(end));
    if (!suffix) continue;
    const folder = path.join(paths.builds, name.slice(0, -suffix.length));
    if (!(await lstat(folder).catch(() => undefined))) await rm(path.join(paths.builds, name), { force: true }).catch(() => undefined);
  }
  return removed;
}

/** The name of a build folder that {@link newBuildFolder} made (and of the `tidigare-` folders of older releases). */
const BUILD_NAME = /^(?:tidigare-)?\d{8}T\d{9}Z-\d+(?:-\d+)?$/;

/**
 * A new, empty build folder in `site.builds/`, named by the time and this process: `20261124T101530123Z-4242`
 * (`…-4242-2` for a second build of this process within the same millisecond).
 */
export async function newBuildFolder(siteDir: string): Promise<string> {
  const { builds } = sitePaths(siteDir);
  await mkdir(builds, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  for (let attempt = 1; ; attempt++) {
    const folder = path.join(builds, `${stamp}-${process.pid}${attempt > 1 ? `-${attempt}` : ''}`);
    const made = await mkdir(folder).then(
      () => true,
      (failure: NodeJS.ErrnoException) => {
        if (failure.code === 'EEXIST') return false;
        throw failure;
      },
    );
    if (made) return folder;
  }
}

/**
 * Puts the complete build `folder` (in `site.builds/`) in place of the site: writes a link to it
 * beside the site and renames it over `site`. The build that was in place is marked as replaced now and
 * kept for {@link PREVIOUS_BUILD_GRACE_MS} (a later build removes it, see {@link removeLeftovers}). A
 * `site` that is an empty folder is removed first; any other real folder or file is refused with
 * {@link SiteFolderError} and left as it is.
 */
export async function publishBuild(siteDir: string, folder: string): Promise<void> {
  const paths = sitePaths(siteDir);
  const previous = await currentBuild(siteDir);
  await assertReplaceableSite(siteDir, {});
  const info = await lstat(paths.site).catch((failure: unknown) => {
    if (errorCode(failure) === 'ENOENT') return undefined;
    throw failure;
  });
  // Only an empty folder gets here (assertReplaceableSite): rmdir refuses one that was filled meanwhile.
  if (info?.isDirectory()) await rmdir(paths.site);
  const temporary = `${paths.site}.link-${process.pid}`;
  await rm(temporary, { force: true });
  if (process.platform === 'win32') {
    // Windows: a junction needs no administrator rights but an absolute target, and cannot be renamed
    // over another; the old link is removed first, so this flip is not atomic there.
    await symlink(folder, temporary, 'junction');
  } else {
    // Relative, so the project folder can be moved or copied with its site.
    await symlink(path.relative(paths.parent, folder), temporary, 'dir');
  }
  try {
    if (process.platform === 'win32' && info?.isSymbolicLink()) await unlink(paths.site);
    await rename(temporary, paths.site);
  } catch (failure) {
    await rm(temporary, { force: true });
    throw failure;
  }
  if (previous && previous !== folder) await writeFile(retiredMarker(previous), `${new Date().toISOString()}\n`).catch(() => undefined);
}
