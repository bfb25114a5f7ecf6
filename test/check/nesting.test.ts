/**
 * Deep nesting is refused by a cheap scan before the Markdown parser runs
 * (its time grows steeply with nesting) and by a depth check after it, so no
 * walk of the tree can overflow the stack. Before, these files crashed the
 * check or ran for minutes.
 */
import { describe, expect, it } from 'vitest';
import { deeplyNestedLine, MAX_NESTING } from '../../src/check/parse.ts';
import { processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';

const { registries } = readRegistries({ path: 'agencies.yml', text: '[]', bytes: 2 }, { path: 'topics.yml', text: '[]', bytes: 2 });
const front = '---\ntitle: Djupt\ndate: 2021-03-02\n---\n\n## Punkt\n\n';
const check = (body: string) => processFile({ path: 'minutes/2021-03-02-x.md', text: front + body, bytes: 0 }, registries);
const summary = (body: string) => check(body).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('nesting deeper than the limit', () => {
  it('is refused at its line: 2,000 > on one line (a 2 kB file that overflowed the stack)', () => {
    expect(summary(`Före.\n\n${'>'.repeat(2000)} citat\n`)).toEqual(['10:1 nesting-too-deep']);
  });

  it('is refused at its line: a list nested 1,000 levels', () => {
    const list = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- punkt ${i}`).join('\n');
    expect(summary(list)).toEqual([`${8 + MAX_NESTING}:1 nesting-too-deep`]);
  });

  it('is refused without running the parser for minutes: 5,000 > and a list nested 2,000 levels', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}1. punkt`).join('\n');
    expect(summary(`${'>'.repeat(5000)}\n\n${list}`)).toEqual(['8:1 nesting-too-deep']);
  });

  it('is refused when formatting nests in formatting', () => {
    const open = Array.from({ length: 300 }, (_, i) => (i % 2 ? '**' : '*')).join('a ');
    const close = Array.from({ length: 300 }, (_, i) => (i % 2 ? '*' : '**')).join('');
    expect(summary(`${open}b${close}\n`)).toEqual(['8:1 nesting-too-deep']);
  });

  it('leaves nesting within the limit to the parser', () => {
    const list = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- punkt ${i}`).join('\n');
    expect(summary(`${'> '.repeat(20)}citat\n\n${list}\n`)).toEqual([]);
    expect(deeplyNestedLine(`${'> '.repeat(MAX_NESTING)}a`)).toBeUndefined();
    expect(deeplyNestedLine(`a\n${'> '.repeat(MAX_NESTING + 1)}a`)).toBe(2);
  });
});
