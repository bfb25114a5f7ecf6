import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/build/pipeline.ts';
import { RULE_GROUPS, RULES_BY_ID, rulesMarkdownTable } from '../../src/check/rules/catalogue.ts';
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import { FIXTURES, ROOT } from '../support/helpers.ts';

let given: Diagnostic[];
beforeAll(async () => {
  given = [];
  for (const dir of ['bad', 'bad-registry', 'good']) given.push(...(await checkArchive(`${FIXTURES}/${dir}`)).diagnostics);
});

describe('the catalogue of check rules', () => {
  it('has every rule the check gives on the fixtures, with its severity', () => {
    expect(new Set(given.map((d) => d.ruleId)).size).toBeGreaterThanOrEqual(30);
    for (const d of given) {
      const rule = RULES_BY_ID.get(d.ruleId);
      expect(rule, d.ruleId).toBeDefined();
      expect(d.fatal, d.ruleId).toBe(rule?.severity === 'error');
    }
  });

  it('stamps every diagnostic as a vfile message: source, the guide link of its rule, and a place', () => {
    for (const d of given) {
      expect(d.source).toBe('minnesarkivet');
      expect(d.url).toBe(`/sa-lagger-du-till-ett-mote/#regel-${d.ruleId}`);
      expect(d.place).toEqual({ line: d.line, column: d.column });
    }
  });

  it('lists each rule once, with an explanation, a fix and an example (each example is run in rules/examples.test.ts)', () => {
    const ids = RULE_GROUPS.flatMap((g) => g.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES_BY_ID.values()) {
      expect(rule.when.length, rule.id).toBeGreaterThan(10);
      expect(rule.fix.length, rule.id).toBeGreaterThan(10);
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('is the table in the README guide, word for word', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme, 'Copy rulesMarkdownTable() from src/check/rules/catalogue.ts into the README').toContain(rulesMarkdownTable());
  });
});
