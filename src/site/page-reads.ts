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

/**
 * A 120-bit string hash fed piece by piece (four 32-bit lanes, each with its own multiplier, finished with
 * MurmurHash3's mixing), written as 20 characters of 6 bits each: many times cheaper than a crypto hash for the
 * archive's hundreds of thousands of small objects, and with no collision to fear at this size (a key decides only
 * whether a page is rendered again).
 */
class Hasher {
  private h1 = 0xdeadbeef ^ 1;
  private h2 = 0x41c6ce57 ^ 2;
  private h3 = 0xdeadbeef ^ 3;
  private h4 = 0x41c6ce57 ^ 4;

  /** Feeds `text`, after its length, so that two pieces never read as one. */
  add(text: string): void {
    this.char(text.length);
    for (let i = 0; i < text.length; i++) this.char(text.charCodeAt(i));
  }

  private char(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 2654435761);
    this.h2 = Math.imul(this.h2 ^ c, 1597334677);
    this.h3 = Math.imul(this.h3 ^ c, 2246822519);
    this.h4 = Math.imul(this.h4 ^ c, 3266489917);
  }

  /** The key of what was fed. */
  digest(): string {
    // Each lane mixed with the others, so that a change in one piece moves every character.
    const a = mix(this.h1 ^ this.h3);
    const b = mix(this.h2 ^ a);
    const c = mix(this.h3 ^ b);
    const d = mix(this.h4 ^ c);
    return `${sixes(a)}${sixes(b)}${sixes(c)}${sixes(d)}`;
  }
}

/** MurmurHash3's finishing mix of a 32-bit value. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The 64 characters of a key: letters, digits, `-` and `_`. */
const KEY_CHARACTERS = [...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_'].map((c) => c.charCodeAt(0));

/** The low 30 bits of `h` as five key characters (a number's radix conversion was most of the hashing's time). */
function sixes(h: number): string {
  return String.fromCharCode(
    KEY_CHARACTERS[h & 63]!,
    KEY_CHARACTERS[(h >>> 6) & 63]!,
    KEY_CHARACTERS[(h >>> 12) & 63]!,
    KEY_CHARACTERS[(h >>> 18) & 63]!,
    KEY_CHARACTERS[(h >>> 24) & 63]!,
  );
}

/** The keys of the objects and lists already keyed: the archive is not changed while a build keys it. */
const KEYS = new WeakMap<object, string>();

/** A value JSON leaves out of an object (and writes as null in a list). */
const skipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Feeds one value of a list or object: a primitive by its type and text, an object or list by its own key. */
function addPart(hasher: Hasher, value: unknown): void {
  if (skipped(value) || value === null) hasher.add('null');
  else if (typeof value === 'string') {
    hasher.add('s');
    hasher.add(value);
  } else if (typeof value === 'object') hasher.add(objectKey(value));
  else hasher.add(`${typeof value}${String(value)}`);
}

/** The key of an object or list: the hash of its parts, each object or list in it keyed once however often it occurs. */
function objectKey(value: object): string {
  const known = KEYS.get(value);
  if (known !== undefined) return known;
  const hasher = new Hasher();
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') hasher.add(`J${JSON.stringify(value)}`);
  else if (Array.isArray(value)) {
    hasher.add('[');
    for (const part of value) addPart(hasher, part);
  } else {
    hasher.add('{');
    const record = value as Record<string, unknown>;
    for (const name of Object.keys(record)) {
      const part = record[name];
      if (skipped(part)) continue;
      hasher.add(name);
      addPart(hasher, part);
    }
  }
  const key = hasher.digest();
  KEYS.set(value, key);
  return key;
}

/**
 * A short, stable key of a value, equal for equal values (as JSON sees them) in this build and the next. An object or
 * list met again (the archive shares its meetings and items between lists) is not hashed again.
 */
export function valueKey(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value !== 'object' || value === null) {
    const hasher = new Hasher();
    addPart(hasher, value);
    return hasher.digest();
  }
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

  /** The proxies made, by object and path: a template that reads the same object again gets the same proxy. */
  private readonly proxies = new WeakMap<object, Map<string, object>>();

  /** The page being rendered, if any. */
  reading(): PageReads | undefined {
    return this.current.getStore();
  }

  /** The proxy of `target` reached by the path `prefix` (its keys, each followed by the separator). */
  proxy<T extends object>(target: T, prefix: string): T {
    let byPrefix = this.proxies.get(target);
    if (!byPrefix) {
      byPrefix = new Map();
      this.proxies.set(target, byPrefix);
    }
    const made = byPrefix.get(prefix);
    if (made) return made as T;
    const proxy = new Proxy(target, new ReadHandler(this, prefix) as ProxyHandler<T>);
    byPrefix.set(prefix, proxy);
    return proxy;
  }
}

/**
 * The proxy handler of one object at one path: records the paths of what is read through it. A class, so that
 * the many proxies share its methods, and each keeps the path texts it made.
 */
class ReadHandler implements ProxyHandler<object> {
  /** Each key's recorded path, made once. */
  private readonly paths = new Map<string, string>();

  constructor(
    private readonly tracker: ReadTracker,
    private readonly prefix: string,
  ) {}

  private pathOf(key: string): string {
    let path = this.paths.get(key);
    if (path === undefined) {
      path = `${this.prefix}${key}`;
      this.paths.set(key, path);
    }
    return path;
  }

  get(object: object, key: string | symbol, receiver: unknown): unknown {
    const value: unknown = Reflect.get(object, key, receiver);
    if (typeof key !== 'string') return value;
    const reads = this.tracker.reading();
    if (!reads) return value;
    const path = this.pathOf(key);
    reads.paths.add(path);
    return isPlainObject(value) ? this.tracker.proxy(value, `${path}${SEPARATOR}`) : value;
  }

  has(object: object, key: string | symbol): boolean {
    if (typeof key === 'string') this.tracker.reading()?.paths.add(this.pathOf(key));
    return Reflect.has(object, key);
  }

  ownKeys(object: object): ArrayLike<string | symbol> {
    // Listing the keys (a loop, JSON) depends on all of them: the object counts whole.
    this.tracker.reading()?.paths.add(this.prefix ? `${this.prefix.slice(0, -1)}${WHOLE}` : WHOLE);
    return Reflect.ownKeys(object);
  }
}
