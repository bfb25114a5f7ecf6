/**
 * Every rule's examples, run (remark-lint's `assertCheck` idea): each example's files, laid over the
 * example archive, give the message the example states, from the rule it belongs to. The example
 * archive alone gives no message, and every rule of the catalogue has an example, so every rule fires.
 */
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/check/check-archive.ts';
import { archiveOfExample, fileOfExample } from '../../../src/check/examples.ts';
import { failedResult, processFile, timedOutResult } from '../../../src/check/process-file.ts';
import { readRegistries } from '../../../src/check/registry.ts';
import { ALL_RULES } from '../../../src/check/rules/catalogue.ts';
import { defineRule, type AnyRule, type RuleExample } from '../../../src/check/rules/rule.ts';
import { type Diagnostic, messageText } from '../../../src/core/diagnostics.ts';

/** The messages of one example, as `line:column: text` with the rule's id, for the file it is about. */
function messagesOf(example: RuleExample): { id: string; line: string }[] {
  const archive = archiveOfExample(example);
  const file = fileOfExample(example);
  let diagnostics: Diagnostic[];
  if (example.fault === 'timeout') diagnostics = timedOutResult(file, 10_000).diagnostics;
  else if (example.fault === 'throw') {
    const throwing: AnyRule = defineRule({ id: 'kastar', severity: 'error', phase: 'minutes', when: '', fix: '', examples: [] }, () => {
      throw new TypeError('en regel kastade ett fel');
    });
    const source = archive.minutes.find((m) => m.path === file)!;
    const { registries } = readRegistries(archive.agencies, archive.topics);
    diagnostics = processFile(source, registries, registries.emails, [...ALL_RULES, throwing]).diagnostics;
  } else diagnostics = checkFiles(archive).diagnostics;
  return diagnostics.filter((d) => d.file === file).map((d) => ({ id: d.ruleId, line: `${d.line}:${d.column}: ${messageText(d)}` }));
}

describe('the example archive', () => {
  it('gives no message at all', () => {
    expect(checkFiles(archiveOfExample({ files: {}, message: '' })).diagnostics.map(messageText)).toEqual([]);
  });
});

describe('every rule', () => {
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s has an example', (_, rule) => {
    expect(rule.examples.length).toBeGreaterThan(0);
  });

  const cases = ALL_RULES.flatMap((rule) => rule.examples.map((example, index) => [`${rule.id} #${index + 1}`, rule, example] as const));
  it.each(cases)('%s gives the message its example states', (_, rule, example) => {
    const messages = messagesOf(example);
    const own = messages.filter((m) => m.id === rule.id).map((m) => m.line);
    expect(
      own.some((line) => line.startsWith(example.message)),
      `${rule.id} gave:\n${messages.map((m) => `${m.line} [${m.id}]`).join('\n')}`,
    ).toBe(true);
  });

  it('fails its example when the rule is silenced, so the examples test the rules', () => {
    const rule = ALL_RULES.find((r) => r.id === 'date-filename-mismatch')!;
    const silenced = ALL_RULES.filter((r) => r !== rule);
    const example = rule.examples[0]!;
    const lines = checkFiles(archiveOfExample(example), silenced).diagnostics.map((d) => d.ruleId);
    expect(lines).not.toContain(rule.id);
  });
});

describe('a failure inside the check', () => {
  it('is the file-failed message at the file, naming what was thrown', () => {
    const result = failedResult('minutes/a.md', new TypeError('x is not a function'));
    expect(result.diagnostics.map((d) => `${d.ruleId} ${messageText(d)}`)).toEqual([
      'file-failed Filen kunde inte kontrolleras till slut (x is not a function). Det är ett fel i verktyget, men filen publiceras inte förrän det är löst. Förenkla ovanliga konstruktioner (mycket långa rader, djupt inbäddade listor, inklistrad kod), eller rapportera felet med filen bifogad.',
    ]);
  });
});
