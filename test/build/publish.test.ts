import { execFile, execFileSync } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, readlink, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  PREVIOUS_BUILD_GRACE_MS,
  acquireBuildLock,
  currentBuild,
  manifestFile,
  newBuildFolder,
  publishBuild,
  removeLeftovers,
  SiteFolderError,
  SiteLockedError,
  assertReplaceableSite,
  sitePaths,
} from '../../src/build/publish.ts';
import { tempDir } from '../support/helpers.ts';
import { deadPid } from '../support/processes.ts';

/** A build folder with an `index.html` that says `text`. */
async function build(site: string, text: string): Promise<string> {
  const folder = await newBuildFolder(site);
  await mkdir(path.join(folder, 'moten'));
  await writeFile(path.join(folder, 'index.html'), text);
  await writeFile(path.join(folder, 'moten', 'index.html'), `${text} möten`);
  return folder;
}

describe('publishBuild', () => {
  it('makes site a relative link to the newest build and keeps the one before for copies in progress', async () => {
    const site = path.join(await tempDir(), 'site');
    const first = await build(site, 'ett');
    await publishBuild(site, first);
    expect(await readlink(site)).toBe(`site.builds/${path.basename(first)}`);
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toBe('ett');
    expect(await currentBuild(site)).toBe(first);
    // A copy that started from the first build (path by path, as cp -rL and rsync copy).
    const copying = await realpath(site);
    const second = await build(site, 'två');
    await publishBuild(site, second);
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toBe('två');
    expect(await readFile(path.join(copying, 'index.html'), 'utf8')).toBe('ett');
    expect((await readdir(sitePaths(site).builds)).sort()).toEqual(
      [path.basename(first), `${path.basename(first)}.retired`, path.basename(second)].sort(),
    );
    expect(await readdir(path.dirname(site))).toEqual(['site', 'site.builds']);
  });

  it('removes the build before once its grace has passed, and any older one at once, without naming them as leftovers', async () => {
    const site = path.join(await tempDir(), 'site');
    const builds = [];
    for (const text of ['ett', 'två', 'tre']) {
      const folder = await build(site, text);
      await publishBuild(site, folder);
      builds.push(path.basename(folder));
    }
    // Within the grace: the newest replaced build (två) stays, the older one (ett) goes.
    expect(await removeLeftovers(site)).toEqual([]);
    expect((await readdir(sitePaths(site).builds)).sort()).toEqual([builds[1], `${builds[1]}.retired`, builds[2]].sort());
    // After it: only the current build.
    expect(await removeLeftovers(site, Date.now() + PREVIOUS_BUILD_GRACE_MS + 1)).toEqual([]);
    expect(await readdir(sitePaths(site).builds)).toEqual([builds[2]]);
    expect(PREVIOUS_BUILD_GRACE_MS).toBe(15 * 60_000);
  });

  it('removes a build’s manifest with its build, and keeps the current build’s', async () => {
    const site = path.join(await tempDir(), 'site');
    const builds = [];
    for (const text of ['ett', 'två']) {
      const folder = await build(site, text);
      await writeFile(manifestFile(folder), '{}');
      await publishBuild(site, folder);
      builds.push(path.basename(folder));
    }
    // A manifest whose build a killed run never finished (its folder is gone).
    await writeFile(path.join(sitePaths(site).builds, 'bygge-borta.bygge.json'), '{}');
    await removeLeftovers(site, Date.now() + PREVIOUS_BUILD_GRACE_MS + 1);
    expect((await readdir(sitePaths(site).builds)).sort()).toEqual([builds[1], `${builds[1]}.bygge.json`].sort());
  });

  it('refuses a site that is a real folder, keeps every file in it and names what to do', async () => {
    const site = path.join(await tempDir(), 'site');
    await mkdir(site);
    await writeFile(path.join(site, 'index.html'), 'gammal');
    await writeFile(path.join(site, 'CNAME'), 'arkiv.example.se');
    const folder = await build(site, 'ny');
    const refused = await publishBuild(site, folder).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SiteFolderError);
    expect((refused as Error).message).toMatch(
      /är en vanlig mapp och inte en länk till ett bygge av arkivet\. Bygget tar aldrig bort något det inte själv har skrivit\. Flytta undan/,
    );
    expect((await lstat(site)).isDirectory()).toBe(true);
    expect(await readFile(path.join(site, 'CNAME'), 'utf8')).toBe('arkiv.example.se');
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toBe('gammal');
  });

  it('refuses a site that is a file and keeps it', async () => {
    const site = path.join(await tempDir(), 'site');
    await writeFile(site, 'inte en mapp');
    const refused = await publishBuild(site, await build(site, 'ny')).catch((error: unknown) => error);
    expect((refused as Error).message).toContain('är en fil och inte en länk till ett bygge');
    expect(await readFile(site, 'utf8')).toBe('inte en mapp');
  });

  it('replaces an empty folder at the site path', async () => {
    const site = path.join(await tempDir(), 'site');
    await mkdir(site);
    await publishBuild(site, await build(site, 'ny'));
    expect((await lstat(site)).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toBe('ny');
  });

  it('never leaves a moment without a complete site while builds are put in place', async () => {
    const site = path.join(await tempDir(), 'site');
    await publishBuild(site, await build(site, 'start'));
    let stop = false;
    let reads = 0;
    const reader = (async () => {
      while (!stop) {
        expect(await readFile(path.join(site, 'moten', 'index.html'), 'utf8')).toMatch(/ möten$/);
        reads++;
      }
    })();
    for (let i = 0; i < 40; i++) await publishBuild(site, await build(site, `bygge ${i}`));
    stop = true;
    await reader;
    expect(reads).toBeGreaterThan(40);
  });

  it('is copied as the built site by cp -rL site/ and cp -r site/ (and rsync -a site/ where rsync is installed)', async () => {
    const dir = await tempDir();
    const site = path.join(dir, 'site');
    await publishBuild(site, await build(site, 'publicerad'));
    const run = promisify(execFile);
    await run('cp', ['-rL', `${site}/`, path.join(dir, 'kopia-L')]);
    await run('cp', ['-r', `${site}/`, path.join(dir, 'kopia')]);
    const copies = ['kopia-L', 'kopia'];
    try {
      execFileSync('rsync', ['--version'], { stdio: 'ignore' });
      await run('rsync', ['-a', `${site}/`, path.join(dir, 'kopia-rsync/')]);
      copies.push('kopia-rsync');
    } catch {
      // No rsync on this machine.
    }
    for (const copy of copies) {
      expect((await lstat(path.join(dir, copy))).isDirectory(), copy).toBe(true);
      expect(await readFile(path.join(dir, copy, 'moten', 'index.html'), 'utf8')).toBe('publicerad möten');
    }
  });
});

