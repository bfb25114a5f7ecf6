/**
 * The templates take every page's address from data (`urls`, the index's
 * `url` fields, the view's listing pages): none spells a path of its own, so
 * that moving a page is a change in `src/core/urls.ts` alone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, LISTINGS, PAGES, urls } from '../../src/core/urls.ts';
import { ROOT } from '../support/helpers.ts';
import { listFiles } from '../support/site-links.ts';

const TEMPLATES = path.join(ROOT, 'templates');

/** The part of a path that a function of `urls` puts before its argument: `/moten/` of `/moten/<id>/`. */
const before = (made: string, argument: string) => made.slice(0, made.indexOf(argument));

/** Every literal that would mean a template spelled a page's path. */
const PAGE_PATHS = [
  ...Object.values(PAGES).filter((page) => page !== '/'),
  ...Object.values(DATA_FILES),
  ...Object.values(LISTINGS),
  before(urls.meeting('ID'), 'ID'),
  before(urls.topic('ID'), 'ID'),
  before(urls.agency('ID'), 'ID'),
  before(urls.person('ID'), 'ID'),
  before(urls.year(1999), '1999'),
  before(urls.topicQuestions('ID'), 'ID'),
  before(urls.agencyQuestions('ID'), 'ID'),
  urls.listingPage('/ID/', 2).slice('/ID/'.length, -'2/'.length),
];

async function templateFiles(): Promise<{ file: string; text: string }[]> {
  const files = (await listFiles(TEMPLATES)).filter((file) => /\.(njk|js|json)$/.test(file));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(TEMPLATES, file), 'utf8') })));
}

describe('the templates', () => {
  it('are checked for every kind of page path', () => {
    expect(PAGE_PATHS).toEqual(expect.arrayContaining(['/moten/', '/amnen/', '/aktorer/', '/personer/', '/ar/', '/sok/', '/fragor/', '/fragor/amnen/', '/fragor/aktorer/', '/uppfoljning/', '/feed.xml', '/sitemap.xml', '/index.json', 'sida-']));
  });

  it('spell no page path: they take addresses from data', async () => {
    const found: string[] = [];
    for (const { file, text } of await templateFiles()) {
      for (const literal of PAGE_PATHS) if (text.includes(literal)) found.push(`${file}: ${literal}`);
    }
    expect(found).toEqual([]);
  });

  it('link to no root path of their own but the assets, and set no permalink by hand', async () => {
    const found: string[] = [];
    for (const { file, text } of await templateFiles()) {
      for (const match of text.matchAll(/\b(?:href|src|action)="(\/[^"]*)"/g)) if (!match[1]!.startsWith('/assets/')) found.push(`${file}: ${match[0]}`);
      for (const match of text.matchAll(/^permalink:.*$/gm)) found.push(`${file}: ${match[0]}`);
    }
    expect(found).toEqual([]);
  });
});
