/**
 * The search page's reading of a query (src/core/pagefind-terms.ts) against
 * Pagefind's own: words are indexed by Pagefind's command line, its keys read
 * back from the files it wrote (src/search/pagefind-keys.ts), and each word's
 * folded stem as the page makes it must be one of those keys, and the keys no
 * other. The words: every stem of the Swedish dictionary the build ships
 * (dictionary-sv), their forms with the endings Snowball's stemmer removes,
 * the bundled minutes' words, and random words (fast-check).
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pagefindFold, queryStems, swedishStem } from '../../src/core/pagefind-terms.ts';
import { partKeys } from '../../src/search/pagefind-keys.ts';
import { type SearchRecord, searchShards, writeSearchIndex } from '../../src/search/search.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The words of `text` Pagefind indexes as they are: letters only, lower-cased. */
const wordsOf = (text: string) =>
  (text.match(/(?<![\p{L}\p{N}\p{M}_'’:.-])\p{L}+(?![\p{L}\p{N}\p{M}_'’:.-])/gu) ?? []).map((w) => w.toLocaleLowerCase('sv'));

/** Indexes `words` with Pagefind (one record each, at most 20,000 words a record) and returns its keys. */
async function pagefindKeys(words: readonly string[]): Promise<string[]> {
  const out = await mkdtemp(path.join(tmpdir(), 'pagefind-nycklar-'));
  const records: SearchRecord[] = [];
  for (let i = 0; i < words.length; i += 20_000)
    records.push({
      url: `/ord/${records.length + 1}/`,
      date: '2021-01-19',
      title: 'ord',
      body: `<p>${words.slice(i, i + 20_000).join(' ')}</p>`,
      meta: {},
      filters: {},
    });
  await writeSearchIndex(searchShards(records), out);
  return partKeys(path.join(out, 'pagefind'));
}

const ENDINGS = [
  'a',
  'arna',
  'erna',
  'heterna',
  'ade',
  'ande',
  'are',
  'aste',
  'en',
  'anden',
  'heten',
  'ern',
  'ar',
  'er',
  'heter',
  'or',
  's',
  'as',
  'es',
  'ens',
  'ets',
  'et',
  'andet',
  'het',
  'ast',
  'ig',
  'lig',
  'ligt',
  'els',
  'fullt',
  'ost',
  'öst',
  'dd',
  'tt',
  'kt',
  'gt',
];

async function dictionaryWords(): Promise<string[]> {
  const dic = await readFile(path.join(path.dirname(createRequire(import.meta.url).resolve('dictionary-sv')), 'index.dic'), 'utf8');
  return dic
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim().toLocaleLowerCase('sv'))
    .filter((word) => /^\p{L}+$/u.test(word));
}

async function minutesWords(): Promise<string[]> {
  const dir = path.join(ROOT, 'minutes');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.md'));
  return (await Promise.all(files.map((file) => readFile(path.join(dir, file), 'utf8')))).flatMap(wordsOf);
}

describe('the page’s folded stems are Pagefind’s keys', () => {
  it('for every stem of the Swedish dictionary, its forms, the bundled minutes’ words and random words', { timeout: 120_000 }, async () => {
    const dictionary = await dictionaryWords();
    const forms = dictionary.filter((_, i) => i % 50 === 0).flatMap((word) => ENDINGS.map((ending) => `${word}${ending}`));
    const random = fc.sample(fc.stringMatching(/^[a-zåäöéü]{1,14}$/), { numRuns: 5_000, seed: 22 });
    const words = [...new Set([...dictionary, ...forms, ...(await minutesWords()), ...random])];
    expect(words.length).toBeGreaterThan(150_000);
    const keys = await pagefindKeys(words);
    const ours = [...new Set(words.map((word) => swedishStem(pagefindFold(word))))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const theirs = new Set(keys);
    const missing = ours.filter((stem) => !theirs.has(stem));
    const known = new Set(ours);
    const extra = keys.filter((key) => !known.has(key));
    expect({ missing: missing.slice(0, 20), count: missing.length }).toEqual({ missing: [], count: 0 });
    expect(extra.slice(0, 20)).toEqual([]);
  });

  it('stems as Snowball’s Swedish stemmer 3.0 does, over the folded word', () => {
    const stems = (words: string) => words.split(' ').map((w) => swedishStem(pagefindFold(w)));
    expect(stems('huset mötet arbetet samhället kometen fabet hösten besöksförbud vänligt äldreboenden')).toEqual([
      'hus',
      'mot',
      'arbet',
      'samhallet',
      'komet',
      'fabet',
      'host',
      'besoksforbud',
      'van',
      'aldreboend',
    ]);
  });

  it('reads a query as Pagefind does: lower-cased, its punctuation dropped, split at spaces', () => {
    expect(queryStems('Besöksförbud på äldreboenden')).toEqual(['besoksforbud', 'pa', 'aldreboend']);
    expect(queryStems('"IVO:s tillsyn"')).toEqual(['ivo', 'tillsyn']);
    expect(queryStems('e-post,   Furén-Thulin!')).toEqual(['epost', 'furenthulin']);
    expect(queryStems('  ')).toEqual([]);
  });
});
