/**
 * Template filters: small pure functions, registered by the site plugin.
 */

export { agencyLabel } from '../core/model.ts';
export { rfc3339, swedishDate } from '../core/dates.ts';
export { absoluteUrl } from '../core/urls.ts';
export { partsText } from './excerpt.ts';

/** A count with its noun: `count(1, 'punkt', 'punkter')` → `1 punkt`. */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
