/**
 * Stage 1, load: reads the minutes folder from disk.
 *
 * One of the three stages that touch the disk; it takes the folder as an
 * argument and returns plain data (the check's rules look at it later): the
 * minutes and registries as {@link SourceFile}s, and what the folder holds
 * besides (other files and folders, hidden entries) so that nothing is
 * skipped silently.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type ArchiveFiles, AGENCY_REGISTRY, SITE_SETTING_FILE, TOPIC_REGISTRY } from './archive-files.ts';
import { decodeSource, type SourceFile } from './source.ts';

export { AGENCY_REGISTRY, TOPIC_REGISTRY, type ArchiveFiles } from './archive-files.ts';
export type { SourceFile } from './source.ts';

/** Everything the load stage found in a minutes folder. */
export type LoadedArchive = ArchiveFiles;

/** Files read before, by path, with the size and time they had: a long-running process reads only what changed. */
export type SourceMemo = Map<string, { size: number; mtimeMs: number; file: SourceFile }>;

/**
 * Reads every minutes file and both registries from `dir`.
 *
 * @param dir Folder to read, as it should appear in messages (for example `minutes`).
 * @param memo Files read before; those with the same size and modification time are not read again.
 */
export async function loadArchive(dir: string, memo?: SourceMemo): Promise<LoadedArchive> {
  const entries = await readdir(dir, { withFileTypes: true });
  const loaded: LoadedArchive = { dir, minutes: [], agencies: undefined, topics: undefined, others: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const filePath = path.join(dir, entry.name);
    const isMinutes = entry.name.toLowerCase().endsWith('.md');
    const isRegistry = [AGENCY_REGISTRY, TOPIC_REGISTRY, SITE_SETTING_FILE].includes(entry.name);
    if (entry.name.startsWith('.') || !entry.isFile() || (!isMinutes && !isRegistry)) {
      loaded.others.push({ path: filePath, folder: entry.isDirectory(), hidden: entry.name.startsWith('.') });
      continue;
    }
    const file = await readSource(filePath, memo);
    if (entry.name === AGENCY_REGISTRY) loaded.agencies = file;
    else if (entry.name === TOPIC_REGISTRY) loaded.topics = file;
    else if (entry.name === SITE_SETTING_FILE) loaded.setting = file;
    else loaded.minutes.push(file);
  }
  return loaded;
}

async function readSource(filePath: string, memo: SourceMemo | undefined): Promise<SourceFile> {
  if (!memo) return decodeSource(filePath, await readFile(filePath));
  const info = await stat(filePath);
  const known = memo.get(filePath);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known.file;
  const file = decodeSource(filePath, await readFile(filePath));
  memo.set(filePath, { size: info.size, mtimeMs: info.mtimeMs, file });
  return file;
}
