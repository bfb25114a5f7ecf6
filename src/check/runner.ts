/**
 * The runner of the check's rules: calls each rule's check with the subject of
 * its phase and a `report` that stamps the rule on every message (id,
 * severity, guide link, the rule's fix as note). One message list per file or
 * run, passed along, never copied.
 *
 * No rule says the same thing over and over: when a rule gives the same
 * message in one file more than a few times (`REPEAT_LIMIT`), the runner folds
 * the repeats under the first, which keeps the others as related places
 * ("… och 311 ställen till: rad 4, 9, …"). Every rule gets this, so none
 * needs its own limit.
 */
import { type Diagnostic, diagnostic, foldRepeats } from '../core/diagnostics.ts';
import type { AnyRule, Phase, Rule } from './rules/rule.ts';

/**
 * Runs `rules` (those of `phase` among them) over `subject`, adding their messages to `messages`,
 * each rule's repeats folded.
 *
 * @param file The file messages are about, unless a rule names another.
 */
export function runRules<S>(rules: readonly AnyRule[], phase: Phase, subject: S, file: string, messages: Diagnostic[]): void {
  for (const rule of rules as readonly Rule<S>[]) {
    if (rule.phase !== phase) continue;
    const own: Diagnostic[] = [];
    rule.check(subject, (place, reason, details = {}) => {
      own.push(diagnostic(details.file ?? file, place, rule, reason, details));
    });
    for (const message of foldRepeats(own)) messages.push(message);
  }
}
