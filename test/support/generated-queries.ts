/**
 * The query set of the search quality test over a generated archive
 * (`test/e2e/search-quality-generated.browser.test.ts`), derived from the built index and the bundled minutes the
 * generator draws its words from, never from the search.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveIndex, ItemEntry } from '../../src/core/index-schema.ts';
import { escapeRegExp } from '../../src/core/text.ts';
import type { QualityQuery } from './search-quality.ts';

const lower = (text: string) => text.toLocaleLowerCase('sv');
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
const collator = new Intl.Collator('sv');

/** The words of a heading, in lower case (without the generator's item numbers and the questions' marks). */
const wordsOf = (text: string) => lower(text).match(/\p{L}+/gu) ?? [];

/** The words of an item's headings: its title's and its questions'. */
const headingWords = (item: ItemEntry) => new Set([item.title, ...item.questions.map((q) => q.text)].flatMap(wordsOf));

/** Whether `text` says `word` at the start of a word (as the registries' signal words and synonyms are matched). */
const says = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word).replace(/\s+/g, '\\s+')}`, 'u').test(lower(text));

/**
 * The query set over a generated archive's index, in a fixed order: each kind's first candidates, the words
 * taken in Swedish alphabetical order, each word used once.
 */
export async function generatedQueries(index: ArchiveIndex, bundledMinutes: string): Promise<QualityQuery[]> {
  const byHeadingWord = new Map<string, ItemEntry[]>();
  for (const item of index.items)
    for (const word of headingWords(item)) byHeadingWord.set(word, [...(byHeadingWord.get(word) ?? []), item]);
  const archiveWords = new Set(index.items.flatMap((item) => wordsOf(`${item.title} ${item.text}`)));
  // The generator takes the minutes' words in lower case, so of "Riksdagen" it takes "iksdagen": only whole words of the minutes are queried.
  const files = (await readdir(bundledMinutes)).filter((f) => f.endsWith('.md'));
  const bundled = new Set(wordsOf((await Promise.all(files.map((f) => readFile(path.join(bundledMinutes, f), 'utf8')))).join(' ')));
  const used = new Set<string>();
  const candidates = (min: number, fits: (word: string) => boolean) =>
    [...byHeadingWord.keys()].filter((w) => w.length >= min && !used.has(w) && bundled.has(w) && fits(w)).sort(collator.compare);
  const headingsOf = (item: ItemEntry) => [item.title, ...item.questions.map((q) => q.text)].map((h) => new Set(wordsOf(h)));
  /** The items with a heading that has every one of `words`. */
  const withHeading = (...words: string[]) =>
    (byHeadingWord.get(words[0]!) ?? []).filter((item) => headingsOf(item).some((h) => words.every((w) => h.has(w))));
  /**
   * The first `count` words of `min` letters or more that `fits`, each with another word (six letters or more) of
   * one of its headings that no other heading has with it: a member who remembers two words of a heading.
   */
  const pairs = (count: number, min: number, fits: (word: string) => boolean) => {
    const found: { word: string; other: string; item: ItemEntry }[] = [];
    for (const word of candidates(min, fits)) {
      if (found.length === count) break;
      const pair = byHeadingWord
        .get(word)!
        .flatMap((item) => headingsOf(item).filter((h) => h.has(word)))
        .flatMap((h) => [...h].filter((o) => o !== word && o.length >= 6 && !used.has(o) && bundled.has(o)).sort(collator.compare))
        .find((other) => withHeading(word, other).length === 1);
      if (!pair) continue;
      used.add(word).add(pair);
      found.push({ word, other: pair, item: withHeading(word, pair)[0]! });
    }
    return found;
  };
  const urls = (items: readonly ItemEntry[]) => items.map((item) => item.url);
  const queries: QualityQuery[] = [];

  // An agency by its short name, alias or full name and a word in the headings (title or questions) of ten items
  // or fewer, one of them the agency's (it presented or answered in it): that item.
  const agency = (id: string) => index.agencies.find((a) => a.id === id)!;
  const ofAgency = (id: string) => (item: ItemEntry) => item.agencyIds.includes(id) || item.answeringAgencyIds.includes(id);
  for (const [name, id] of [
    [agency('arbetsmiljoverket').shortName!, 'arbetsmiljoverket'],
    [agency('fohm').aliases[0]!, 'fohm'],
    [agency('fohm').name, 'fohm'],
    [agency('ivo').shortName!, 'ivo'],
    [agency('skr').shortName!, 'skr'],
    [agency('socialstyrelsen').aliases[0]!, 'socialstyrelsen'],
    [agency('lansstyrelsen').name, 'lansstyrelsen'],
  ] as const) {
    const [word] = candidates(6, (w) => byHeadingWord.get(w)!.length <= 10 && byHeadingWord.get(w)!.filter(ofAgency(id)).length === 1);
    if (!word) continue;
    used.add(word);
    queries.push({ kind: 'agency', query: `${name} ${word}`, expected: urls(byHeadingWord.get(word)!.filter(ofAgency(id))) });
  }

  // A compound of fourteen letters or more and another word of its heading: the item.
  for (const { word, other, item } of pairs(4, 14, () => true))
    queries.push({ kind: 'compound', query: `${word} ${other}`, expected: [item.url] });

  // A word with å, ä or ö (whose letters without them are no word of the archive) and another word of its
  // heading, written so and without å, ä and ö: the item.
  for (const { word, other, item } of pairs(3, 7, (w) => /[åäö]/.test(w) && !archiveWords.has(fold(w)))) {
    queries.push({ kind: 'diacritics', query: `${word} ${other}`, expected: [item.url] });
    queries.push({ kind: 'diacritics', query: fold(`${word} ${other}`), expected: [item.url] });
  }

  // A word of ten letters or more, a letter in its middle left out (no word of the archive then), and another
  // word of its heading, the first correction tapped: the item.
  const misspelt = (w: string) => `${w.slice(0, Math.floor(w.length / 2))}${w.slice(Math.floor(w.length / 2) + 1)}`;
  for (const { word, other, item } of pairs(4, 10, (w) => !archiveWords.has(misspelt(w)) && !/[åäö]/.test(misspelt(w).slice(-1))))
    queries.push({ kind: 'misspelling', query: `${misspelt(word)} ${other}`, tap: 'correction', expected: [item.url] });

  // A topic's first English search term (topics.yml), the topic tapped: the items on the topic (their own or a
  // question's), of which the first five should all be.
  for (const id of ['smittsparning-och-testning', 'skyddsutrustning', 'statsbidrag']) {
    const topic = index.topics.find((t) => t.id === id)!;
    const english = topic.searchTerms[0]!;
    const onTopic = index.items.filter((item) => item.topicIds.includes(id) || item.questions.some((q) => q.topicIds.includes(id)));
    queries.push({ kind: 'english', query: english, tap: 'topic', expected: urls(onTopic) });
  }

  // A word of a synonym group (topics.yml) that the archive does not say, and a word in the headings of ten items
  // or fewer, of which one or two say another word of the group: those.
  for (const [synonym, count] of [
    ['äldreboende', 3],
    ['corona', 2],
  ] as const) {
    const group = index.topics.flatMap((t) => t.synonyms).find((g) => g.includes(synonym))!;
    const saysGroup = (item: ItemEntry) => group.some((w) => says(`${item.title}\n${item.text}`, w));
    const groupWords = group.flatMap((g) => wordsOf(g));
    const words = candidates(6, (w) => {
      if (groupWords.some((g) => g.startsWith(w) || w.startsWith(g))) return false;
      const items = byHeadingWord.get(w)!;
      const saying = items.filter(saysGroup).length;
      return items.length <= 10 && saying >= 1 && saying <= 2;
    }).slice(0, count);
    for (const word of words) {
      used.add(word);
      queries.push({ kind: 'synonym', query: `${synonym} ${word}`, expected: urls(byHeadingWord.get(word)!.filter(saysGroup)) });
    }
  }
  return queries;
}
