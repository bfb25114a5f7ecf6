/**
 * What the check accepts, the build builds, into valid output: a property
 * test generates small archives with names in any script, titles and text full
 * of odd characters and real-world Markdown, builds every one the check
 * accepts, and validates every page (html-validate), the feeds and the
 * sitemap (well-formed XML with only characters XML allows) and index.json.
 * Seeded (FC_SEED) and reproducible; each build takes a few seconds, so the
 * runs are few (FC_BUILD_RUNS, default 6).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect } from 'vitest';
import { buildSite } from '../../src/build/build.ts';
import { hasErrors } from '../../src/core/diagnostics.ts';
import { copyToTemp, tempDir } from '../support/helpers.ts';
import { listFiles } from '../support/site-links.ts';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_BUILD_RUNS ?? 6);

/** Characters XML 1.0 does not allow anywhere. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** A person's name that a heading can carry: no separators of the parenthesis. */
const personName = fc.oneof(
  fc.constantFrom(
    'Юлия Петрова',
    'Åsa Furén-Thulin',
    "Seán O'Brien",
    'Zoë "Zed" Ärlig',
    '王小明',
    'Anna <b>Berg</b>',
    'Ünal Çelik',
    'Ζωή Παππά',
  ),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }), fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }))
    .map(([a, b]) => `${a} ${b}`),
);
/** Text for a title: anything on one line that does not end in a parenthesis. */
const line = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).map((t) => `${t.replace(/[\r\n]/g, ' ')} slut`);
const block = fc.oneof(
  line,
  line.map((t) => `### ${t}?`),
  line.map((t) => `- ${t}\n- **${t}**`),
  line.map((t) => `> ${t}`),
  line.map((t) => `| a | b |\n|---|---|\n| ${t.replace(/\|/g, '/')} | \`kod\` |`),
  line.map((t) => `\`\`\`\n${t}\n\`\`\``),
  line.map((t) => `[${t}](https://example.com/${encodeURIComponent(t)}) ~~${t}~~ <!-- not -->`),
  fc.constant('Beslut: budgeten antogs.\n\nSe https://example.com/x?a=1&b=2.'),
);
const meeting = fc.record({
  title: line,
  people: fc.uniqueArray(personName, { minLength: 1, maxLength: 3, selector: (n) => n.toLowerCase() }),
  items: fc.array(fc.record({ title: line, body: fc.array(block, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
});
const archive = fc.array(meeting, { minLength: 1, maxLength: 3 });

type Meeting = { title: string; people: string[]; items: { title: string; body: string[] }[] };

/** A minutes file for a generated meeting: every person presents the first item, for SKR. */
function minutesFile(m: Meeting, day: number): { name: string; text: string } {
  const date = `2021-03-${String(day).padStart(2, '0')}`;
  const quote = (s: string) => JSON.stringify(s);
  const speakers = m.people.map((p) => `  - name: ${quote(p)}\n    agency: SKR`).join('\n');
  const items = m.items
    .map((item, i) => `## ${item.title}${i === 0 ? ` (${m.people.join(', ')}, SKR)` : ''}\n\n${item.body.join('\n\n')}`)
    .join('\n\n');
  return {
    name: `${date}-natverket.md`,
    text: `---\ntitle: ${quote(m.title)}\ndate: ${date}\nspeakers:\n${speakers}\nagencies: [SKR]\n---\n\n${items}\n`,
  };
}

async function validate(site: string): Promise<string[]> {
  const problems: string[] = [];
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    // HTML allows an id to start with a digit (an item titled "2021 års budget" has the anchor 2021-ars-budget).
    rules: { 'valid-id': ['error', { relaxed: true }] },
  });
  const files = await listFiles(site);
  for (const file of files) {
    if (file.startsWith('pagefind/') || file.startsWith('assets/')) continue;
    const text = await readFile(path.join(site, file), 'utf8');
    if (file.endsWith('.html')) {
      const report = await validator.validateString(text, file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    } else if (file.endsWith('.xml')) {
      const result = XMLValidator.validate(text);
      if (result !== true) problems.push(`${file}: ${result.err.msg} (${result.err.line}:${result.err.col})`);
      if (NOT_XML.test(text)) problems.push(`${file}: a character XML does not allow`);
    } else if (file.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch (failure) {
        problems.push(`${file}: ${String(failure)}`);
      }
    }
  }
  return problems;
}

describe('building what the check accepts', () => {
  test.prop([archive], { seed: SEED, numRuns: RUNS, timeout: 600_000 })(
    'always ends with valid pages, feeds, sitemap and index.json',
    async (meetings) => {
      const minutes = await copyToTemp('minutes');
      for (const file of await listFiles(minutes)) if (file.endsWith('.md')) await rm(path.join(minutes, file));
      for (const [i, m] of meetings.entries()) {
        const { name, text } = minutesFile(m, i + 1);
        await writeFile(path.join(minutes, name), text);
      }
      const site = path.join(await tempDir(), 'site');
      const result = await buildSite({ minutesDir: minutes, siteDir: site, deploy: { siteUrl: 'https://example.se', pathPrefix: '/' } });
      fc.pre(!hasErrors(result.check.diagnostics));
      expect(result.built).toBe(true);
      expect(await validate(site)).toEqual([]);
    },
    600_000,
  );
});

describe('names with no Latin letters', () => {
  test('each get a person page of their own (two such names once both wrote personer/index.html)', async () => {
    const minutes = await copyToTemp('minutes');
    for (const file of await listFiles(minutes)) if (file.endsWith('.md')) await rm(path.join(minutes, file));
    const { name, text } = minutesFile(
      { title: 'Möte', people: ['Юлия Петрова', '王小明'], items: [{ title: 'Rapport', body: ['Text.'] }] },
      1,
    );
    await writeFile(path.join(minutes, name), text);
    const site = path.join(await tempDir(), 'site');
    const result = await buildSite({ minutesDir: minutes, siteDir: site, deploy: { siteUrl: 'https://example.se', pathPrefix: '/' } });
    expect(result.check.diagnostics).toEqual([]);
    const people = (await listFiles(site)).filter((f) => f.startsWith('personer/'));
    expect(people).toEqual([
      'personer/index.html',
      'personer/wangxiaoming/feed.xml',
      'personer/wangxiaoming/index.html',
      'personer/yuliya-petrova/feed.xml',
      'personer/yuliya-petrova/index.html',
    ]);
    expect(await readFile(path.join(site, 'personer/yuliya-petrova/index.html'), 'utf8')).toContain('<h1>Юлия Петрова</h1>');
  }, 120_000);
});
