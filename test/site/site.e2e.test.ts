import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSiteSetting } from '../../src/check/site-setting.ts';
import { textSource } from '../../src/check/source.ts';
import { buildSite, type BuildResult } from '../../src/build/build.ts';
import type { ArchiveIndex } from '../../src/core/index-schema.ts';
import { RULE_GROUPS as RULES } from '../../src/check/rules/catalogue.ts';
import { copyToTemp, ROOT, tempDir } from '../support/helpers.ts';
import { atomProblems } from '../support/atom.ts';
import { findBrokenLinks, listFiles } from '../support/site-links.ts';

const deploy = { siteUrl: 'https://arkiv.example', pathPrefix: '/' };
const TEMPLATES = path.join(ROOT, 'templates');
const build = (minutesDir: string, siteDir: string, pathPrefix = '/') => buildSite({ minutesDir, siteDir, templatesDir: TEMPLATES, deploy: { ...deploy, pathPrefix } });

let site: string;
let result: BuildResult;
let index: ArchiveIndex;
const page = (relative: string) => readFile(path.join(site, relative), 'utf8');

beforeAll(async () => {
  site = path.join(await tempDir(), 'site');
  result = await build(path.join(ROOT, 'minutes'), site);
  index = result.check.index!;
});

describe('the built archive of the bundled minutes', () => {
  it('has one page per meeting, topic, agency, person and year, and the other pages', async () => {
    const files = await listFiles(site);
    const expected = [
      'index.html', 'moten/index.html', 'amnen/index.html', 'aktorer/index.html', 'personer/index.html', 'sok/index.html', '404.html',
      'tillganglighetsredogorelse/index.html', 'sa-lagger-du-till-ett-mote/index.html', 'om-arkivet/index.html',
      'feed.xml', 'sitemap.xml', 'index.json', 'index.schema.json', 'assets/style.css', 'assets/page.js',
      'fragor/index.html', 'fragor/aktorer/fohm/index.html', 'fragor/amnen/besoksforbud/index.html', 'uppfoljning/index.html',
      ...index.meetings.map((m) => `moten/${m.id}/index.html`),
      ...index.topics.filter((t) => t.itemIds.length).flatMap((t) => [`amnen/${t.id}/index.html`, `amnen/${t.id}/feed.xml`]),
      ...index.agencies.filter((a) => a.itemIds.length || a.answeredItemIds.length).flatMap((a) => [`aktorer/${a.id}/index.html`, `aktorer/${a.id}/feed.xml`]),
      ...index.people.flatMap((p) => [`personer/${p.id}/index.html`, `personer/${p.id}/feed.xml`]),
      ...index.years.map((y) => `ar/${y.year}/index.html`),
    ];
    for (const file of expected) expect(files, file).toContain(file);
    expect(files.filter((f) => f.startsWith('aktorer/') && f.endsWith('.html') && f !== 'aktorer/index.html')).toHaveLength(4);
  });

  // The published schema was refused by Ajv's strict mode ('unknown format "starts_with"'), and was draft 2020-12, which `new Ajv()` does not read.
  it('publishes index.schema.json that Ajv compiles in strict mode, and index.json is valid against it', async () => {
    const validate = new Ajv({ strict: true }).compile(JSON.parse(await page('index.schema.json')) as object);
    expect(validate(JSON.parse(await page('index.json'))), new Ajv().errorsText(validate.errors)).toBe(true);
  });

  it('gives every agenda item its anchor on its meeting page', async () => {
    for (const meeting of index.meetings) {
      const html = await page(`moten/${meeting.id}/index.html`);
      for (const itemId of meeting.itemIds) {
        const anchor = itemId.split('#')[1]!;
        expect(html).toContain(`<section class="item`);
        expect(html).toMatch(new RegExp(`id="${anchor}"`));
        expect(html).toContain(`href="#${anchor}"`);
      }
    }
  });

  it('has no broken internal link or #anchor anywhere', async () => {
    const { broken, checked } = await findBrokenLinks(site);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // HTML allows an id to start with a digit (an item titled "2021 års budget" has the anchor 2021-ars-budget).
      rules: { 'valid-id': ['error', { relaxed: true }] },
    });
    const problems: string[] = [];
    const pages = (await listFiles(site)).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const report = await validator.validateString(await page(file), file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(40);
  });

  it('is in Swedish, with dates as "19 januari 2021" in <time datetime>, once where a title gives the date', async () => {
    const html = await page('moten/2021-01-19/index.html');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Socialchefsnätverket 19 januari 2021</h1>');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main.split('19 januari 2021')).toHaveLength(2);
    expect(html).toContain('Nästa möte: 2 mars 2021 →');
    const listing = await page('moten/index.html');
    expect(listing).toContain('<a href="/moten/2021-03-02/">Socialchefsnätverket <time datetime="2021-03-02">2 mars 2021</time></a> <span class="muted">(10 punkter)</span>');
    expect(listing).not.toContain('(2 mars 2021,');
    const start = await page('index.html');
    expect(start).toContain('Senaste mötet: <a href="/moten/2021-03-02/">Socialchefsnätverket <time datetime="2021-03-02">2 mars 2021</time></a>');
    expect(start).toContain('<a href="/moten/2021-01-19/">Socialchefsnätverket <time datetime="2021-01-19">19 januari 2021</time></a>');
    expect(await page('ar/2021/index.html')).toContain('<h2 id="mote-2021-01-19" data-meeting="2021-01-19" data-meeting-date="2021-01-19"><a href="/moten/2021-01-19/">Socialchefsnätverket <time datetime="2021-01-19">19 januari 2021</time></a></h2>');
    expect(await page('moten/2021-03-02/index.html')).toContain('<a href="/moten/2021-01-19/" rel="prev">← Föregående möte: 19 januari 2021</a>');
  });

  it('shows presenters, topics, the agenda and related items on a meeting page', async () => {
    const html = await page('moten/2021-01-19/index.html');
    expect(html).toContain('<a href="/personer/anders-tegnell/">Anders Tegnell</a>, <a href="/aktorer/fohm/">FoHM</a>');
    expect(html).toContain('<a href="#besoksforbud"><span class="item-number">6.</span> Besöksförbud</a>');
    expect(html).toContain('<a href="/moten/2021-03-02/#natverkets-ovriga-fragor">Nätverkets övriga frågor</a>');
  });

  it('takes a newcomer from the start page to every besöksförbud item in two clicks', async () => {
    const start = await page('index.html');
    expect(start).toContain('href="/amnen/besoksforbud/"');
    const topic = await page('amnen/besoksforbud/index.html');
    const items = index.topics.find((t) => t.id === 'besoksforbud')!.itemIds;
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const id of items) expect(topic).toContain(`href="${index.items.find((i) => i.id === id)!.url}"`);
  });

  it('has no inline script or style anywhere (the Content-Security-Policy allows neither), the chart included', async () => {
    const found: string[] = [];
    for (const file of (await listFiles(site)).filter((f) => f.endsWith('.html'))) {
      const html = await page(file);
      for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>|<style\b|\sstyle="|\son[a-z]+="/g)) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
    expect(await page('amnen/vaccination/index.html')).toMatch(/<svg role="img" aria-label="Stapeldiagram: [^"]+"/);
  });

  it('calls the product by one name, from the site settings, everywhere', async () => {
    const { name } = readSiteSetting(textSource('minutes/webbplats.yml', await readFile(path.join(ROOT, 'minutes/webbplats.yml'), 'utf8'))).setting;
    expect(name).toBe('Minnesarkivet');
    for (const file of (await listFiles(site)).filter((f) => f.endsWith('.html'))) {
      const html = await page(file);
      // The start page's tab says the name alone; every other page's says the page, then the name.
      expect(html, file).toMatch(new RegExp(file === 'index.html' ? `<title>${name}</title>` : `<title>[^<]* – ${name}</title>`));
      // Redaktionen is the secretary's editor, not a page of the archive: it has the name in its title only.
      if (file.startsWith('redaktion/')) continue;
      expect(html, file).toContain(`<p class="site-name"><a href="/">${name}</a></p>`);
      expect(html, file).not.toMatch(/Socialchefsnätverkets minnesanteckningar|Sök i minnesanteckningarna|Sök i arkivet/);
    }
    expect(await page('index.html')).toContain(`<label for="sok-sidhuvud">Sök i ${name}</label>`);
    expect(await page('sok/index.html')).toContain(`<h1>Sök i ${name}</h1>`);
    expect(await page('sok/index.html')).toContain('Bästa träff först');
    expect(await page('amnen/besoksforbud/index.html')).toContain('<a href="/amnen/besoksforbud/feed.xml">Följ ämnet i en nyhetsläsare (Atom)</a>');
  });

  it('has the secretary\'s guide, with every message of the check and how to fix it', async () => {
    const guide = await page('sa-lagger-du-till-ett-mote/index.html');
    for (const group of RULES) for (const rule of group.rules) expect(guide).toContain(`<dt id="regel-${rule.id}"><code>${rule.id}</code>`);
    expect(guide).toContain('npm run import -- sökväg/till/minnesanteckningar.docx');
    expect(guide).toContain('<strong>Släpp Word-filen här</strong>');
    for (const shot of ['1-slapp-word-filen', '2-lagg-till-aktor', '3-kontrollen-klar', '4-publicera']) expect(guide).toContain(`/assets/guide/${shot}.png`);
    expect(await page('redaktionen-for-it/index.html')).toContain('<h1>Redaktionen för IT</h1>');
  });

  it('publishes the index as JSON, an Atom feed and a sitemap with absolute URLs', async () => {
    expect(JSON.parse(await page('index.json'))).toEqual(index);
    const feed = await page('feed.xml');
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>\n<feed ')).toBe(true);
    expect(feed).toContain('<link href="https://arkiv.example/moten/2021-03-02/"/>');
    expect((feed.match(/<entry>/g) ?? []).length).toBe(2);
    expect(await page('amnen/besoksforbud/feed.xml')).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
    const sitemap = await page('sitemap.xml');
    expect(sitemap).toContain('<loc>https://arkiv.example/amnen/besoksforbud/</loc>');
    expect(sitemap).not.toContain('404');
    for (const listing of ['fragor/', 'fragor/aktorer/fohm/', 'fragor/amnen/besoksforbud/', 'uppfoljning/']) {
      expect(sitemap).toContain(`<loc>https://arkiv.example/${listing}</loc>`);
    }
  });
});

