import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  deploymentFromEnv,
  DeploymentError,
  resolveDeployment,
  normalizePathPrefix,
  RESERVED_IDS,
  siteFile,
  STATIC_PAGES,
  urls,
  withPathPrefix,
} from '../../src/core/urls.ts';

describe('the paths of the pages', () => {
  it('gives every page type its address', () => {
    expect(urls.meeting('2021-01-19')).toBe('/moten/2021-01-19/');
    expect(urls.item('2021-01-19', 'besoksforbud')).toBe('/moten/2021-01-19/#besoksforbud');
    expect(urls.topic('besoksforbud')).toBe('/amnen/besoksforbud/');
    expect(urls.topicFeed('besoksforbud')).toBe('/amnen/besoksforbud/feed.xml');
    expect(urls.agency('fohm')).toBe('/aktorer/fohm/');
    expect(urls.person('anders-tegnell')).toBe('/personer/anders-tegnell/');
    expect(urls.year(2021)).toBe('/ar/2021/');
  });

  it('numbers a listing’s further pages after its first', () => {
    expect(urls.listingPage('/amnen/besoksforbud/', 1)).toBe('/amnen/besoksforbud/');
    expect(urls.listingPage('/amnen/besoksforbud/', 2)).toBe('/amnen/besoksforbud/sida-2/');
    expect(urls.listingPage('/aktorer/fohm/', 12)).toBe('/aktorer/fohm/sida-12/');
  });

  it('names the pages and files that do not come from the index', () => {
    expect([urls.home, urls.meetings, urls.topics, urls.agencies, urls.people, urls.search]).toEqual([
      '/',
      '/moten/',
      '/amnen/',
      '/aktorer/',
      '/personer/',
      '/sok/',
    ]);
    expect([urls.feed, urls.feedStyle, urls.sitemap, urls.index, urls.indexSchema, urls.notFound]).toEqual([
      '/feed.xml',
      '/feed.xsl',
      '/sitemap.xml',
      '/index.json',
      '/index.schema.json',
      '/404.html',
    ]);
    expect(STATIC_PAGES).toEqual([
      '/',
      '/moten/',
      '/amnen/',
      '/aktorer/',
      '/personer/',
      '/sok/',
      '/tillganglighetsredogorelse/',
      '/sa-lagger-du-till-ett-mote/',
      '/redaktionen-for-it/',
      '/om-arkivet/',
    ]);
  });

  it('names the file of a data file in the site folder', () => {
    expect(siteFile(urls.index)).toBe('index.json');
    expect(siteFile(urls.notFound)).toBe('404.html');
  });
});

describe('the path prefix', () => {
  it('has one shape, a slash at each end, however it is written', () => {
    for (const [written, shape] of [
      ['/', '/'],
      ['', '/'],
      ['//', '/'],
      ['arkiv', '/arkiv/'],
      ['/arkiv', '/arkiv/'],
      ['arkiv/', '/arkiv/'],
      [' /arkiv/socialchefer// ', '/arkiv/socialchefer/'],
    ]) {
      expect(normalizePathPrefix(written!), JSON.stringify(written)).toBe(shape);
    }
  });

  it('goes in front of a path from the root', () => {
    expect(withPathPrefix('/moten/2021-01-19/#besoksforbud', '/')).toBe('/moten/2021-01-19/#besoksforbud');
    expect(withPathPrefix('/moten/2021-01-19/', '/arkiv/')).toBe('/arkiv/moten/2021-01-19/');
    expect(withPathPrefix('sok/', 'arkiv')).toBe('/arkiv/sok/');
  });

  it('makes absolute URLs for feeds and the sitemap', () => {
    expect(absoluteUrl('/moten/2021-01-19/', 'https://arkiv.example')).toBe('https://arkiv.example/moten/2021-01-19/');
    expect(absoluteUrl('/feed.xml', 'https://arkiv.example/', '/arkiv/socialchefer/')).toBe(
      'https://arkiv.example/arkiv/socialchefer/feed.xml',
    );
    expect(absoluteUrl('/', 'https://arkiv.example', 'arkiv')).toBe('https://arkiv.example/arkiv/');
  });
});

