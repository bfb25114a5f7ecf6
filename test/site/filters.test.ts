/**
 * The template filters: counts with their noun, absolute addresses for feeds
 * and sitemaps, and the date and agency helpers the templates use by name.
 */
import { describe, expect, it } from 'vitest';
import * as dates from '../../src/core/dates.ts';
import * as model from '../../src/core/model.ts';
import * as coreUrls from '../../src/core/urls.ts';
import { absoluteUrl, agencyLabel, count, rfc3339, swedishDate } from '../../src/site/filters.ts';

describe('a count', () => {
  it('takes the singular for one and the plural otherwise', () => {
    expect(count(1, 'punkt', 'punkter')).toBe('1 punkt');
    expect(count(0, 'punkt', 'punkter')).toBe('0 punkter');
    expect(count(2, 'punkt', 'punkter')).toBe('2 punkter');
    expect(count(21, 'möte', 'möten')).toBe('21 möten');
  });
});

describe('an absolute address', () => {
  it('is the site’s address and the path, however the site’s address ends', () => {
    expect(absoluteUrl('/moten/2021-01-19/', 'https://example.se')).toBe('https://example.se/moten/2021-01-19/');
    expect(absoluteUrl('/moten/2021-01-19/', 'https://example.se/')).toBe('https://example.se/moten/2021-01-19/');
    expect(absoluteUrl('feed.xml', 'https://example.se')).toBe('https://example.se/feed.xml');
  });

  it('puts the path prefix between, however the prefix is written', () => {
    expect(absoluteUrl('/moten/2021-01-19/', 'https://example.se', '/arkiv/')).toBe('https://example.se/arkiv/moten/2021-01-19/');
    expect(absoluteUrl('/moten/2021-01-19/', 'https://example.se/', 'arkiv')).toBe('https://example.se/arkiv/moten/2021-01-19/');
    expect(absoluteUrl('/', 'https://example.se', '/arkiv/socialchefer/')).toBe('https://example.se/arkiv/socialchefer/');
    expect(absoluteUrl('/sitemap.xml', 'https://example.se', '/')).toBe('https://example.se/sitemap.xml');
  });
});

describe('the helpers the templates use by name', () => {
  it('are the ones of core, not copies', () => {
    expect(absoluteUrl).toBe(coreUrls.absoluteUrl);
    expect(swedishDate).toBe(dates.swedishDate);
    expect(rfc3339).toBe(dates.rfc3339);
    expect(agencyLabel).toBe(model.agencyLabel);
  });

  it('write dates and agency names as the pages show them', () => {
    expect(swedishDate('2021-01-19')).toBe('19 januari 2021');
    expect(rfc3339('2021-01-19')).toBe('2021-01-19T00:00:00Z');
    expect(agencyLabel({ name: 'Folkhälsomyndigheten', short: 'FoHM' })).toBe('FoHM');
    expect(agencyLabel({ name: 'Socialstyrelsen' })).toBe('Socialstyrelsen');
    expect(agencyLabel({ name: 'Inspektionen för vård och omsorg', shortName: 'IVO' })).toBe('IVO');
    expect(agencyLabel({ name: 'Länsstyrelsen', shortName: null })).toBe('Länsstyrelsen');
  });
});
