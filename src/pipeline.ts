/**
 * The pipeline from a minutes folder to the structured index:
 * load → parse → validate → build index. Used by the check, the build and the
 * tests. Only `load` touches the disk; `checkSources` is pure.
 */
import { buildIndex } from './build-index.ts';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostics.ts';
import type { ArchiveIndex } from './index-schema.ts';
import { loadArchive, type LoadedArchive } from './load.ts';
import type { ValidMeeting } from './model.ts';
import { parseMinutes } from './parse.ts';
import { checkPersonalData } from './personal-data.ts';
import { readRegistries, type Registries } from './registry.ts';
import { validateMinutes } from './validate.ts';
import { findDuplicateMeetings, findNearDuplicateNames } from './validate-archive.ts';

/** What a check of the archive found. */
export interface CheckResult {
  /** Every problem in every file, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** The index, when there are no errors (warnings allowed). */
  index: ArchiveIndex | undefined;
  /** The validated meetings (also those of a run with errors, for tools that want partial results). */
  meetings: ValidMeeting[];
  registries: Registries;
  /** How many files were checked (minutes and registries). */
  filesChecked: number;
}

/** Checks loaded sources and builds the index when there are no errors. Pure. */
export function checkSources(loaded: LoadedArchive): CheckResult {
  const { registries, diagnostics: registryDiagnostics } = readRegistries(loaded.agencies, loaded.topics);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...registryDiagnostics];
  const meetings: ValidMeeting[] = [];
  const allowedEmails = new Set(registries.agencies.flatMap((a) => a.emails.map((e) => e.toLowerCase())));
  for (const source of loaded.minutes) {
    const result = validateMinutes(parseMinutes(source), registries);
    diagnostics.push(...result.diagnostics);
    if (source.text !== undefined) diagnostics.push(...checkPersonalData(source.path, source.text, allowedEmails));
    if (result.meeting) meetings.push(result.meeting);
  }
  diagnostics.push(...findDuplicateMeetings(loaded.minutes.map((m) => m.path)), ...findNearDuplicateNames(meetings, registries));
  const sorted = sortDiagnostics(diagnostics);
  const filesChecked = loaded.minutes.length + (loaded.agencies ? 1 : 0) + (loaded.topics ? 1 : 0);
  const index = hasErrors(sorted) ? undefined : buildIndex(meetings, registries);
  return { diagnostics: sorted, index, meetings, registries, filesChecked };
}

/** Loads the minutes folder and checks it. */
export async function checkArchive(dir: string): Promise<CheckResult> {
  return checkSources(await loadArchive(dir));
}
