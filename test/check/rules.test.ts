import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/build/pipeline.ts';
import { RULE_IDS, RULES, rulesMarkdownTable } from '../../src/check/rules.ts';
import { FIXTURES, ROOT } from '../support/helpers.ts';

describe('the catalogue of check rules', () => {
  it('has every rule the check gives on the fixtures, with its severity', async () => {
    const given = new Map<string, string>();
    for (const dir of ['bad', 'bad-registry', 'good']) {
      for (const d of (await checkArchive(`${FIXTURES}/${dir}`)).diagnostics) given.set(d.ruleId, d.severity);
    }
    expect(given.size).toBeGreaterThanOrEqual(30);
    const severity = new Map(RULES.flatMap((g) => g.rules.map((r) => [r.id, r.severity] as const)));
    for (const [id, given_] of given) expect(severity.get(id), id).toBe(given_);
  });

  it('is the table in the README guide, word for word', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme, 'Copy rulesMarkdownTable() from src/rules.ts into the README').toContain(rulesMarkdownTable());
  });

  it('names only rules that exist in the code', async () => {
    const sources = await Promise.all(
      ['core/diagnostics.ts', 'check/error-map.ts', 'check/load.ts', 'check/parse.ts', 'check/personal-data.ts', 'check/registry.ts', 'check/validate.ts', 'check/validate-archive.ts', 'check/validate-body.ts', 'check/validate-items.ts', 'check/yaml.ts'].map((f) =>
        readFile(path.join(ROOT, 'src', f), 'utf8'),
      ),
    );
    const code = sources.join('\n');
    for (const id of RULE_IDS) {
      const suffix = id.replace(/^(front-matter|registry)-(?=(unknown-field|missing-field|invalid)$)/, '');
      expect(code.includes(`'${id}'`) || code.includes(`-${suffix}\``), id).toBe(true);
    }
  });
});
