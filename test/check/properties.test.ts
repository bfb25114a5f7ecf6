/**
 * Property-based tests of the check: for arbitrary text, arbitrary front
 * matter built from YAML fragments and arbitrary Markdown built from nested
 * constructs, one file's check returns diagnostics with a place and a
 * catalogued rule, and nothing inside it throws: the check turns a throw into
 * a `file-failed` message, so the properties assert that none appears. The
 * last block proves they can fail: a rule that throws on some generated
 * cases, and registries that break the validator, make them fail, with the
 * seed printed. Each property's time is bounded by the
 * test's timeout (a hang fails the run); the nesting limit and the build's
 * per-file time limit keep every case bounded.
 *
 * Seeded and reproducible: the seed is FC_SEED (default below) and fast-check
 * prints the seed and path of any failing case; FC_RUNS sets the runs per
 * property (default 200).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';
import { ALL_RULES, RULES_BY_ID } from '../../src/check/rules/catalogue.ts';
import { type AnyRule, defineRule } from '../../src/check/rules/rule.ts';
import type { MinutesSubject } from '../../src/check/subjects.ts';
import type { Registries } from '../../src/core/model.ts';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 200);
fc.configureGlobal({ seed: SEED, numRuns: RUNS });

const AGENCIES =
  '- id: skr\n  name: Sveriges Kommuner och Regioner\n  short: SKR\n- id: fohm\n  name: Folkhälsomyndigheten\n  short: FoHM\n';
const TOPICS = '- id: vaccination\n  name: Vaccination\n  description: Vaccination.\n  signals: [vaccin]\n';
const { registries } = readRegistries({ path: 'agencies.yml', text: AGENCIES, bytes: 0 }, { path: 'topics.yml', text: TOPICS, bytes: 0 });
const FILE = 'minutes/2021-03-02-socialchefsnatverket.md';

/** What the check runs with; the last block of tests breaks it on purpose. */
interface Setup {
  registries: Registries;
  rules: readonly AnyRule[];
}
const REAL: Setup = { registries, rules: ALL_RULES };

/** Checks `text` as a minutes file and asserts what must hold for any input. */
function holdsFor(text: string, setup: Setup = REAL): void {
  const result = processFile(
    { path: FILE, text, bytes: text.length },
    setup.registries,
    setup.registries?.emails ?? new Set(),
    setup.rules,
  );
  const lines = text.split('\n').length;
  const failed = result.diagnostics.find((d) => d.ruleId === 'file-failed');
  expect(failed?.message, 'the check threw inside').toBeUndefined();
  for (const d of result.diagnostics) {
    expect(d.file).toBe(FILE);
    expect(RULES_BY_ID.has(d.ruleId), d.ruleId).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(10);
  }
  if (!result.diagnostics.some((d) => d.fatal)) expect(result.meeting).toBeDefined();
}

/** Characters Word documents and hostile files carry. */
const oddCharacter = fc.constantFrom(
  '\u0000',
  '\u000b',
  '\u000c',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\t',
  '\r',
  '😀',
  'å',
  '—',
  '"',
  '\\',
);
const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), oddCharacter), { maxLength: 100 }).map((parts) => parts.join('')),
);

const yamlFragment = fc.constantFrom(
  'title: Möte',
  'date: 2021-03-02',
  'date: 2021-02-30',
  'date: 2 mars 2021',
  'speakers:',
  '  - name: Anna Berg',
  '    agency: SKR',
  '  - name: Юлия Петрова',
  'agencies: [SKR, FoHM]',
  'topics: [Vaccination]',
  'items:',
  '  vaccin:',
  '    topics: [Vaccination]',
  '&a x',
  '*a',
  '[',
  ']',
  '{',
  '}',
  ': ',
  '- ',
  '? ',
  '|',
  '>-',
  '"',
  "'",
  '!!js/function',
  '!!binary',
  '%YAML 1.2',
  '---',
  '...',
  '#',
  '  ',
  '\t',
  'title: &t T',
  `topics: [${Array.from({ length: 60 }, () => '*t').join(', ')}]`,
);
const frontMatter = fc
  .array(fc.tuple(fc.oneof(yamlFragment, fc.string({ maxLength: 12 })), fc.constantFrom('\n', '\n', '\n', ' ', '')), { maxLength: 25 })
  .map((parts) => parts.map(([fragment, separator]) => fragment + separator).join(''));

