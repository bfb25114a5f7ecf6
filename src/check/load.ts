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
import { setTimeout as delay } from 'node:timers/promises';
import { UserFacingError } from '../core/failure.ts';
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
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw folderFailure(dir, error);
  });
  const loaded: LoadedArchive = { dir, minutes: [], agencies: undefined, topics: undefined, others: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const filePath = path.join(dir, entry.name);
    const isMinutes = entry.name.toLowerCase().endsWith('.md');
    const isRegistry = [AGENCY_REGISTRY, TOPIC_REGISTRY, SITE_SETTING_FILE].includes(entry.name);
    // A symbolic link is what it points to (a file or a folder); one that points nowhere is neither.
    const target = entry.isSymbolicLink() ? await stat(filePath).catch(() => undefined) : entry;
    const isFile = target?.isFile() ?? false;
    if (entry.name.startsWith('.') || !isFile || (!isMinutes && !isRegistry)) {
      loaded.others.push({ path: filePath, folder: target?.isDirectory() ?? false, hidden: entry.name.startsWith('.') });
      continue;
    }
    const file = await readVanishing(filePath, memo);
    if (!file) continue;
    if (entry.name === AGENCY_REGISTRY) loaded.agencies = file;
    else if (entry.name === TOPIC_REGISTRY) loaded.topics = file;
    else if (entry.name === SITE_SETTING_FILE) loaded.setting = file;
    else loaded.minutes.push(file);
  }
  return loaded;
}

/** The folder's failure in Swedish: missing, a file, or not readable; any other failure as it is. */
function folderFailure(dir: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return new UserFacingError(`Mappen "${dir}" finns inte. Ange mappen med minnesanteckningarna, till exempel minutes.`);
  if (code === 'ENOTDIR')
    return new UserFacingError(`"${dir}" är en fil, inte en mapp. Ange mappen med minnesanteckningarna, till exempel minutes.`);
  if (code === 'EACCES' || code === 'EPERM') return new UserFacingError(`Mappen "${dir}" kan inte läsas: behörighet saknas.`);
  return error;
}

/** How many times a file that vanished after the folder was listed is looked for again, and how long between. */
const VANISHED_RETRIES = 5;
const VANISHED_WAIT_MS = 20;

/**
 * Reads a listed file. Editors save by writing a new file and renaming it over the old one, so a file
 * may be missing for a moment: it is read again a few times. A file still missing was deleted while
 * the check ran and is not part of the folder any more (`undefined`); a file that cannot be read for
 * another reason is said in Swedish.
 */
async function readVanishing(filePath: string, memo: SourceMemo | undefined): Promise<SourceFile | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await readSource(filePath, memo);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') throw new UserFacingError(`Filen "${filePath}" kan inte läsas: behörighet saknas.`);
      if (code !== 'ENOENT') throw error;
      if (attempt >= VANISHED_RETRIES) return undefined;
      await delay(VANISHED_WAIT_MS);
    }
  }
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
