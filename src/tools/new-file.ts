/**
 * Listing the minutes folder and making a new minutes file in it, for `npm run new` and `npm run import`:
 * when the folder cannot be read or the file cannot be made, a Swedish sentence naming the path and what
 * to do (a {@link UserFacingError}, exit code 1), never a stack trace.
 */
import { chmod, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../core/failure.ts';

const codeOf = (failure: unknown): string | undefined => {
  const code = (failure as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * The minutes folder `dir` could not be listed: missing, a file, or not readable, in Swedish (exit code 1).
 * Any other failure is given back as it is.
 */
export function folderFailure(failure: unknown, dir: string): unknown {
  const code = codeOf(failure);
  const give = 'Ange mappen med minnesanteckningarna med --mapp, till exempel --mapp minutes. Ingenting skrevs.';
  if (code === 'ENOENT') return new UserFacingError(`Mappen "${dir}" finns inte. ${give}`);
  if (code === 'ENOTDIR') return new UserFacingError(`"${dir}" är en fil, inte en mapp. ${give}`);
  if (code === 'EACCES' || code === 'EPERM') return new UserFacingError(`Mappen "${dir}" kan inte läsas: behörighet saknas. ${give}`);
  return failure;
}

/**
 * The new minutes file `file` could not be made (it is written only if nothing is there): what was in the
 * way and what to do, in Swedish (exit code 1). A failure without an error code is given back as it is.
 */
export function writeFailure(failure: unknown, file: string): unknown {
  const code = codeOf(failure);
  if (code === undefined) return failure;
  const dir = path.dirname(file);
  const nothing = 'Ingenting skrevs.';
  const messages: Record<string, string> = {
    EEXIST: `Det finns redan en fil eller mapp som heter "${file}". Ingenting skrevs över; flytta den eller byt namn på den och försök igen.`,
    EISDIR: `"${file}" är en mapp, inte en fil. Ingenting skrevs över; flytta mappen eller byt namn på den och försök igen.`,
    ENOENT: `Mappen "${dir}" finns inte, så "${file}" kunde inte skapas. Ange mappen med minnesanteckningarna med --mapp, till exempel --mapp minutes. ${nothing}`,
    ENOTDIR: `"${dir}" är inte en mapp (en del av sökvägen är en fil), så "${file}" kunde inte skapas. Ange mappen med minnesanteckningarna med --mapp. ${nothing}`,
    EACCES: `"${file}" kunde inte skapas: du har inte behörighet att skriva i mappen "${dir}". Be om skrivbehörighet till mappen, eller ange en annan mapp med --mapp. ${nothing}`,
    EROFS: `"${file}" kunde inte skapas: disken med mappen "${dir}" är skrivskyddad. Arbeta i en kopia av arkivet på en disk som går att skriva på. ${nothing}`,
    ENOSPC: `"${file}" kunde inte skapas: disken är full. Frigör utrymme och försök igen. ${nothing}`,
    ENAMETOOLONG: `"${file}" kunde inte skapas: sökvägen är för lång. Flytta arkivet till en mapp med kortare sökväg. ${nothing}`,
  };
  messages.EPERM = messages.EACCES!;
  messages.EDQUOT = messages.ENOSPC!;
  return new UserFacingError(messages[code] ?? `"${file}" kunde inte skapas (felkod ${code}). ${nothing}`);
}

/**
 * The names of the files in the minutes folder `dir` (not its folders: a folder named like minutes is in the
 * way of a new file, which {@link writeNewFile} says); a folder that is missing, a file or unreadable is said in Swedish.
 */
export async function listMinutesFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((failure: unknown) => {
    throw folderFailure(failure, dir);
  });
  return entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name);
}

/**
 * Writes `text` to `file` only if nothing is there yet. What stands in the way is said in Swedish
 * ({@link writeFailure}); a file half written when the disk filled up is removed.
 */
export async function writeNewFile(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (failure) {
    const code = codeOf(failure);
    if (code === 'ENOSPC' || code === 'EDQUOT') await rm(file, { force: true }).catch(() => undefined);
    throw writeFailure(failure, file);
  }
}

/**
 * Writes `text` over the file `file` (the import replacing the untouched template of npm run new, or with
 * `--ersatt`): through a new file beside it and one rename, so a crash or a full disk leaves the old file
 * whole, with its permissions kept; what stands in the way is said in Swedish ({@link writeFailure}).
 */
export async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const { mode } = await stat(file);
    await writeFile(temporary, text, { flag: 'wx' });
    await chmod(temporary, mode & 0o7777);
    await rename(temporary, file);
  } catch (failure) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeFailure(failure, file);
  }
}
