/**
 * Every rule of the check, grouped as the guide shows them (the guide page
 * `/sa-lagger-du-till-ett-mote/` and the README's table are made from this
 * list). Each rule is defined, with its check and examples, in its family
 * file; the runner takes them from here.
 */
import type { Severity } from '../../core/diagnostics.ts';
import * as body from './body.ts';
import * as file from './file.ts';
import * as frontMatter from './front-matter.ts';
import * as headings from './headings.ts';
import * as names from './names.ts';
import * as nearDuplicates from './near-duplicates.ts';
import * as personalData from './personal-data.ts';
import * as registry from './registry.ts';
import * as siteSetting from './site-setting.ts';
import type { AnyRule } from './rule.ts';
import * as topics from './topics.ts';

export type { AnyRule as Rule } from './rule.ts';

/** The two rules the per-file stage reports itself, when a file's check fails or runs out of time. */
export { fileFailed, fileTimeout } from './file.ts';

/** A heading of the guide with its rules. */
export interface RuleGroup {
  group: string;
  rules: AnyRule[];
}

/** The rules, grouped as the guide shows them. */
export const RULE_GROUPS: RuleGroup[] = [
  { group: 'Filen', rules: file.RULES },
  { group: 'Front matter (uppgifterna överst i filen)', rules: frontMatter.RULES },
  { group: 'Talare, aktörer och ämnen', rules: [...names.RULES, ...topics.RULES, ...nearDuplicates.RULES] },
  { group: 'Rubriker och text', rules: [...headings.RULES, ...body.RULES, ...personalData.RULES] },
  { group: 'Registren (agencies.yml och topics.yml)', rules: registry.RULES },
  { group: 'Webbplatsens inställningar (webbplats.yml)', rules: siteSetting.RULES },
];

/** Every rule, in the guide's order: what the runner runs. */
export const ALL_RULES: readonly AnyRule[] = RULE_GROUPS.flatMap((g) => g.rules);

/** Every rule, by id. */
export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(ALL_RULES.map((r) => [r.id, r] as const));

const SEVERITY: Record<Severity, string> = { error: 'fel', warning: 'varning' };

/** The rules as the Markdown table in the README's guide (a test keeps the two equal). */
export function rulesMarkdownTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = ['| regel | allvar | när | så rättar du |', '|---|---|---|---|'];
  for (const rule of ALL_RULES) lines.push(`| \`${rule.id}\` | ${SEVERITY[rule.severity]} | ${cell(rule.when)} | ${cell(rule.fix)} |`);
  return lines.join('\n');
}