/** Markdown built from nested constructs: quotes, lists, headings with parentheses, emphasis, links, code, HTML, tables. */
const { markdown } = fc.letrec<{ markdown: string; inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      'Anders Tegnell',
      'FoHM',
      '(',
      ')',
      '\\)',
      '[',
      '](',
      '*',
      '**',
      '_',
      '`',
      '<!--',
      '-->',
      '<b>',
      '&#45;',
      '850709-9805',
      'a@b.se',
      '|',
    ),
    tie('inline').map((t) => `*${t}*`),
    tie('inline').map((t) => `**${t}**`),
    tie('inline').map((t) => `\`${t}\``),
    fc.tuple(tie('inline'), fc.constantFrom('https://example.com', './x.pdf', 'javascript:alert(1)', '')).map(([t, u]) => `[${t}](${u})`),
    fc.tuple(tie('inline'), tie('inline')).map(([a, b]) => `${a} ${b}`),
  ),
  markdown: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('inline'),
    tie('inline').map((t) => `## ${t}`),
    fc.tuple(tie('inline'), tie('inline')).map(([t, p]) => `## ${t} (${p})`),
    tie('inline').map((t) => `### ${t}`),
    tie('inline').map((t) => `# ${t}`),
    fc.constant('##'),
    tie('markdown').map((m) => m.replace(/^/gm, '> ')),
    tie('markdown').map((m) => `- ${m.replace(/\n/g, '\n  ')}`),
    tie('markdown').map((m) => `1. ${m.replace(/\n/g, '\n   ')}`),
    fc.tuple(tie('inline'), tie('inline')).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |`),
    tie('inline').map((t) => `\`\`\`\n${t}\n\`\`\``),
    tie('inline').map((t) => `<!-- ${t} --> ${t}`),
    fc.tuple(tie('markdown'), tie('markdown')).map(([a, b]) => `${a}\n\n${b}`),
    fc.integer({ min: 90, max: 140 }).map((n) => `${'>'.repeat(n)} djupt`),
  ),
}));

const FRONT =
  '---\ntitle: Möte\ndate: 2021-03-02\nspeakers:\n  - name: Anders Tegnell\n    agency: FoHM\nagencies: [FoHM]\ntopics: [Vaccination]\n---\n\n';

describe('the check of one file, for any input', () => {
  test.prop([anyText], { timeout: 0 })('never throws on arbitrary text', (text) => {
    holdsFor(text);
    holdsFor(`---\n${text}`);
    holdsFor(`${FRONT}${text}`);
  });

  test.prop([frontMatter])('never throws on front matter built from YAML fragments', (yaml) => {
    holdsFor(`---\n${yaml}\n---\n\n## Punkt\n\nText.\n`);
  });

  test.prop([markdown])('never throws on Markdown built from nested constructs', (body) => {
    holdsFor(`${FRONT}${body}\n`);
  });
});

describe('the properties, proved able to fail', () => {
  /** Runs a property with the setup broken; returns fast-check's report, which names the seed and the case. */
  const runBroken = (setup: Setup) =>
    fc.check(
      fc.property(markdown, (body) => holdsFor(`${FRONT}${body}\n`, setup)),
      { seed: SEED, numRuns: RUNS },
    );

  it('fail when one rule throws on some generated cases (those with a parenthesis in a heading)', () => {
    const throwing = defineRule<MinutesSubject>(
      { id: 'kastar', severity: 'error', phase: 'minutes', when: '', fix: '', examples: [] },
      (file) => {
        if (file.parsed.items.some((item) => item.heading.includes('('))) throw new TypeError('en regel kastade ett fel');
      },
    );
    const report = runBroken({ registries, rules: [...ALL_RULES, throwing] });
    expect(report.failed).toBe(true);
    console.log(`Egenskapen föll som den skulle: seed ${report.seed}, fall: ${JSON.stringify(report.counterexample)}`);
  });

  it('fail when the validator breaks on every file (registries missing)', () => {
    const report = runBroken({ registries: null as unknown as Registries, rules: ALL_RULES });
    expect(report.failed).toBe(true);
    expect(String(report.errorInstance)).toContain('the check threw inside');
  });
});
