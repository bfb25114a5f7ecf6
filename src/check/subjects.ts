/**
 * What the rules of each phase look at (see `rules/rule.ts`). Types only: the
 * stages make these, the rules read them, and neither imports the other.
 */
import type { MeetingRecord, Registries } from '../core/model.ts';
import type { Findings } from './findings.ts';
import type { ParsedMinutes } from './parse.ts';
import type { ScanText } from './scan-text.ts';

export type { ArchiveFiles as FolderSubject } from './archive-files.ts';
export type { RegistryRead as RegistrySubject } from './registry.ts';
export type { SiteSettingRead as SettingSubject } from './site-setting.ts';
export type { SourceFile as SourceSubject } from './source.ts';

/** One minutes file, parsed and validated: what the `minutes` rules look at. */
export interface MinutesSubject {
  /** The file's path, as in messages. */
  path: string;
  parsed: ParsedMinutes;
  /** What validation found. */
  findings: Findings;
}

/** A file's text as it would be published, and as written: what the `published` rules (personal data) look at. */
export interface PublishedSubject {
  /** The whole file as written (front matter and comments are published in the repository). */
  text: string;
  /** The text of the body as the site shows it, block by block. */
  published: readonly ScanText[];
  /** The published contact addresses of the agency registry, which may appear. */
  allowedEmails: ReadonlySet<string>;
}

/** Every meeting and the registries: what the `archive` rules (checks across files) look at. */
export interface ArchiveSubject {
  meetings: readonly MeetingRecord[];
  registries: Registries;
}

/** Why the check of one file could not finish: what the runner's own rules (`file-failed`, `file-timeout`) look at. */
export type FailureSubject = { kind: 'failed'; reason: string } | { kind: 'timeout'; limitMs: number; bytes?: number };
