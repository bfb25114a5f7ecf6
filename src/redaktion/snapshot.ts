/**
 * What Redaktionen's page knows of the published archive: the registries and
 * the site setting as published (their texts, so that the page's check reads
 * them as `npm run check` does), and the meetings there are (their files,
 * dates and titles, so that a new meeting on a taken date is said at once).
 * Written by the build as `/redaktion/arkiv.json`. Pure.
 */
import type { ArchiveFiles } from '../check/archive-files.ts';
import type { MeetingRecord } from '../core/model.ts';

/** The archive as the page starts from it. */
export interface ArchiveSnapshot {
  /** `agencies.yml`, `topics.yml` and `webbplats.yml` as published (empty when missing). */
  agencies: string;
  topics: string;
  setting: string;
  /** The published meetings. */
  meetings: { file: string; date: string; title: string }[];
}

/** The snapshot of an archive's files and its checked meetings. */
export function archiveSnapshot(files: ArchiveFiles, meetings: readonly MeetingRecord[]): ArchiveSnapshot {
  const base = (file: string) => file.split(/[\\/]/).at(-1) ?? file;
  return {
    agencies: files.agencies?.text ?? '',
    topics: files.topics?.text ?? '',
    setting: files.setting?.text ?? '',
    meetings: meetings.map((m) => ({ file: base(m.file), date: m.date, title: m.title })).sort((a, b) => (a.date < b.date ? 1 : -1)),
  };
}
