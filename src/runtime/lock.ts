/**
 * A lock file that one process at a time holds: it holds the PID of its
 * holder, is created with that content in one step (written under a private
 * name beside it, then hard-linked into place), so it is never empty, and is
 * removed when the holder gives it up or exits. A lock whose process is gone
 * is taken over. The build holds one per site (`site.lock`, see
 * `build/publish.ts`), so that two builds of one site never run at once.
 *
 * The private files beside a lock are named `<lock>.<pid>.<n>` (the lock
 * being written) and `<lock>.stale-<pid>` (a dead holder's lock being moved
 * aside); {@link isStaleLockPart} tells one left by a process that is gone.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { processAlive } from './processes.ts';

/** A running process holds the lock: {@link acquireLock} refuses. */
export class LockHeldError extends Error {
  override name = 'LockHeldError';

  constructor(
    /** The lock file. */
    readonly file: string,
    /** The process that holds it, when it could be read. */
    readonly pid: number | undefined,
  ) {
    super(`The lock ${file} is held${pid ? ` by process ${pid}` : ''}.`);
  }
}

/** A lock held by this process. */
export interface Lock {
  /** The lock file. */
  file: string;
  /** Gives the lock up (removes the file if it is still ours). */
  release(): Promise<void>;
}

/** The lock files this process holds: removed on exit, also when a signal handler calls `process.exit`. */
const held = new Set<string>();
let exitHookInstalled = false;
/** Numbers this process's private lock files, so that attempts in one process do not share one. */
let attempts = 0;

/** Removes the lock files this process holds, synchronously (for the `exit` event). */
function releaseHeldSync(): void {
  for (const file of held) {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // Already gone.
    }
  }
  held.clear();
}

/** The PID written in a lock file's text, or undefined. */
function pidIn(text: string): number | undefined {
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

const errorCode = (failure: unknown) => (failure as NodeJS.ErrnoException).code;

/**
 * Takes the lock `file` (its folder is created if missing). Throws {@link LockHeldError} when a running
 * process holds it; a lock left by a process that is gone, or holding no PID, is taken over.
 */
export async function acquireLock(file: string): Promise<Lock> {
  const mine = `${file}.${process.pid}.${attempts++}`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(mine, file);
        held.add(file);
        if (!exitHookInstalled) {
          process.on('exit', releaseHeldSync);
          exitHookInstalled = true;
        }
        return {
          file,
          async release() {
            held.delete(file);
            const text = await readFile(file, 'utf8').catch(() => '');
            if (pidIn(text) === process.pid) await rm(file, { force: true });
          },
        };
      } catch (failure) {
        if (errorCode(failure) !== 'EEXIST') throw failure;
      }
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (failure) {
        if (errorCode(failure) === 'ENOENT') continue; // Released meanwhile: try again.
        throw failure;
      }
      const holder = pidIn(text);
      if (holder !== undefined && (holder === process.pid || processAlive(holder))) throw new LockHeldError(file, holder);
      await takeOver(file, text);
    }
    throw new LockHeldError(file, undefined);
  } finally {
    await rm(mine, { force: true });
  }
}

/**
 * Moves a stale lock (with text `staleText`) aside. If another process replaced it with its own live
 * lock in the meantime, that lock is put back and this attempt refuses.
 */
async function takeOver(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch (failure) {
    if (errorCode(failure) === 'ENOENT') return;
    throw failure;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  const mover = pidIn(moved);
  if (moved !== staleText && mover !== undefined && processAlive(mover)) {
    await link(aside, file).catch(() => undefined);
    await rm(aside, { force: true });
    throw new LockHeldError(file, mover);
  }
  await rm(aside, { force: true });
}

/**
 * True when `name`, a file beside the lock `file`, is one of the lock's private files (see the top of
 * this module) and the process that wrote it is gone: it is left over and may be removed.
 */
export function isStaleLockPart(file: string, name: string): boolean {
  const prefix = `${path.basename(file)}.`;
  if (!name.startsWith(prefix)) return false;
  const owner = /^(?:stale-)?(\d+)(?:\.\d+)?$/.exec(name.slice(prefix.length));
  if (!owner) return false;
  const pid = Number(owner[1]);
  return pid !== process.pid && !processAlive(pid);
}