describe('the deployment for publication', () => {
  const publish = (env: Record<string, string>, settingUrl?: string) => () =>
    resolveDeployment({ env, preview: false, ...(settingUrl ? { settingUrl } : {}) });

  it('takes the address and its path from the site setting', () => {
    expect(publish({}, 'https://minnesarkiv.example.se/arkiv/')()).toEqual({
      siteUrl: 'https://minnesarkiv.example.se',
      pathPrefix: '/arkiv/',
    });
  });

  it('lets SITE_URL and PATH_PREFIX override the setting', () => {
    expect(publish({ SITE_URL: 'https://a.example', PATH_PREFIX: '/b/' }, 'https://c.example/d/')()).toEqual({
      siteUrl: 'https://a.example',
      pathPrefix: '/b/',
    });
  });

  it('takes the forge’s Pages address (PAGES_URL) when the setting names none', () => {
    expect(publish({ PAGES_URL: 'https://skr.github.io/minnesarkivet/' })()).toEqual({
      siteUrl: 'https://skr.github.io',
      pathPrefix: '/minnesarkivet/',
    });
    expect(publish({ PAGES_URL: 'https://skr.github.io/minnesarkivet/' }, 'https://arkiv.skr.se/')()).toEqual({
      siteUrl: 'https://arkiv.skr.se',
      pathPrefix: '/',
    });
  });

  it('stops without an address, saying which setting to fill in, and never writes localhost', () => {
    expect(publish({})).toThrow(DeploymentError);
    expect(publish({})).toThrow(
      /Webbplatsens adress saknas, så flöden, webbplatskartan och utskrifter skulle peka på http:\/\/localhost:8080\. Fyll i url i minutes\/webbplats\.yml/,
    );
  });

  it.each([
    ['javascript:alert(1)//', 'den börjar med javascript: men ska börja med https://'],
    ['inte en adress', 'det är ingen fullständig webbadress'],
    ['ftp://x.se', 'den börjar med ftp: men ska börja med https://'],
    ['https://x.se/?a=1', 'den innehåller ? eller #'],
    ['https://x.se/arkiv#x/', 'den innehåller ? eller #'],
    ['https://x.se/ar kiv/', 'mellanslag'],
    ['https://x.se/"a"/', 'citattecken'],
  ])('refuses the address %s: %s', (address, problem) => {
    expect(publish({ SITE_URL: address })).toThrow(problem);
  });

  it.each([['/arkiv#x/'], ['/arkiv?/'], ['/../x/'], ['/a b/'], ["/a'b/"]])('refuses the path prefix %s', (prefix) => {
    expect(publish({ SITE_URL: 'https://x.se', PATH_PREFIX: prefix })).toThrow(
      /Sökvägen .* \(PATH_PREFIX \(eller --path-prefix\)\) kan inte användas/,
    );
  });
});

describe('the deployment from the environment', () => {
  it('defaults to the preview server’s address at the root', () => {
    expect(deploymentFromEnv({})).toEqual({ siteUrl: 'http://localhost:8080', pathPrefix: '/' });
    expect(deploymentFromEnv({ SITE_URL: ' ', PATH_PREFIX: ' ' })).toEqual({ siteUrl: 'http://localhost:8080', pathPrefix: '/' });
  });

  it('takes SITE_URL and PATH_PREFIX, the prefix in its one shape', () => {
    expect(deploymentFromEnv({ SITE_URL: 'https://arkiv.example', PATH_PREFIX: 'arkiv' })).toEqual({
      siteUrl: 'https://arkiv.example',
      pathPrefix: '/arkiv/',
    });
  });
});

describe('the ids a meeting page gives its own elements', () => {
  it('are every id written in the meeting page’s templates and the preview’s message box', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const path = await import('node:path');
    const { ROOT } = await import('../support/helpers.ts');
    const { NOTICE_ID } = await import('../../src/dev/live-reload.ts');
    const includes = (await readdir(path.join(ROOT, 'templates/_includes'), { recursive: true })) as string[];
    const files = ['templates/meeting.njk', ...includes.filter((f) => f.endsWith('.njk')).map((f) => `templates/_includes/${f}`)];
    const written = new Set<string>();
    for (const file of files) {
      for (const match of (await readFile(path.join(ROOT, file), 'utf8')).matchAll(/\bid="([^"{]+)"/g)) written.add(match[1]!);
    }
    expect(written.size).toBeGreaterThanOrEqual(5);
    for (const id of [...written, NOTICE_ID, `${NOTICE_ID}-rubrik`]) expect(RESERVED_IDS.has(id), id).toBe(true);
  });
});
