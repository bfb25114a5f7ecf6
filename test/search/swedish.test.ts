import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { swedishStems } from '../../src/browser/search/help.ts';
import { swedishWords } from '../../src/search/swedish.ts';

const AFF = `SET UTF-8
FORBIDDENWORD %
ONLYINCOMPOUND Z
SFX C Y 2
SFX C 0 t [aeiou]
SFX C 0 met m
SFX K Y 2
SFX K en et en
SFX K en na/WX en
SFX r N 1
SFX r 0 -/WX .
`;
const DIC = `5
rum/C
egen/K
Öga/C
besöks/Z
fel%/%
`;

describe('the Swedish word list', () => {
  it('holds the stems folded, one file per first letter, and the endings as [strip, add]', () => {
    const { files, endings } = swedishWords(DIC, AFF);
    expect(Object.fromEntries(files)).toEqual({ 'svenska/e.txt': ['egen'], 'svenska/o.txt': ['oga'], 'svenska/r.txt': ['rum'] });
    expect(endings).toEqual([
      ['', 'met'],
      ['', 't'],
      ['en', 'et'],
      ['en', 'na'],
    ]);
  });

  it('knows a word by its stem, or a form of it: "eget" and "egna" are "egen", "rummet" is "rum"', () => {
    const { files, endings } = swedishWords(DIC, AFF);
    const lexicon = { stems: new Set(files.get('svenska/e.txt')), endings };
    expect(swedishStems('eget', lexicon)).toEqual(['egen']);
    expect(swedishStems('egna', lexicon)).toEqual(['egen']);
    expect(swedishStems('egen', lexicon)).toEqual(['egen']);
    expect(swedishStems('egon', lexicon)).toEqual([]);
    expect(swedishStems('rummet', { stems: new Set(files.get('svenska/r.txt')), endings })).toEqual(['rum']);
  });

  it('from dictionary-sv: correct Swedish is known, typos are not ("hjulbent" is Swedish)', async () => {
    const folder = path.dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
    const [dic, aff] = await Promise.all(['index.dic', 'index.aff'].map((file) => readFile(path.join(folder, file), 'utf8')));
    const { files, endings } = swedishWords(dic!, aff!);
    const known = (word: string) => swedishStems(word, { stems: new Set(files.get(`svenska/${word[0]}.txt`)), endings }).length > 0;
    for (const word of ['eget', 'egna', 'rum', 'rummet', 'besök', 'besöksförbudet', 'vaccination', 'ett', 'ert', 'hjulbent'].map((w) =>
      w.normalize('NFD').replace(/\p{M}/gu, ''),
    ))
      expect(known(word), word).toBe(true);
    for (const word of ['besoksforbd', 'vacination', 'vaxin', 'skyddsutrusning']) expect(known(word), word).toBe(false);
  });
});
