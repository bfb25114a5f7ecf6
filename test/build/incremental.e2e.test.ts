/**
 * Incremental publishing (issue 22): after one meeting is edited, added or
 * removed, a build that takes what did not change from the previous build
 * writes the same site, file by file, as a full build of the same minutes
 * into another folder; a change of templates or site setting, or `full`,
 * renders everything again.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.ts';
import { type BuildOptions, type BuildResult, buildSite } from '../../src/build/build.ts';
import { buildReport } from '../../src/build/report.ts';
import { ROOT, tempDir } from '../support/helpers.ts';
import { findBrokenLinks, listFiles } from '../support/site-links.ts';

let work: string;
let minutes: string;
let templates: string;
/** The site that is built again and again, as a secretary's archive is. */
let site: string;
/** A meeting the generator makes after the archive's last one: the one "added". */
let extraMeeting: { name: string; text: string };

/** Records per search part: small, so that the archive's index has several parts. */
const PART_SIZE = 4;

const build = (siteDir: string, options: Partial<BuildOptions> = {}) =>
  buildSite({
    minutesDir: minutes,
    siteDir,
    templatesDir: templates,
    deploy: { siteUrl: 'https://arkiv.example', pathPrefix: '/' },
    searchShardSize: PART_SIZE,
    ...options,
  });

/** The files that differ between two built sites (missing from one, or with other bytes). */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([listFiles(a), listFiles(b)]);
  const all = [...new Set([...left, ...right])].sort();
  const differing: string[] = [];
  for (const file of all) {
    if (!left.includes(file)) differing.push(`only in the full build: ${file}`);
    else if (!right.includes(file)) differing.push(`only in the incremental build: ${file}`);
    else {
      const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
      if (!x.equals(y)) differing.push(`differs: ${file}`);
    }
  }
  return differing;
}

/** Builds `site` incrementally and a fresh folder fully, and expects the two the same; returns the incremental build. */
async function expectSameAsFull(): Promise<BuildResult> {
  const incremental = await build(site);
  expect(incremental.failure).toBeUndefined();
  expect(incremental.built).toBe(true);
  const fullSite = path.join(await tempDir(), 'site');
  const full = await build(fullSite, { full: true });
  expect(full.built).toBe(true);
  expect(full.reused).toBe(0);
  expect(await differences(site, fullSite)).toEqual([]);
  expect(incremental.pages.length).toBe(full.pages.length);
  return incremental;
}

beforeAll(async () => {
  work = await tempDir();
  minutes = path.join(work, 'minutes');
  templates = path.join(work, 'templates');
  await generateArchive(24, minutes, path.join(ROOT, 'minutes'));
  for (const file of ['2021-01-19-socialchefsnatverket.md', '2021-03-02-socialchefsnatverket.md', 'webbplats.yml'])
    await cp(path.join(ROOT, 'minutes', file), path.join(minutes, file));
  await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
  // The generator is seeded: 25 meetings are the 24 and one more.
  const more = path.join(work, 'more');
  await generateArchive(25, more, path.join(ROOT, 'minutes'));
  const have = new Set(await readdir(minutes));
  const name = (await readdir(more)).find((file) => file.endsWith('.md') && !have.has(file))!;
  extraMeeting = { name, text: await readFile(path.join(more, name), 'utf8') };
  site = path.join(work, 'site');
  const first = await build(site);
  expect(first.built).toBe(true);
  expect(first.reused).toBe(0);
}, 240_000);

