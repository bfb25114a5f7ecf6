/**
 * The runner of the check's rules: calls each rule's check with the subject of
 * its phase and a `report` that stamps the rule on every message (id,
 * severity, guide link, the rule's fix as note). One message list per file or
 * run, passed along, never copied.
 */
import { type Diagnostic, diagnostic } from '../core/diagnostics.ts';
import type { AnyRule, Phase, Rule } from './rules/rule.ts';

/**
 * Runs `rules` (those of `phase` among them) over `subject`, adding their messages to `messages`.
 *
 * @param file The file messages are about, unless a rule names another.
 */
export function runRules<S>(rules: readonly AnyRule[], phase: Phase, subject: S, file: string, messages: Diagnostic[]): void {
  for (const rule of rules as readonly Rule<S>[]) {
    if (rule.phase !== phase) continue;
    rule.check(subject, (place, reason, details = {}) => {
      messages.push(diagnostic(details.file ?? file, place, rule, reason, details));
    });
  }
}
