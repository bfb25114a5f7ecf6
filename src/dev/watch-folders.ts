/**
 * The preview's watch over `minutes/` and `templates/`, by path rather than by the folder that happened
 * to be there when it started. inotify follows a folder's inode: after `mv minutes m && cp -r m minutes`
 * a plain watch reports saves in `m` and never one in the new `minutes/`. So each root's identity (its
 * device and inode) is looked at twice a second; when it changed, or the root went and came back, or a
 * watcher failed, every watcher of that root is set up again on what the path holds now, and the root
 * itself is reported as changed (the preview then rebuilds from it). A new subfolder gets its own watcher
 * as soon as an event names it.
 */
import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** How often each root's identity is looked at (ms). */
export const ROOT_CHECK_MS = 500;

/** What watches the roots; `close` stops all of it. */
export interface FolderWatch {
  close(): void;
  /** How many times a replaced root has been watched anew so far. */
  readonly renewals: number;
}

/** The identity of a folder, or undefined when the path holds none. */
async function identity(dir: string): Promise<string | undefined> {
  const info = await stat(dir).catch(() => undefined);
  return info?.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
}

/** The root and every folder under it, or only the root when it cannot be listed. */
async function foldersOf(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return [root, ...entries.filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name))];
}

/**
 * Watches every folder under each of `roots` (each on its own: Node's recursive watching on Linux sets
 * itself up asynchronously and can miss the first save), resolved once the watchers are in place.
 * `changed` gets the path of each file or folder an event names, and a root's path when the root was
 * replaced.
 */
export async function watchFolders(roots: readonly string[], changed: (file: string) => void): Promise<FolderWatch> {
  /** Per root, the watcher of each folder under it. */
  const watchers = new Map<string, Map<string, FSWatcher>>();
  const identities = new Map<string, string | undefined>();
  let closed = false;
  let renewals = 0;

  const watchOne = (root: string, dir: string) => {
    const own = watchers.get(root);
    if (closed || !own || own.has(dir)) return;
    try {
      const watcher = watch(dir, (event, file) => {
        const full = path.join(dir, file ?? '');
        changed(full);
        // A folder made or moved in gets its own watcher.
        if (event === 'rename' && file) {
          void stat(full).then(
            (info) => info.isDirectory() && watchOne(root, full),
            () => undefined,
          );
        }
      });
      // A watched folder that is removed is no reason to stop the preview: the root's check renews it.
      watcher.on('error', () => {
        watcher.close();
        if (own.get(dir) === watcher) own.delete(dir);
      });
      own.set(dir, watcher);
    } catch {
      // The folder went between its listing and its watch; the root's check renews the watch.
    }
  };

  const setUp = async (root: string) => {
    for (const watcher of watchers.get(root)?.values() ?? []) watcher.close();
    watchers.set(root, new Map());
    identities.set(root, await identity(root));
    for (const dir of await foldersOf(root)) watchOne(root, dir);
  };

  for (const root of roots) await setUp(root);

  let checking = false;
  const timer = setInterval(() => {
    if (checking || closed) return;
    checking = true;
    void (async () => {
      for (const root of roots) {
        const now = await identity(root);
        if (now === identities.get(root)) continue;
        await setUp(root);
        if (now !== undefined) {
          renewals++;
          changed(root);
        }
      }
    })().finally(() => (checking = false));
  }, ROOT_CHECK_MS);
  timer.unref();

  return {
    close() {
      closed = true;
      clearInterval(timer);
      for (const own of watchers.values()) for (const watcher of own.values()) watcher.close();
      watchers.clear();
    },
    get renewals() {
      return renewals;
    },
  };
}
