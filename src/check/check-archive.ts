/**
 * The whole check of an archive's files, pure: the registries, every minutes
 * file, and the checks across files, with every message sorted. Runs in Node
 * (`build/pipeline.ts` adds the disk, a cache and worker threads) and in a
 * browser (the editor), with the same result.
 */
import { type Diagnostic, sortDiagnostics } from '../core/diagnostics.ts';
import type { MeetingRecord, Registries } from '../core/model.ts';
import type { ArchiveFiles } from './archive-files.ts';
import { type FileResult, processFile } from './process-file.ts';
import { readRegistries } from './registry.ts';
import { readSiteSetting, type SiteSetting } from './site-setting.ts';
import { ALL_RULES } from './rules/catalogue.ts';
import type { AnyRule } from './rules/rule.ts';
import { runRules } from './runner.ts';
import { type ScanText, yamlValueTexts } from './scan-text.ts';
import type { ArchiveSubject, PublishedSubject } from './subjects.ts';
import { readYaml } from './yaml.ts';

/** What a check of an archive's files found. */
export interface ArchiveCheck {
  /** Every problem in every file, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** The validated meetings (also those of files with errors, for tools that want partial results). */
  meetings: MeetingRecord[];
  registries: Registries;
  /** The site setting (its defaults where `webbplats.yml` is missing or has errors). */
  setting: SiteSetting;
  /** How many files were checked (minutes and registries). */
  filesChecked: number;
}

/** The registries as read and checked once per run: what the per-file checks take. */
export interface CheckedRegistries {
  registries: Registries;
  setting: SiteSetting;
  /** The problems of the registry files themselves (and of the folder). */
  diagnostics: Diagnostic[];
}

/** A registry's or the setting's values as published, YAML's escapes decoded; none when it cannot be read. */
function decodedValues(text: string): ScanText[] {
  const read = readYaml(text);
  return read.ok ? yamlValueTexts(read.yaml) : [];
}

/** Reads and checks the registries of `archive`, and what the folder holds besides the minutes. */
export function checkRegistries(archive: ArchiveFiles, rules: readonly AnyRule[] = ALL_RULES): CheckedRegistries {
  const diagnostics: Diagnostic[] = [];
  runRules(rules, 'folder', archive, archive.dir, diagnostics);
  const { registries, reads } = readRegistries(archive.agencies, archive.topics);
  for (const read of reads) {
    runRules(rules, 'source', read.file, read.file.path, diagnostics);
    runRules(rules, 'registry', read, read.file.path, diagnostics);
    if (read.file.text === undefined) continue;
    // Registry text is published too (names, descriptions): scanned for personal data as the minutes are.
    const published: PublishedSubject = {
      text: read.file.text,
      published: decodedValues(read.file.text),
      allowedEmails: registries.emails,
    };
    runRules(rules, 'published', published, read.file.path, diagnostics);
  }
  const { setting, read: settingRead } = readSiteSetting(archive.setting);
  if (settingRead) {
    runRules(rules, 'source', settingRead.file, settingRead.file.path, diagnostics);
    runRules(rules, 'setting', settingRead, settingRead.file.path, diagnostics);
    if (settingRead.file.text !== undefined) {
      const published: PublishedSubject = {
        text: settingRead.file.text,
        published: decodedValues(settingRead.file.text),
        allowedEmails: registries.emails,
      };
      runRules(rules, 'published', published, settingRead.file.path, diagnostics);
    }
  }
  return { registries, setting, diagnostics };
}

/** Adds the checks across files to the per-file results and sorts every message. */
export function combineChecks(
  archive: ArchiveFiles,
  registries: CheckedRegistries,
  results: readonly FileResult[],
  rules: readonly AnyRule[] = ALL_RULES,
): ArchiveCheck {
  const diagnostics: Diagnostic[] = [...registries.diagnostics];
  const meetings: MeetingRecord[] = [];
  for (const result of results) {
    // One by one: a spread of a very long list overflows the stack.
    for (const d of result.diagnostics) diagnostics.push(d);
    if (result.meeting) meetings.push(result.meeting);
  }
  const across: ArchiveSubject = { meetings, registries: registries.registries };
  runRules(rules, 'archive', across, archive.dir, diagnostics);
  const filesChecked = archive.minutes.length + [archive.agencies, archive.topics, archive.setting].filter(Boolean).length;
  const { setting } = registries;
  return { diagnostics: sortDiagnostics(diagnostics), meetings, registries: registries.registries, setting, filesChecked };
}

/** Checks every file of `archive`, one after another. */
export function checkFiles(archive: ArchiveFiles, rules: readonly AnyRule[] = ALL_RULES): ArchiveCheck {
  const registries = checkRegistries(archive, rules);
  const results = archive.minutes.map((source) => processFile(source, registries.registries, registries.registries.emails, rules));
  return combineChecks(archive, registries, results, rules);
}
