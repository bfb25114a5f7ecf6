/**
 * Template filters: small pure functions, registered by the site plugin.
 */

export { agencyLabel } from '../core/agency-names.ts';
export { count } from '../core/count.ts';
export { rfc3339, swedishDate } from '../core/dates.ts';
export { absoluteUrl, withPathPrefix } from '../core/urls.ts';
export { partsText } from './excerpt.ts';
