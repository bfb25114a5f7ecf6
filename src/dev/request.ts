/**
 * What the preview server accepts of a request before it looks at the disk:
 * the Host header (against DNS rebinding: a page on another site whose name
 * is made to point at 127.0.0.1 sends its own name as Host) and the request
 * target (only origin-form paths, `/…`, with valid percent-encoding). Pure.
 */

/** The host names every local server answers to, whatever it listens on. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** The host names (without port, lower case, IPv6 in brackets) a server listening on `listenHost` accepts in the Host header. */
export function allowedHosts(listenHost: string): Set<string> {
  const own = listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost;
  return new Set([...LOCAL_HOSTS, own.toLowerCase()]);
}

/** True when the Host header `host` names one of `allowed` (any port). A missing or malformed header is refused. */
export function hostAllowed(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!host) return false;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(host.trim());
  return match !== null && allowed.has(match[1]!.toLowerCase());
}

/** A request target the server can serve. */
export interface Target {
  /** The path as sent (still percent-encoded), for redirects: `/moten/2021-01-19`. */
  pathname: string;
  /** The query with its `?`, or empty. */
  search: string;
  /** The path decoded, for the disk: `/möten/…`. Never contains a NUL. */
  decoded: string;
}

/**
 * The request target `raw` (the request line's target) as a path, or undefined when it is not one
 * the server serves: anything but origin-form (`*`, `http://host/…`, `//host/…`), a backslash
 * (which browsers read as a slash in a redirect), invalid percent-encoding, or an encoded NUL.
 */
export function parseTarget(raw: string | undefined): Target | undefined {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\') || raw.includes('#')) return undefined;
  const query = raw.indexOf('?');
  const pathname = query === -1 ? raw : raw.slice(0, query);
  const search = query === -1 ? '' : raw.slice(query);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  return { pathname, search, decoded };
}
