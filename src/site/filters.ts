/**
 * Template filters: small pure functions, registered by the site plugin.
 */

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** `2021-01-19` → `19 januari 2021`. */
export function swedishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`Not a date: ${iso}`);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** `2021-01-19` → `2021-01-19T00:00:00Z`, for Atom and sitemaps. */
export function rfc3339(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00Z`;
}

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

/** The name to show for an agency: its short name, else its name. */
export function agencyLabel(agency: { name: string; shortName: string | null }): string {
  return agency.shortName ?? agency.name;
}
