/**
 * The archive's words, as the build writes them (`searchVocabulary` in
 * `src/search/search.ts`): one file per folded first letter under the search
 * page (`sok/ordlista/b.json`), each loaded once, when a query word needs it;
 * and the Swedish word list (`sok/svenska/b.txt` and its endings), loaded only
 * for a word the archive does not have.
 */
import { SWEDISH_ENDINGS_FILE, swedishFile, vocabularyFile } from '../../core/search-contract.ts';
import { siteFile, urls } from '../../core/urls.ts';
import { firstLetter, lookUp, type SwedishLexicon, type WordReport, wordsToLookUp } from './help.ts';

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

/** Loads the Swedish word list by first letter, and its endings, each file once; a file that cannot be loaded counts as no words. */
export class SwedishWords {
  private readonly files = new Map<string, Promise<SwedishLexicon>>();
  private endings: Promise<[string, string][]> | undefined;

  /**
   * @param siteRoot the site's root (under its path prefix)
   * @param load how a file is fetched (the page's `fetch`, called as a function)
   */
  constructor(
    private readonly siteRoot: URL,
    private readonly load: (url: URL) => Promise<Response>,
  ) {}

  private fetch<T>(file: string, read: (response: Response) => Promise<T>, none: T): Promise<T> {
    const load = this.load;
    return load(new URL(`${siteFile(urls.search)}${file}`, this.siteRoot)).then(
      (response) => (response.ok ? read(response) : none),
      () => none,
    );
  }

  /** The Swedish stems whose folded first character is `letter`, with the endings of their forms. */
  lexicon(letter: string): Promise<SwedishLexicon> {
    const file = swedishFile(letter);
    let lexicon = this.files.get(file);
    if (!lexicon) {
      this.endings ??= this.fetch(SWEDISH_ENDINGS_FILE, (r) => r.json() as Promise<[string, string][]>, []);
      const stems = this.fetch(file, async (r) => (await r.text()).split('\n').filter(Boolean), [] as string[]);
      lexicon = Promise.all([stems, this.endings]).then(([words, endings]) => ({ stems: new Set(words), endings }));
      this.files.set(file, lexicon);
    }
    return lexicon;
  }
}

/**
 * What the archive holds of each word of `query` that is looked up ({@link wordsToLookUp}), from `vocabulary`'s
 * files; a word the archive does not have is looked up again with the Swedish word list of its letter (`swedish`).
 */
export function lookUpQuery(
  query: string,
  vocabulary: Pick<Vocabulary, 'wordsStartingWith'>,
  swedish?: Pick<SwedishWords, 'lexicon'>,
): Promise<WordReport[]> {
  return Promise.all(
    wordsToLookUp(query).map(async (word) => {
      const letter = firstLetter(word);
      const words = await vocabulary.wordsStartingWith(letter);
      const report = lookUp(word, words);
      return report.found || !swedish ? report : lookUp(word, words, await swedish.lexicon(letter));
    }),
  );
}
