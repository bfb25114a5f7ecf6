import { describe, expect, it } from 'vitest';
import { absoluteUrl, deploymentFromEnv, normalizePathPrefix, siteFile, STATIC_PAGES, urls, withPathPrefix } from '../../src/core/urls.ts';

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
    expect([urls.feed, urls.sitemap, urls.index, urls.indexSchema, urls.notFound]).toEqual([
      '/feed.xml',
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
