import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/check/parse.ts';
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