describe('assertReplaceableSite', () => {
  it('refuses the minutes folder itself, a folder inside it and a folder that holds it', async () => {
    const dir = await tempDir();
    const minutes = path.join(dir, 'minutes');
    await mkdir(minutes);
    const sources = { minnesanteckningarna: minutes };
    const refusal = (site: string) =>
      assertReplaceableSite(site, sources).then(
        () => 'tillåten',
        (error: Error) => error.message,
      );
    expect(await refusal(minutes)).toMatch(
      / är mappen med minnesanteckningarna \(.*minutes\/\)\. Bygget ersätter webbplatsens mapp och skulle då ta bort minnesanteckningarna\./,
    );
    expect(await refusal(path.join(minutes, 'site'))).toContain(' ligger i mappen med minnesanteckningarna');
    expect(await refusal(dir)).toContain(' innehåller mappen med minnesanteckningarna');
    expect(await refusal(path.join(dir, 'site'))).toBe('tillåten');
  });

  it('sees through a link to the minutes folder', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'minutes'));
    await symlink('minutes', path.join(dir, 'genväg'));
    const refused = await assertReplaceableSite(path.join(dir, 'genväg'), { minnesanteckningarna: path.join(dir, 'minutes') }).catch(
      (error: Error) => error,
    );
    expect(refused).toBeInstanceOf(SiteFolderError);
  });
});

