/**
 * axe-core in a browser test's page: WCAG 2.1 A and AA, each violation as
 * "id: help (the elements)". The page must allow an inline script (open it
 * with `bypassCSP: true` when the site's Content-Security-Policy is sent).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let source: Promise<string> | undefined;

/**
 * The violations axe-core finds on the page as it is now (only inside `include`'s selectors, when given); none is `[]`.
 * `rules` adds rules outside WCAG's tags, such as the best practice `landmark-unique`.
 */
export async function axeViolations(page: Page, include?: readonly string[], rules: readonly string[] = []): Promise<string[]> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: await source });
  return page.evaluate(
    async ({ include, rules }) => {
      type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<Result> } }).axe;
      const result = await axe.run(include ? { include: include.map((selector) => [selector]) } : document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        rules: Object.fromEntries(rules.map((id) => [id, { enabled: true }])),
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    },
    { include, rules },
  );
}
