/**
 * The archive's words, as the build writes them (`searchVocabulary` in
 * `src/search/search.ts`): one file per folded first letter under the search
 * page (`sok/ordlista/b.json`), each loaded once, when a query word needs it.
 */
import { vocabularyFile } from '../../core/search-contract.ts';
import { siteFile, urls } from '../../core/urls.ts';
import { firstLetter, lookUp, type WordReport, wordsToLookUp } from './help.ts';

/** Loads the archive's words by first letter; a file that cannot be loaded counts as no words. */
export class Vocabulary {
  private readonly files = new Map<string, Promise<string[]>>();

  /**
   * @param siteRoot the site's root (under its path prefix)
   * @param load how a file is fetched (the page's `fetch`, called as a function)
   */
  constructor(
    private readonly siteRoot: URL,
    private readonly load: (url: URL) => Promise<Response>,
  ) {}

  /** The archive's words whose folded first character is `letter`. */
  wordsStartingWith(letter: string): Promise<string[]> {
    const file = vocabularyFile(letter);
    let words = this.files.get(file);
    if (!words) {
      const load = this.load;
      words = load(new URL(`${siteFile(urls.search)}${file}`, this.siteRoot)).then(
        (response) => (response.ok ? (response.json() as Promise<string[]>) : []),
        () => [],
      );
      this.files.set(file, words);
    }
    return words;
  }
}

/** What the archive holds of each word of `query` that is looked up ({@link wordsToLookUp}), from `vocabulary`'s files. */
export function lookUpQuery(query: string, vocabulary: Pick<Vocabulary, 'wordsStartingWith'>): Promise<WordReport[]> {
  return Promise.all(wordsToLookUp(query).map(async (word) => lookUp(word, await vocabulary.wordsStartingWith(firstLetter(word)))));
}
