import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/check/parse.ts';
import { textSource } from '../../src/check/source.ts';
import { checkText, placesAndRules, texts } from '../support/check.ts';

const parse = (text: string) => parseMinutes({ path: 'minutes/2021-01-19-test.md', text, bytes: text.length });

describe('parsing a minutes file', () => {
  it('splits the body into items at ## headings, with file line numbers', () => {
    const parsed = parse(
      '---\ntitle: Möte\ndate: 2021-01-19\n---\n\nInledning.\n\n## Första (Anna, SKR)\n\nText.\n\n### Fråga?\n\nSvar.\n\n## Andra\n\n- a\n- b\n',
    );
    expect(parsed.frontMatterProblem).toBeUndefined();
    expect(parsed.intro).toHaveLength(1);
    expect(parsed.items.map((i) => [i.heading, i.place.line, i.nodes.length])).toEqual([
      ['Första (Anna, SKR)', 8, 3],
      ['Andra', 16, 1],
    ]);
    expect(parsed.items[0]?.nodes[0]?.position?.start.line).toBe(10);
  });

  it('keeps every front matter value as the string that was written', () => {
    const parsed = parse('---\ntitle: 13:30\ndate: 2021-01-19\nspeakers:\n  - name: 0123\n    agency: yes\ntopics: [null, 1e3, ~]\n---\n');
    expect(parsed.frontMatter?.data).toEqual({
      title: '13:30',
      date: '2021-01-19',
      speakers: [{ name: '0123', agency: 'yes' }],
      topics: ['null', '1e3', '~'],
    });
  });

  it('remembers where each front matter value stands', () => {
    const parsed = parse('---\ntitle: Möte\ndate: 2021-01-19\nspeakers:\n  - name: Anna\n    agency: SKR\n---\n');
    expect(parsed.frontMatter?.places['speakers.0.agency']).toEqual({ key: { line: 6, column: 5 }, value: { line: 6, column: 13 } });
  });

  it('refuses JavaScript front matter without running it', () => {
    const payload = '{ title: (globalThis.__parseTestRan = true, "x") }';
    for (const language of ['js', 'javascript', 'JS', 'coffee']) {
      const diagnostics = checkText(`---${language}\n${payload}\n---\n\n## Punkt\n`);
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['front-matter-language']);
      expect(texts(diagnostics)[0]).toContain('körs aldrig');
    }
    expect((globalThis as Record<string, unknown>).__parseTestRan).toBeUndefined();
  });

  it('reports missing, unclosed, non-mapping and broken front matter at the right line', () => {
    const rule = (text: string) => placesAndRules(checkText(text));
    expect(rule('## Punkt\n')).toEqual(['1:1 front-matter-missing']);
    expect(rule('---\ntitle: x\n\n## Punkt\n')).toEqual(['1:1 front-matter-unclosed']);
    expect(rule('---\n- a\n---\n')).toEqual(['2:1 front-matter-not-mapping']);
    expect(rule('---\ntitle: x\ndate 2021-01-19\n---\n')).toEqual(['3:1 front-matter-yaml']);
    expect(rule('---\ntitle: x\ntitle: y\n---\n')).toEqual(['3:1 front-matter-yaml']);
    expect(rule('   \n\n')).toEqual(['1:1 file-empty']);
  });

  it('reports a # heading in the body', () => {
    expect(
      placesAndRules(checkText('---\ntitle: x\ndate: 2021-01-19\n---\n# Rubrik\n')).filter((p) => p.endsWith('heading-level')),
    ).toEqual(['5:1 heading-level']);
  });

  it('reads a 5 MB file', () => {
    const paragraph = 'Nätverket diskuterade besöksförbud och vaccination i kommunerna. '.repeat(20);
    const items = Array.from({ length: 1300 }, (_, i) => `## Punkt ${i + 1}\n\n${`${paragraph}\n\n`.repeat(3)}`);
    const text = `---\ntitle: Stort möte\ndate: 2021-01-19\n---\n\n${items.join('\n')}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const parsed = parse(text);
    expect(parsed.frontMatterProblem).toBeUndefined();
    expect(parsed.items).toHaveLength(1300);
  });
});

describe('the end of the front matter and a second block (issue 20 §3.14)', () => {
  it('is the first line that is exactly ---: a ---- line inside a text is part of it', () => {
    const text = '---\ntitle: |\n  Möte\n  ----\n  mer\ndate: 2021-06-02\n---\n\n## Läget\n\nText.\n';
    const parsed = parseMinutes(textSource('minutes/2021-06-02-b.md', text));
    expect((parsed.frontMatter?.data as { title: string }).title).toBe('Möte\n----\nmer\n');
    expect(parsed.items.map((i) => i.heading)).toEqual(['Läget']);
    expect(checkText(text, 'minutes/2021-06-02-b.md').map((d) => d.ruleId)).toEqual([]);
  });

  it('a ---- line at the margin does not close it silently: the front matter is unclosed or broken, said at the file', () => {
    const text = '---\ntitle: Möte\n----\ndate: 2021-06-02\n\n## Läget\n\nText.\n';
    expect(checkText(text, 'minutes/2021-06-02-b.md').map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '1:1 front-matter-unclosed',
    ]);
  });

  it('a second block of fields in the body is an error at its first line, never an agenda item called "title: Annat date: …"', () => {
    const text = '---\ntitle: Möte\ndate: 2021-06-01\n---\n\n## Läget\n\nText.\n\n---\ntitle: Annat\ndate: 2021-06-02\n---\n\nMer.\n';
    const found = checkText(text, 'minutes/2021-06-01-a.md');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '10:1 front-matter-repeated En andra front matter-del börjar här, med fälten title och date; den står i texten och skulle bli en dagordningspunkt.',
    ]);
  });
});