describe('an incremental build', () => {
  it('takes every page from the previous build when nothing changed, and says so', async () => {
    const again = await expectSameAsFull();
    expect(again.searchParts?.total).toBeGreaterThan(2);
    expect(again.searchParts?.indexed).toBe(0);
    // Every paginated page (meetings, topics, agencies, people, questions, feeds) is taken; the handful of pages of
    // their own (front page, lists, sitemap) are rendered again.
    expect(again.reused).toBeGreaterThan(again.pages.length * 0.8);
    const said = /varav ([\d\s]+) oförändrade sidor från förra bygget\./.exec(buildReport(again, site, '1,0').join('\n'));
    expect(Number(said?.[1]?.replace(/\s/g, ''))).toBe(again.reused);
  }, 240_000);

  it('after one meeting is edited, renders its pages again and writes what a full build writes', async () => {
    const file = path.join(minutes, '2021-01-19-socialchefsnatverket.md');
    const text = await readFile(file, 'utf8');
    // The opening of an item: it stands on the meeting's page and as the excerpt on its topic's and agency's pages.
    const edit = '33 kommuner har i dagsläget tillfälliga lokala besöksförbud.';
    expect(text).toContain(edit);
    await writeFile(file, text.replace(edit, '34 kommuner har i dag tillfälliga lokala besöksförbud.'));
    const edited = await expectSameAsFull();
    expect(edited.reused).toBeGreaterThan(0);
    // The search index: the edited meeting's part alone indexed again, and the report says so.
    expect(edited.searchParts?.indexed).toBe(1);
    expect(buildReport(edited, site, '1,0')).toContain(
      `Sökindexet: 1 del av ${edited.searchParts!.total} indexerades om, de andra är oförändrade från förra bygget.`,
    );
    for (const page of ['moten/2021-01-19/index.html', 'amnen/besoksforbud/index.html'])
      expect(await readFile(path.join(site, page), 'utf8'), page).toContain('34 kommuner har i dag');
  }, 240_000);

  it('after one meeting is added, shows it everywhere a full build does', async () => {
    await writeFile(path.join(minutes, extraMeeting.name), extraMeeting.text);
    const added = await expectSameAsFull();
    expect(added.reused).toBeGreaterThan(0);
    expect(added.searchParts?.indexed).toBe(1);
    const date = extraMeeting.name.slice(0, 10);
    expect(await listFiles(site)).toContain(`moten/${date}/index.html`);
    expect((await findBrokenLinks(site)).broken).toEqual([]);
  }, 240_000);

  it('after one meeting is removed, leaves none of its pages and no link to it', async () => {
    await rm(path.join(minutes, '2021-03-02-socialchefsnatverket.md'));
    const removed = await expectSameAsFull();
    expect(removed.reused).toBeGreaterThan(0);
    expect(removed.searchParts?.indexed).toBe(1);
    expect((await listFiles(site)).some((file) => file.startsWith('moten/2021-03-02/'))).toBe(false);
    expect((await findBrokenLinks(site)).broken).toEqual([]);
  }, 240_000);

  it('renders everything again after a template or the site setting changed, or when asked to', async () => {
    // A macro (read by Nunjucks itself: Eleventy keeps the page templates and layouts it read in memory for the
    // process, so an edit of those shows in the next build process, as `npm run build` is one).
    const macros = path.join(templates, '_includes/partials/macros.njk');
    const original = await readFile(macros, 'utf8');
    await writeFile(macros, original.replace('Ur svaret på frågan', 'Ur svaret på den här frågan'));
    const templated = await build(site);
    expect(templated.reused).toBe(0);
    const topics = (await listFiles(site)).filter((file) => file.startsWith('amnen/') && file.endsWith('.html'));
    const texts = await Promise.all(topics.map((file) => readFile(path.join(site, file), 'utf8')));
    expect(texts.some((text) => text.includes('Ur svaret på den här frågan'))).toBe(true);
    expect(texts.some((text) => text.includes('Ur svaret på frågan'))).toBe(false);
    await writeFile(macros, original);
    const settingFile = path.join(minutes, 'webbplats.yml');
    const setting = await readFile(settingFile, 'utf8');
    await writeFile(settingFile, setting.replace('name: Minnesarkivet', 'name: Arkivet'));
    const renamed = await build(site);
    expect(renamed.reused).toBe(0);
    expect(await readFile(path.join(site, 'moten/2021-01-19/index.html'), 'utf8')).toContain('Arkivet');
    await writeFile(settingFile, setting);
    expect((await build(site, { full: true })).reused).toBe(0);
    // And then the next build takes from that one again.
    expect((await build(site)).reused).toBeGreaterThan(0);
  }, 240_000);
});
