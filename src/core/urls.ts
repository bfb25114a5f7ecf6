/**
 * The site's addresses: the path of every page and data file, from the site's
 * root, and where the site is published (its address and path prefix). The one
 * place that spells `/moten/`, `/amnen/` and the rest: the index, the search
 * records, the view data, the templates (through the `urls` global data) and
 * the preview server all take their paths from here.
 */

/** The pages that do not come from the index, in the order the sitemap lists them, and the 404 page. */
export const PAGES = {
  home: '/',
  meetings: '/moten/',
  topics: '/amnen/',
  agencies: '/aktorer/',
  people: '/personer/',
  search: '/sok/',
  accessibility: '/tillganglighetsredogorelse/',
  guide: '/sa-lagger-du-till-ett-mote/',
  about: '/om-arkivet/',
  notFound: '/404.html',
} as const;

/** The data files the build publishes beside the pages. */
export const DATA_FILES = {
  /** The Atom feed of new meetings. */
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
  /** The structured index and its JSON Schema. */
  index: '/index.json',
  indexSchema: '/index.schema.json',
} as const;

/** Where the year pages live: `/ar/2021/`. */
const YEARS = '/ar/';

/**
 * Listings across meetings that the index does not hold as entities, each with
 * further pages (`sida-2/` …). The sitemap lists them from the view data.
 */
export const LISTINGS = {
  /** "Frågor och svar": every question, newest first; by topic and by answering agency below it. */
  questions: '/fragor/',
  /** "Beslut och uppföljning": every decision and follow-up, newest first. */
  outcomes: '/uppfoljning/',
} as const;

/** The parts of a question listing's path after `/fragor/` that name its topic or agency. */
const QUESTIONS_BY = { topic: 'amnen/', agency: 'aktorer/' } as const;

/** The name of a listing's further pages: `sida-2/`, `sida-3/` … */
const LISTING_PAGE = 'sida-';

/** The file name of a topic's Atom feed, in the topic's folder. */
const TOPIC_FEED = 'feed.xml';

/** Paths of every page and data file, from the site root. Templates get this object as `urls`. */
export const urls = {
  ...PAGES,
  ...DATA_FILES,
  ...LISTINGS,
  /** A meeting's page: `/moten/2021-01-19/`. */
  meeting: (meetingId: string) => `${PAGES.meetings}${meetingId}/`,
  /** An item on its meeting's page: `/moten/2021-01-19/#besoksforbud`. */
  item: (meetingId: string, anchor: string) => `${urls.meeting(meetingId)}#${anchor}`,
  /** A topic's page: `/amnen/besoksforbud/`. */
  topic: (topicId: string) => `${PAGES.topics}${topicId}/`,
  /** A topic's Atom feed: `/amnen/besoksforbud/feed.xml`. */
  topicFeed: (topicId: string) => `${urls.topic(topicId)}${TOPIC_FEED}`,
  /** An agency's page: `/aktorer/fohm/`. */
  agency: (agencyId: string) => `${PAGES.agencies}${agencyId}/`,
  /** A person's page: `/personer/anders-tegnell/`. */
  person: (personId: string) => `${PAGES.people}${personId}/`,
  /** A year's page: `/ar/2021/`. */
  year: (year: number) => `${YEARS}${year}/`,
  /** The questions on a topic: `/fragor/amnen/besoksforbud/`. */
  topicQuestions: (topicId: string) => `${LISTINGS.questions}${QUESTIONS_BY.topic}${topicId}/`,
  /** The questions an agency answered: `/fragor/aktorer/fohm/`. */
  agencyQuestions: (agencyId: string) => `${LISTINGS.questions}${QUESTIONS_BY.agency}${agencyId}/`,
  /** Page `number` of a listing whose first page is `firstPage`: `firstPage` itself, then `…/sida-2/`, `…/sida-3/` … */
  listingPage: (firstPage: string, number: number) => (number === 1 ? firstPage : `${firstPage}${LISTING_PAGE}${number}/`),
};

/** The pages that do not come from the index and belong in the sitemap (every one but the 404 page), in its order. */
export const STATIC_PAGES: readonly string[] = Object.values(PAGES).filter((page) => page !== PAGES.notFound);

/** Where the site is published. */
export interface Deployment {
  /** The site's address without a path, for absolute URLs in feeds and the sitemap, for example `https://arkiv.example`. */
  siteUrl: string;
  /** The sub-path the site is served under, `/` or for example `/arkiv/`. */
  pathPrefix: string;
}

/** The site's address when `SITE_URL` is not set: the preview server's. */
export const DEFAULT_SITE_URL = 'http://localhost:8080';

/** The deployment an environment gives (`SITE_URL`, `PATH_PREFIX`), with the defaults for what it does not. */
export function deploymentFromEnv(env: Readonly<Record<string, string | undefined>>): Deployment {
  return { siteUrl: env.SITE_URL?.trim() || DEFAULT_SITE_URL, pathPrefix: normalizePathPrefix(env.PATH_PREFIX ?? '/') };
}

/** A path prefix in its one shape, with a slash at each end: `arkiv` → `/arkiv/`, `` and `/` → `/`. */
export function normalizePathPrefix(pathPrefix: string): string {
  const inner = pathPrefix.trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** A path from the site root as it is served under the prefix: `/moten/` under `/arkiv/` → `/arkiv/moten/`. */
export function withPathPrefix(path: string, pathPrefix: string): string {
  return `${normalizePathPrefix(pathPrefix).slice(0, -1)}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * An absolute URL for feeds and sitemaps: the site's address, the path prefix
 * and the path (`https://example.se` + `/arkiv/` + `/moten/2021-01-19/`).
 */
export function absoluteUrl(path: string, siteUrl: string, pathPrefix = '/'): string {
  return `${siteUrl.replace(/\/+$/, '')}${withPathPrefix(path, pathPrefix)}`;
}

/** The file a data file's path names, relative to the site folder: `/index.json` → `index.json`. */
export function siteFile(path: string): string {
  return path.replace(/^\/+/, '');
}
