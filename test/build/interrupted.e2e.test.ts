/**
 * `npm run build` when things go wrong around it: killed mid-render, run
 * twice at once, stopped with SIGTERM, out of disk or permission, or given a
 * link among the assets. The previous site stays in place every time, and
 * the next build removes what the interrupted one left.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cp, readdir, readFile, readlink, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCommandArgs } from '../../src/runtime/command.ts';
import { processAlive } from '../../src/runtime/processes.ts';
import { ROOT, tempDir } from '../support/helpers.ts';

const FAIL_WRITES = fileURLToPath(new URL('./fail-writes.ts', import.meta.url));

/** A project folder with the bundled minutes and templates, and a site built from them. */
async function project(): Promise<string> {
  const dir = await tempDir();
  await cp(path.join(ROOT, 'minutes'), path.join(dir, 'minutes'), { recursive: true });
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  return dir;
}

/** The build CLI's Node arguments with the build heap (so it does not start itself again), with `preload` imported first. */
function buildArgs(preload?: string): string[] {
  const [heap, importFlag, tsx, cli] = buildCommandArgs();
  return [heap!, importFlag!, tsx!, ...(preload ? ['--import', preload] : []), cli!];
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs `node args` in `cwd` to its end. */
function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, SITE_URL: 'https://arkiv.example.se', ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** Waits until `test` holds, polling every 5 ms. */
async function waitUntil(test: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The site as it stands: the build it points to and its start page. */
async function siteState(dir: string): Promise<{ target: string; home: string }> {
  return { target: await readlink(path.join(dir, 'site')), home: await readFile(path.join(dir, 'site', 'index.html'), 'utf8') };
}

/** True once a build folder other than the current one has files in it (Eleventy has begun writing). */
async function renderStarted(dir: string, current: string): Promise<boolean> {
  const builds = await readdir(path.join(dir, 'site.builds')).catch(() => [] as string[]);
  for (const name of builds.filter((b) => `site.builds/${b}` !== current)) {
    const files = await readdir(path.join(dir, 'site.builds', name), { recursive: true }).catch(() => []);
    if (files.some((f) => f.endsWith('.html'))) return true;
  }
  return false;
}

/** What is in the project folder, but the check's cache (`node_modules/.cache/`). */
async function entries(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name !== 'node_modules').sort();
}

let built: string;
beforeAll(async () => {
  built = await project();
  const first = await run(built, [...buildArgs(), 'minutes', 'site']);
  expect(first.code, first.output).toBe(0);
});

/** A copy of the project with its built site. */
async function builtProject(): Promise<string> {
  const dir = await tempDir();
  await cp(built, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

describe('a build killed mid-render', () => {
  it('leaves the previous site in place; the next build takes over its lock and removes what it left', async () => {
    const dir = await builtProject();
    const before = await siteState(dir);
    const child: ChildProcess = spawn(process.execPath, [...buildArgs(), 'minutes', 'site'], {
      cwd: dir,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, SITE_URL: 'https://arkiv.example.se' },
    });
    await waitUntil(() => renderStarted(dir, before.target), 60_000, 'the build to start writing pages');
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));

    expect(await siteState(dir)).toEqual(before);
    // The current build (with its manifest for the next build, `incremental.ts`) and the killed one's folder.
    expect((await readdir(path.join(dir, 'site.builds'))).filter((name) => !name.endsWith('.bygge.json'))).toHaveLength(2);
    expect(Number(await readFile(path.join(dir, 'site.lock'), 'utf8'))).toBe(child.pid);
    expect(processAlive(child.pid!)).toBe(false);

    const next = await run(dir, [...buildArgs(), 'minutes', 'site']);
    expect(next.code, next.output).toBe(0);
    expect(next.output).toMatch(/Tog bort det som avbrutna byggen lämnat kvar: site\.builds\/\d{8}T\d{9}Z-\d+\./);
    // The killed build's folder is gone; the build that was in place stays for copies in progress. Each build has
    // its manifest beside it (`incremental.ts`).
    const target = path.basename(await readlink(path.join(dir, 'site')));
    const was = path.basename(before.target);
    expect((await readdir(path.join(dir, 'site.builds'))).sort()).toEqual(
      [was, `${was}.bygge.json`, `${was}.retired`, target, `${target}.bygge.json`].sort(),
    );
    expect(await entries(dir)).toEqual(['minutes', 'site', 'site.builds', 'templates']);
  });
});

