/**
 * What each page read of the archive while it was rendered, so that a later
 * build renders again only the pages whose data changed (issue 22; the plan is
 * `build/incremental.ts`).
 *
 * The templates get the archive through a proxy ({@link ReadTracker.wrap}):
 * while a page renders (its content and its layout, run inside
 * {@link ReadTracker.run}), every property the page reads is recorded as a
 * path (`peopleById␀p-anders-tegnell␀name`). An object read on the way is
 * recorded as being an object, and its own properties as they are read; a list,
 * a text or a number is recorded whole; an object whose keys a page lists
 * (a loop over it) is recorded whole. A template is a pure function of what it
 * reads, its pagination item and the site's settings, so a page whose paths all
 * have the same values in the new data, with the same item, reads the same
 * paths again and writes the same file.
 *
 * Reads outside a page (Eleventy resolving a pagination list) are not recorded.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

/** Separates the keys of a recorded path. */
const SEPARATOR = '\u0000';
/** Ends a path whose value counts whole (its keys were listed), not only as being an object. */
const WHOLE = '\u0001';

/** What one page read: its template, the pagination list and item it was made from, and the paths. */
export interface PageReads {
  /** The page's template (Eleventy's `page.inputPath`). */
  template: string;
  /** The pagination list it was made from (`renderMeetings`), or undefined for a page of its own. */
  list: string | undefined;
  /** {@link valueKey} of the page's pagination items, or undefined. */
  item: string | undefined;
  paths: Set<string>;
}

/** A plain object: its properties are tracked one by one. Lists and class instances count whole. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** The keys of the objects and lists already keyed: the archive is not changed while a build keys it. */
const KEYS = new WeakMap<object, string>();

/** The key's text of `value` inside a list or object: a primitive as JSON, an object or list as its own key. */
function partText(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? String(value);
  return objectKey(value);
}

/** The key of an object or list: the hash of its parts' texts, each object or list in it keyed once however often it occurs. */
function objectKey(value: object): string {
  let key = KEYS.get(value);
  if (key !== undefined) return key;
  const json = (value as { toJSON?: () => unknown }).toJSON;
  let text: string;
  if (typeof json === 'function') text = `J${JSON.stringify(value)}`;
  else if (Array.isArray(value)) text = `[${value.map((part) => partText(part) ?? 'null').join(',')}]`;
  else {
    const record = value as Record<string, unknown>;
    const parts = Object.keys(record).flatMap((name) => {
      const part = partText(record[name]);
      return part === undefined ? [] : [`${JSON.stringify(name)}:${part}`];
    });
    text = `{${parts.join(',')}}`;
  }
  key = createHash('sha1').update(text).digest('base64url').slice(0, 16);
  KEYS.set(value, key);
  return key;
}

/**
 * A short, stable key of a value, equal for equal values (as JSON sees them) in this build and the next. An object or
 * list met again (the archive shares its meetings and items between lists) is not hashed again.
 */
export function valueKey(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value !== 'object' || value === null) return createHash('sha1').update(partText(value) ?? '').digest('base64url').slice(0, 16);
  return objectKey(value);
}

/** The key of what `path` reads in `root` now: a plain object on the way counts as one, unless the path counts it whole. */
export function pathKey(root: object, path: string): string {
  const whole = path.endsWith(WHOLE);
  const body = whole ? path.slice(0, -1) : path;
  const keys = body === '' ? [] : body.split(SEPARATOR);
  let value: unknown = root;
  for (const key of keys) {
    if (value === null || value === undefined) return valueKey(undefined);
    value = (value as Record<string, unknown>)[key];
  }
  return !whole && isPlainObject(value) ? 'object' : valueKey(value);
}

/** Records what each page reads of one archive (see the module's comment). */
export class ReadTracker {
  private readonly current = new AsyncLocalStorage<PageReads>();
  /** What each page read, by its output path. */
  readonly pages = new Map<string, PageReads>();

  /** The archive as the templates get it: reads through it during {@link run} are recorded. */
  wrap<T extends object>(archive: T): T {
    return this.proxy(archive, '');
  }

  /**
   * Runs `render` as the page `outputPath` (from `template`, made from `list`'s `items`, when paginated): what it
   * reads of the wrapped archive, also after awaiting, is recorded for that page.
   */
  run<T>(outputPath: string, page: { template: string; list?: string | undefined; items?: unknown }, render: () => T): T {
    let reads = this.pages.get(outputPath);
    if (!reads) {
      reads = {
        template: page.template,
        list: page.list,
        item: page.list === undefined ? undefined : valueKey(page.items),
        paths: new Set(),
      };
      this.pages.set(outputPath, reads);
    }
    return this.current.run(reads, render);
  }

  private proxy<T extends object>(target: T, prefix: string): T {
    const record = (key: string, whole = false) => this.current.getStore()?.paths.add(`${prefix}${key}${whole ? WHOLE : ''}`);
    const own = prefix.slice(0, -1);
    return new Proxy(target, {
      get: (object, key, receiver) => {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof key !== 'string' || !this.current.getStore()) return value;
        record(key);
        return isPlainObject(value) ? this.proxy(value, `${prefix}${key}${SEPARATOR}`) : value;
      },
      has: (object, key) => {
        if (typeof key === 'string') record(key);
        return Reflect.has(object, key);
      },
      ownKeys: (object) => {
        // Listing the keys (a loop, JSON) depends on all of them: the object counts whole.
        if (this.current.getStore()) this.current.getStore()!.paths.add(prefix ? `${own}${WHOLE}` : WHOLE);
        return Reflect.ownKeys(object);
      },
    });
  }
}
