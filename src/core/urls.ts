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
  itGuide: '/redaktionen-for-it/',
  about: '/om-arkivet/',
  notFound: '/404.html',
} as const;

/** The data files the build publishes beside the pages. */
export const DATA_FILES = {
  /** The Atom feed of new meetings. */
  feed: '/feed.xml',
  /** The XSL stylesheet every Atom feed names, so that a browser shows a feed as a Swedish page about following it. */
  feedStyle: '/feed.xsl',
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

/** The file name of a topic's, agency's or person's Atom feed, in the folder of its page. */
const ENTRY_FEED = 'feed.xml';

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
  topicFeed: (topicId: string) => `${urls.topic(topicId)}${ENTRY_FEED}`,
  /** An agency's page: `/aktorer/fohm/`. */
  agency: (agencyId: string) => `${PAGES.agencies}${agencyId}/`,
  /** A person's page: `/personer/anders-tegnell/`. */
  person: (personId: string) => `${PAGES.people}${personId}/`,
  /** An agency's Atom feed: `/aktorer/fohm/feed.xml`. */
  agencyFeed: (agencyId: string) => `${urls.agency(agencyId)}${ENTRY_FEED}`,
  /** A person's Atom feed: `/personer/anders-tegnell/feed.xml`. */
  personFeed: (personId: string) => `${urls.person(personId)}${ENTRY_FEED}`,
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

/**
 * The ids a meeting page gives its own elements (the layout's main and header search, the agenda, the
 * outcomes, the preview's message box): a content anchor never takes one, so that a heading called
 * "Innehåll" or "Sök sidhuvud" gets `innehall-2`, and its deep link, "Kopiera länk" and search results
 * land on the heading, not on `<main>`. `test/core/urls.test.ts` reads the templates to keep this list whole.
 */
export const PAGE_IDS = {
  main: 'innehall',
  headerSearch: 'sok-sidhuvud',
  agenda: 'Dagordning',
  agendaHeading: 'Dagordning-rubrik',
  outcomes: 'Beslut-och-uppfoljning',
  notice: 'minnesarkivet-meddelanden',
  noticeHeading: 'minnesarkivet-meddelanden-rubrik',
} as const;

/** {@link PAGE_IDS} as a set: the anchors a meeting's headings start from as taken. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.values(PAGE_IDS));

/** The site's address in the preview (`npm start`), and in a build that is not for publication: the preview server's. */
export const DEFAULT_SITE_URL = 'http://localhost:8080';

/**
 * Why `text` cannot be the site's public address (Swedish, fits "Adressen … kan inte användas: …"), or
 * undefined when it can: an absolute `https://` or `http://` address with a host, without user, query or
 * fragment, and with only the characters a path may hold unencoded.
 */
export function siteUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'det är ingen fullständig webbadress; skriv den som https://arkiv.example.se/';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `den börjar med ${url.protocol} men ska börja med https://`;
  if (!url.hostname) return 'den saknar värdnamn';
  if (url.username || url.password) return 'den innehåller användarnamn eller lösenord';
  if (url.search || url.hash || /[?#]/.test(text)) return 'den innehåller ? eller #, som inte hör till en webbplats adress';
  if (!/^https?:\/\/[^\s"'<>\\]+$/i.test(text.trim()))
    return 'den innehåller mellanslag, citattecken eller andra tecken som inte får stå i en adress';
  return pathPrefixProblem(url.pathname);
}

/**
 * Why `prefix` cannot be the path the site is served under (Swedish), or undefined: segments of letters
 * a–z, digits and `-._~`, and never `.` or `..`.
 */
export function pathPrefixProblem(prefix: string): string | undefined {
  const segments = prefix.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '.' || segment === '..') return `sökvägen innehåller "${segment}"`;
    if (!/^[A-Za-z0-9._~-]+$/.test(segment)) return `sökvägens del "${segment}" får bara innehålla a–z, siffror och - . _ ~`;
  }
  return undefined;
}

/** A deployment setting that cannot be used, with a Swedish message that says which setting to fix. */
export class DeploymentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeploymentError';
  }
}

/**
 * Where the site's address and path prefix may come from, in order: `SITE_URL`, the site setting's `url`,
 * then `PAGES_URL` (the forge's own Pages address, which the CI workflows pass: GitLab's `CI_PAGES_URL`,
 * GitHub's `configure-pages` base URL).
 */
export interface DeploymentSources {
  /** `SITE_URL`, `PAGES_URL` and `PATH_PREFIX` (and `npm run build -- --path-prefix`, passed as `PATH_PREFIX`). */
  env: Readonly<Record<string, string | undefined>>;
  /** The site setting's `url` (`minutes/webbplats.yml`), when it has one. */
  settingUrl?: string;
  /** True for the preview and other builds not meant for publication: without an address they use {@link DEFAULT_SITE_URL}. */
  preview: boolean;
}

/** Where the setting that gives the address is, for messages. */
export const SITE_SETTING_FILE = 'webbplats.yml';

/**
 * The deployment: `SITE_URL` or the site setting's `url` (its path is the path prefix, unless `PATH_PREFIX`
 * says another). Throws {@link DeploymentError} for an address or prefix that cannot be used, and, unless
 * `preview`, when there is no address at all: a site published with `localhost` in its feeds is broken.
 */
export function resolveDeployment(sources: DeploymentSources): Deployment {
  const fromEnv = sources.env.SITE_URL?.trim();
  const fromSetting = sources.settingUrl?.trim();
  const fromPages = sources.env.PAGES_URL?.trim();
  const written = fromEnv || fromSetting || fromPages;
  const where = fromEnv ? 'SITE_URL' : fromSetting ? `url i ${SITE_SETTING_FILE}` : 'PAGES_URL';
  if (!written && !sources.preview) {
    throw new DeploymentError(
      `Webbplatsens adress saknas, så flöden, webbplatskartan och utskrifter skulle peka på ${DEFAULT_SITE_URL}. Fyll i url i minutes/${SITE_SETTING_FILE} (i Redaktionen: Inställningar → Webbplatsen → Adress), till exempel url: https://minnesarkiv.example.se/, eller ange SITE_URL.`,
    );
  }
  const address = written || DEFAULT_SITE_URL;
  const problem = siteUrlProblem(address);
  if (problem) throw new DeploymentError(`Adressen "${address}" (${where}) kan inte användas: ${problem}.`);
  const url = new URL(address);
  const prefix = (sources.env.PATH_PREFIX ?? url.pathname).trim();
  const prefixProblem = pathPrefixProblem(prefix);
  if (prefixProblem) {
    const from = sources.env.PATH_PREFIX !== undefined ? 'PATH_PREFIX (eller --path-prefix)' : where;
    throw new DeploymentError(`Sökvägen "${prefix}" (${from}) kan inte användas: ${prefixProblem}.`);
  }
  return { siteUrl: url.origin, pathPrefix: normalizePathPrefix(prefix) };
}

/** The deployment an environment gives (`SITE_URL`, `PATH_PREFIX`), as a preview: the preview server's address when none is set. */
export function deploymentFromEnv(env: Readonly<Record<string, string | undefined>>): Deployment {
  return resolveDeployment({ env, preview: true });
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
