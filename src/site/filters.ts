/**
 * Template filters: small pure functions, registered by the site plugin.
 */

export { agencyLabel } from '../core/model.ts';
export { rfc3339, swedishDate } from '../core/dates.ts';

/** A count with its noun: `count(1, 'punkt', 'punkter')` → `1 punkt`. */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * An absolute URL for feeds and sitemaps: the site's address, the path prefix
 * and the path (`https://example.se` + `/arkiv/` + `/moten/2021-01-19/`).
 */
export function absoluteUrl(path: string, siteUrl: string, pathPrefix = '/'): string {
  const base = siteUrl.replace(/\/+$/, '');
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  return `${base}${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