describe('two builds of one site at once', () => {
  it('lets one build and refuses the other with a Swedish message and exit code 1', async () => {
    const dir = await builtProject();
    const runs = await Promise.all([run(dir, [...buildArgs(), 'minutes', 'site']), run(dir, [...buildArgs(), 'minutes', 'site'])]);
    const codes = runs.map((r) => r.code).sort();
    expect(codes, runs.map((r) => r.output).join('\n---\n')).toEqual([0, 1]);
    const refused = runs.find((r) => r.code === 1)!;
    expect(refused.output).toMatch(
      /^Ett annat bygge av site\/ pågår redan \(process \d+\)\. Vänta tills det är klart och bygg sedan igen\. Pågår inget annat bygge, ta bort filen site\.lock och försök igen\.\n$/,
    );
    expect(runs.find((r) => r.code === 0)!.output).toMatch(/Byggde site\/ på/);
    // The new build and the one it replaced (kept for copies in progress), nothing from the refused one.
    expect((await readdir(path.join(dir, 'site.builds'))).filter((name) => !/\.(retired|bygge\.json)$/.test(name))).toHaveLength(2);
    expect(await entries(dir)).toEqual(['minutes', 'site', 'site.builds', 'templates']);
  });
});

describe('a build stopped with SIGTERM', () => {
  it('stops the build it started with the heap too, gives up the lock and leaves the site', async () => {
    const dir = await builtProject();
    const before = await siteState(dir);
    // Without the heap flag: the CLI starts itself again, and must pass the signal on.
    const [, , tsx, cli] = buildCommandArgs();
    const child = spawn(process.execPath, ['--import', tsx!, cli!, 'minutes', 'site'], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '', SITE_URL: 'https://arkiv.example.se' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    await waitUntil(() => renderStarted(dir, before.target), 60_000, 'the build to start writing pages');
    const builder = Number(await readFile(path.join(dir, 'site.lock'), 'utf8'));
    expect(builder).not.toBe(child.pid);
    child.kill('SIGTERM');
    expect(await closed).toBe(143);
    await waitUntil(async () => !processAlive(builder), 5000, 'the build with the heap to end');
    expect(output).toContain('Bygget avbröts.');
    expect(await siteState(dir)).toEqual(before);
    await expect(stat(path.join(dir, 'site.lock'))).rejects.toThrow('ENOENT');
  });
});

describe('a build that cannot write', () => {
  for (const [code, expected] of [
    [
      'ENOSPC',
      /^Disken är full \(ENOSPC\) när bygget skrev site\.builds\/[^ ]+\/moten\/[^ ]+\. Frigör utrymme på disken och bygg igen\. site\/ är oförändrad\.$/,
    ],
    [
      'EACCES',
      /^Bygget fick inte skriva \(EACCES: behörighet saknas\) när bygget skrev site\.builds\/[^ ]+\/moten\/[^ ]+\. Kontrollera att ditt konto får skriva/,
    ],
  ] as const) {
    it(`says in Swedish what ${code} means after the check’s messages, exits 1 and keeps the site`, async () => {
      const dir = await builtProject();
      const before = await siteState(dir);
      const result = await run(dir, [...buildArgs(FAIL_WRITES), 'minutes', 'site'], {
        FAIL_WRITES_UNDER: `site.builds${path.sep}|${path.sep}moten${path.sep}`,
        FAIL_WRITES_CODE: code,
      });
      expect(result.code, result.output).toBe(1);
      const lines = result.output.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^minutes\/2021-01-19-socialchefsnatverket\.md:82:331: varning: /);
      expect(lines[1]).toBe('0 fel och 1 varning i 1 fil (5 filer kontrollerade).');
      expect(lines[2]).toMatch(expected);
      expect(await siteState(dir)).toEqual(before);
      expect(await entries(dir)).toEqual(['minutes', 'site', 'site.builds', 'templates']);
      // The build in place and its manifest; nothing of the failed one.
      expect(await readdir(path.join(dir, 'site.builds'))).toEqual([
        path.basename(before.target),
        `${path.basename(before.target)}.bygge.json`,
      ]);
    });
  }
});

describe('a link among the assets', () => {
  it('is refused by name, and nothing is built', async () => {
    const dir = await builtProject();
    const before = await siteState(dir);
    await symlink('/etc/hostname', path.join(dir, 'templates', 'assets', 'logo.svg'));
    const result = await run(dir, [...buildArgs(), 'minutes', 'site']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('\ntemplates/assets/logo.svg är en symbolisk länk. Bygget kopierar inte länkar till webbplatsen');
    expect(await siteState(dir)).toEqual(before);
    await expect(stat(path.join(dir, 'site', 'assets', 'logo.svg'))).rejects.toThrow('ENOENT');
  });
});

describe('the built site', () => {
  it('is what cp -rL site/ copies', async () => {
    const dir = await builtProject();
    await promisify(execFile)('cp', ['-rL', 'site/', 'kopia'], { cwd: dir });
    expect(await readFile(path.join(dir, 'kopia', 'moten', '2021-01-19', 'index.html'), 'utf8')).toContain(
      '<h1>Socialchefsnätverket 19 januari 2021</h1>',
    );
    expect((await readdir(path.join(dir, 'kopia', 'pagefind'))).length).toBeGreaterThan(3);
  });
});
