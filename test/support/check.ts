/** Running the pure check on texts, for tests that read the messages as the secretary does. */
import { archiveOfTexts } from '../../src/check/archive-files.ts';
import { checkFiles } from '../../src/check/check-archive.ts';
import { processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';
import { EXAMPLE_AGENCY_REGISTRY, EXAMPLE_TOPIC_REGISTRY } from '../../src/check/rules/example-archive.ts';
import { type SourceFile, textSource } from '../../src/check/source.ts';
import { type Diagnostic, messageText } from '../../src/core/diagnostics.ts';
import type { Registries } from '../../src/core/model.ts';

/** The example archive's registries (three agencies, two topics). */
export const exampleRegistries: Registries = readRegistries(
  textSource('minutes/agencies.yml', EXAMPLE_AGENCY_REGISTRY),
  textSource('minutes/topics.yml', EXAMPLE_TOPIC_REGISTRY),
).registries;

/** The messages one minutes file gives. */
export function checkSource(source: SourceFile, registries: Registries = exampleRegistries): Diagnostic[] {
  return processFile(source, registries).diagnostics;
}

/** The messages one minutes file's text gives. */
export function checkText(text: string, path = 'minutes/2021-01-19-test.md', registries: Registries = exampleRegistries): Diagnostic[] {
  return checkSource(textSource(path, text), registries);
}

/** The messages of a whole folder of texts (file name to text), registries included. */
export function checkFolder(texts: Readonly<Record<string, string>>): Diagnostic[] {
  return checkFiles(archiveOfTexts(texts)).diagnostics;
}

/** Diagnostics as `line:column rule-id`, for compact assertions. */
export function placesAndRules(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}

/** Each diagnostic's whole text (reason, places, note), as the secretary reads it. */
export function texts(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(messageText);
}
