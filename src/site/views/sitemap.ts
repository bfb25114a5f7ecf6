/** The sitemap: the path of every HTML page but the 404 page. Pure. */
import type { ArchiveIndex } from '../../core/index-schema.ts';
import { STATIC_PAGES } from '../../core/urls.ts';

/**
 * The paths of every page, in the sitemap's order: the static pages, the meetings, the years, then
 * the pages of the listings that were made (`listingPages`: the topic, agency and person pages, the
 * question listings, the outcome listing; none in a quick rebuild).
 */
export function sitemap(index: Pick<ArchiveIndex, 'meetings' | 'years'>, listingPages: readonly { url: string }[]): string[] {
  return [...STATIC_PAGES, ...index.meetings.map((m) => m.url), ...index.years.map((y) => y.url), ...listingPages.map((p) => p.url)];
}
