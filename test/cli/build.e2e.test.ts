/** `npm run build` never removes what it did not write: the minutes, a real folder at the site path. */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCommandArgs } from '../../src/runtime/command.ts';
import { ROOT, tempDir } from '../support/helpers.ts';

const run = promisify(execFile);

/** A project folder with the bundled minutes and the templates. */
async function project(): Promise<string> {
  const dir = await tempDir();
  await cp(path.join(ROOT, 'minutes'), path.join(dir, 'minutes'), { recursive: true });
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  return dir;
}

/** Runs the build CLI in `cwd` with `args`; resolves with its output and exit code. */
async function build(cwd: string, ...args: string[]): Promise<{ stdout: string; code: number }> {
  return buildWith({}, cwd, ...args);
}

/** Runs the build CLI with `env` added to (or, as `undefined`, taken from) the environment. */
async function buildWith(
  env: Record<string, string | undefined>,
  cwd: string,
  ...args: string[]
): Promise<{ stdout: string; code: number }> {
  const [node, ...rest] = [process.execPath, ...buildCommandArgs(...args)];
  try {
    const { stdout } = await run(node, rest, { cwd, env: { ...process.env, NODE_OPTIONS: '', ...env } });
    return { stdout, code: 0 };
  } catch (failure) {
    const { stdout, code } = failure as { stdout: string; code: number };
    return { stdout, code };
  }
}

describe('npm run build for publication', () => {
  it('stops without the site’s address, saying which setting to fill in, and leaves no site', async () => {
    const dir = await project();
    const { stdout, code } = await buildWith({ SITE_URL: undefined, PAGES_URL: undefined }, dir);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'Webbplatsens adress saknas, så flöden, webbplatskartan och utskrifter skulle peka på http://localhost:8080. Fyll i url i minutes/webbplats.yml (i Redaktionen: Inställningar → Webbplatsen → Adress)',
    );
    expect(stdout).toContain('Inget byggdes; site/ är oförändrad.');
    expect(await readdir(dir)).not.toContain('site');
  });

  it('refuses an address that would build a dead site', async () => {
    const dir = await project();
    const { stdout, code } = await buildWith({ SITE_URL: 'https://x.se/arkiv#x/' }, dir);
    expect(code).toBe(1);
    expect(stdout).toContain('Adressen "https://x.se/arkiv#x/" (SITE_URL) kan inte användas: den innehåller ? eller #');
  });
});

describe('npm run build with a site path it must not replace', () => {
  it('refuses the minutes folder as the site and keeps every minutes file', async () => {
    const dir = await project();
    const before = (await readdir(path.join(dir, 'minutes'))).sort();
    const { stdout, code } = await build(dir, 'minutes', 'minutes');
    expect(code).toBe(1);
    expect(stdout).toContain(
      'Webbplatsens mapp minutes/ är mappen med minnesanteckningarna (minutes/). Bygget ersätter webbplatsens mapp och skulle då ta bort minnesanteckningarna.',
    );
    expect((await readdir(path.join(dir, 'minutes'))).sort()).toEqual(before);
    expect(await readdir(dir)).not.toContain('minutes.builds');
  });

  it('refuses the folder that holds the minutes', async () => {
    const dir = await project();
    const { stdout, code } = await build(dir, 'minutes', '.');
    expect(code).toBe(1);
    expect(stdout).toContain('innehåller mappen med minnesanteckningarna');
    expect((await readdir(path.join(dir, 'minutes'))).length).toBe(5);
  });

  it('refuses a site that was replaced by a real folder by hand and keeps its CNAME', async () => {
    const dir = await project();
    await mkdir(path.join(dir, 'site'));
    await writeFile(path.join(dir, 'site', 'index.html'), 'kopia');
    await writeFile(path.join(dir, 'site', 'CNAME'), 'x\n');
    const { stdout, code } = await build(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('site/ är en vanlig mapp och inte en länk till ett bygge av arkivet.');
    expect(await readFile(path.join(dir, 'site', 'CNAME'), 'utf8')).toBe('x\n');
  });
});
