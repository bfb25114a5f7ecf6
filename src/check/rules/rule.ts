/**
 * What a rule of the check is: its id and severity (which the reporter stamps
 * on every diagnostic), and its entry in the guide: when the check says it,
 * how to fix it, and an example of what sets it off. Each family of rules
 * (`file.ts`, `front-matter.ts` …) defines its rules beside the code that
 * checks them; `catalogue.ts` lists them all for the guide.
 */
import type { RuleRef } from '../../core/diagnostics.ts';

/** One rule of the check, as the guide shows it. */
export interface Rule extends RuleRef {
  /** When the check says it (Swedish). */
  when: string;
  /** What to do (Swedish). */
  fix: string;
  /** What sets it off, as written in a minutes file or registry. */
  example: string;
}

/** Defines a rule (the identity function, typed: a family file reads as a list of definitions). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