describe('the feeds’ XSL stylesheet', () => {
  it('is named by every feed, and it and every feed are well-formed XML', async () => {
    const feeds = (await listFiles(site)).filter((f) => f.endsWith('feed.xml'));
    expect(feeds.length).toBeGreaterThan(5);
    for (const file of [...feeds, 'feed.xsl']) expect(XMLValidator.validate(await page(file)), file).toBe(true);
    for (const file of feeds) expect(await page(file), file).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
  });

  it('is named by a valid Atom feed for every topic, agency and person, each linked from its page and listed in its <head>', async () => {
    const feeds = (await listFiles(site)).filter((f) => f.endsWith('feed.xml'));
    for (const folder of ['amnen/', 'aktorer/', 'personer/']) expect(feeds.filter((f) => f.startsWith(folder)).length, folder).toBeGreaterThan(1);
    for (const file of feeds) expect(atomProblems(await page(file)), file).toEqual([]);
    for (const [folder, what] of [['amnen/besoksforbud/', 'ämnet'], ['aktorer/fohm/', 'aktören'], ['personer/anders-tegnell/', 'personen']] as const) {
      const html = await page(`${folder}index.html`);
      expect(html, folder).toContain(`<p class="follow"><a href="/${folder}feed.xml">Följ ${what} i en nyhetsläsare (Atom)</a></p>`);
      expect(html, folder).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${folder}feed.xml">`));
    }
  });

  it('gives each entry its meeting, who presented it and who answered: an agency’s feed holds what it presented and what it answered in', async () => {
    const fohm = await page('aktorer/fohm/feed.xml');
    expect(fohm).toContain('<title>Folkhälsomyndigheten (FoHM) – Minnesarkivet</title>');
    // Presented by FoHM (Anders Tegnell on 19 januari), and answered by FoHM under the network's own questions.
    expect(fohm).toMatch(/<summary>Socialchefsnätverket 19 januari 2021\. Föredrogs av Anders Tegnell, Folkhälsomyndigheten \(FoHM\)[^<]*<\/summary>/);
    expect(fohm).toMatch(/<summary>Socialchefsnätverket 2 mars 2021\. Föredrogs av Nätverket\. Svar från Folkhälsomyndigheten \(FoHM\)\.[^<]*<\/summary>/);
    expect(fohm).toContain('<author><name>Anders Tegnell, Folkhälsomyndigheten (FoHM)</name></author>');
    expect(fohm).toContain('<category term="fohm" label="Folkhälsomyndigheten (FoHM)"/>');
    const dates = [...fohm.matchAll(/<entry>\s*<title>[^<]*\((\d+ \p{L}+ \d{4})\)<\/title>/gu)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(2);
    expect(dates.indexOf('19 januari 2021')).toBeGreaterThan(dates.lastIndexOf('2 mars 2021'));
    const topic = await page('amnen/besoksforbud/feed.xml');
    expect(topic).toMatch(/<summary>Socialchefsnätverket 19 januari 2021\. Föredrogs av [^<]+ – [^<]+<\/summary>/);
    expect(await page('personer/anders-tegnell/feed.xml')).toContain('<title>Anders Tegnell – Minnesarkivet</title>');
  });

  it('shows no e-mail following where the site setting has none', async () => {
    for (const file of ['amnen/besoksforbud/index.html', 'aktorer/fohm/index.html', 'personer/anders-tegnell/index.html', 'feed.xsl']) {
      expect(await page(file), file).not.toMatch(/med e-post/);
    }
  });

  it('makes a Swedish page with the site’s stylesheet and no inline script or style (the Content-Security-Policy allows neither)', async () => {
    const xsl = await page('feed.xsl');
    expect(xsl).toContain('<html lang="sv">');
    expect(xsl).toContain('<h2>Så följer du flödet</h2>');
    expect(xsl).toContain('<link rel="stylesheet" href="/assets/style.css"/>');
    expect(xsl).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=|xsl:attribute name="(style|on)/);
  });
});

describe('building', () => {
  it('leaves no stale page after a meeting is deleted', async () => {
    const minutes = await copyToTemp('minutes');
    const out = path.join(await tempDir(), 'site');
    await build(minutes, out);
    expect(await listFiles(out)).toContain('moten/2021-03-02/index.html');
    await rm(path.join(minutes, '2021-03-02-socialchefsnatverket.md'));
    const again = await build(minutes, out);
    expect(again.built).toBe(true);
    const files = await listFiles(out);
    expect(files).not.toContain('moten/2021-03-02/index.html');
    expect(files).not.toContain('personer/annika-wallenskog/index.html');
    expect(await readFile(path.join(out, 'index.json'), 'utf8')).not.toContain('2021-03-02');
  });

  it('leaves the previous site exactly as it was when the build fails', async () => {
    const minutes = await copyToTemp('minutes');
    const out = path.join(await tempDir(), 'site');
    await build(minutes, out);
    const before = await Promise.all((await listFiles(out)).map(async (f) => [f, await readFile(path.join(out, f), 'utf8')]));
    await writeFile(path.join(minutes, '2021-04-01-trasig.md'), '---\ntitle: Trasig\ndate: 2021-04-01\ntpoics: []\n---\n');
    const failed = await build(minutes, out);
    expect(failed.built).toBe(false);
    expect(failed.check.diagnostics.map((d) => d.ruleId)).toContain('front-matter-unknown-field');
    const after = await Promise.all((await listFiles(out)).map(async (f) => [f, await readFile(path.join(out, f), 'utf8')]));
    expect(after).toEqual(before);
  });

  it('works under a sub-path: every link carries the prefix and resolves', async () => {
    const out = path.join(await tempDir(), 'site');
    await build(path.join(ROOT, 'minutes'), out, '/arkiv/socialchefer/');
    const { broken, checked } = await findBrokenLinks(out, '/arkiv/socialchefer/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    const html = await readFile(path.join(out, 'moten/2021-01-19/index.html'), 'utf8');
    expect(html).toContain('href="/arkiv/socialchefer/assets/style.css"');
    const feed = await readFile(path.join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('https://arkiv.example/arkiv/socialchefer/moten/2021-03-02/');
    // The base plugin rewrites only HTML: the feed names its stylesheet, and the stylesheet the site's, under the prefix.
    expect(feed).toContain('<?xml-stylesheet type="text/xsl" href="/arkiv/socialchefer/feed.xsl"?>');
    const xsl = await readFile(path.join(out, 'feed.xsl'), 'utf8');
    expect(xsl).toContain('<link rel="stylesheet" href="/arkiv/socialchefer/assets/style.css"/>');
    expect(xsl).toContain('<a href="/arkiv/socialchefer/">Minnesarkivet</a>');
  });
});

describe('escaping', () => {
  it('shows hostile titles, names and registry values as text everywhere', async () => {
    const minutes = await copyToTemp('test/fixtures/good');
    const payload = '<img src=x onerror=alert(1)>';
    await writeFile(
      path.join(minutes, '2020-08-01-fientlig.md'),
      [
        '---',
        `title: "${payload} & \\"citat\\""`,
        'date: 2020-08-01',
        'speakers:',
        '  - name: "Eva <3 \\"Ek\\""',
        '    agency: SKR',
        'agencies: [SKR]',
        'topics: [Vaccination]',
        '---',
        '',
        `## Vaccin "${payload}" (Eva <3 "Ek", SKR)`,
        '',
        `Texten nämner ${payload} och vaccinet och vaccinationen.`,
      ].join('\n'),
    );
    const out = path.join(await tempDir(), 'site');
    const built = await build(minutes, out);
    expect(built.check.diagnostics.filter((d) => d.fatal)).toEqual([]);
    expect(built.failure?.message).toBeUndefined();
    const files = await listFiles(out);
    for (const file of files.filter((f) => /\.(html|xml)$/.test(f))) {
      const text = await readFile(path.join(out, file), 'utf8');
      expect(text, file).not.toContain('<img src=x');
      expect(text, file).not.toContain('<3');
    }
    const meeting = await readFile(path.join(out, 'moten/2020-08-01/index.html'), 'utf8');
    expect(meeting).toContain('<h1>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;citat&quot;</h1>');
    expect(meeting).toContain('<a href="/personer/eva-3-ek/">Eva &lt;3 &quot;Ek&quot;</a>');
    expect(built.check.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['11:12 html-raw', '13:15 html-raw']);
    const feed = await readFile(path.join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;citat&quot;</title>');
    const json = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as ArchiveIndex;
    expect(json.meetings.find((m) => m.id === '2020-08-01')?.title).toBe(`${payload} & "citat"`);
  });
});