describe('removeLeftovers', () => {
  it('removes other builds, the old swap’s folders and dead processes’ lock files, and keeps the current build', async () => {
    const dir = await tempDir();
    const site = path.join(dir, 'site');
    const current = await build(site, 'nu');
    await publishBuild(site, current);
    const killed = await build(site, 'avbrutet');
    const dead = await deadPid();
    for (const name of ['site.tmp-123', 'site.old-456', 'annan.tmp-1']) await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, `site.lock.${dead}`), `${dead}\n`);
    await writeFile(path.join(dir, `site.lock.${dead}.3`), `${dead}\n`);
    await writeFile(path.join(dir, `site.lock.${process.pid}`), `${process.pid}\n`);
    await mkdir(path.join(sitePaths(site).builds, 'mina-filer'));
    await writeFile(path.join(sitePaths(site).builds, 'mina-filer', 'viktigt.txt'), 'behåll');
    const removed = await removeLeftovers(site);
    expect(await readFile(path.join(sitePaths(site).builds, 'mina-filer', 'viktigt.txt'), 'utf8')).toBe('behåll');
    await rm(path.join(sitePaths(site).builds, 'mina-filer'), { recursive: true });
    expect(removed.sort()).toEqual([`site.builds/${path.basename(killed)}`, 'site.old-456', 'site.tmp-123']);
    expect((await readdir(dir)).sort()).toEqual(['annan.tmp-1', 'site', 'site.builds', `site.lock.${process.pid}`]);
    expect(await readdir(sitePaths(site).builds)).toEqual([path.basename(current)]);
    expect(await realpath(site)).toBe(await realpath(current));
  });
});

describe('the build lock', () => {
  it('is the PID in site.lock, refused to a second build with a Swedish message, and removed on release', async () => {
    const site = path.join(await tempDir(), 'site');
    const lock = await acquireBuildLock(site);
    expect(await readFile(sitePaths(site).lock, 'utf8')).toBe(`${process.pid}\n`);
    const refused = await acquireBuildLock(site).catch((failure: unknown) => failure);
    expect(refused).toBeInstanceOf(SiteLockedError);
    expect((refused as SiteLockedError).pid).toBe(process.pid);
    expect((refused as Error).message).toMatch(
      /^Ett annat bygge av .*site\/ pågår redan \(process \d+\)\. Vänta tills det är klart och bygg sedan igen\. Pågår inget annat bygge, ta bort filen .*site\.lock och försök igen\.$/,
    );
    await lock.release();
    expect(await readdir(path.dirname(site))).toEqual([]);
    const again = await acquireBuildLock(site);
    await again.release();
  });

  it('refuses while another running process holds it', async () => {
    const site = path.join(await tempDir(), 'site');
    await writeFile(sitePaths(site).lock, `${process.ppid}\n`);
    await expect(acquireBuildLock(site)).rejects.toThrow(`(process ${process.ppid})`);
    expect(await readFile(sitePaths(site).lock, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('takes over a lock whose process is gone, or that holds no PID', async () => {
    for (const text of [`${await deadPid()}\n`, '', 'trasig\n']) {
      const site = path.join(await tempDir(), 'site');
      await writeFile(sitePaths(site).lock, text);
      const lock = await acquireBuildLock(site);
      expect(await readFile(sitePaths(site).lock, 'utf8')).toBe(`${process.pid}\n`);
      await lock.release();
      expect(await readdir(path.dirname(site))).toEqual([]);
    }
  });

  it('lets exactly one of many simultaneous attempts have it', async () => {
    const site = path.join(await tempDir(), 'site');
    const attempts = await Promise.allSettled(Array.from({ length: 8 }, () => acquireBuildLock(site)));
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(
      attempts.filter((a) => a.status === 'rejected').every((a) => (a as PromiseRejectedResult).reason instanceof SiteLockedError),
    ).toBe(true);
  });
});
