/**
 * Help with the query's words, decided from the archive's words (the build's
 * word files, `sok/ordlista/<letter>.json`): a word found nowhere is said so in
 * the status line itself, with its closest words of the archive as one-tap
 * corrections (also when Pagefind found something by a shorter word, whose
 * results are then only "Ord som börjar likadant", never counted); a word found
 * only as the start of longer words is labelled so; and a query that is, or
 * nearly is, one of a topic's search terms offers the topic. Pure: the instance
 * looks the words up, the status and help components render the answer.
 */
import { CORRECTIONS_SHOWN, correctionEdits, foldWord, SAME_STEM, TOPIC_TERM, VOCABULARY_MIN_LENGTH } from '../../core/search-contract.ts';
import { editDistance, withinEdits } from '../../core/suggest.ts';
import type { SearchChange } from './state.ts';
import { statusText } from './text.ts';

/** What the archive says about one query word. */
export interface WordReport {
  /** The word as the query has it. */
  word: string;
  /** Found as written, or as a form of a word of the archive ("besöksförbudet" for "besöksförbud"). */
  found: boolean;
  /** Not found as a word of its own, but as the start of longer words ("besök"). */
  prefixOnly: boolean;
  /** The closest words of the archive, closest (then shortest) first, as written there. */
  closest: string[];
  /** Set when the archive does not have the word but the Swedish word list does: correct Swedish, offered no corrections. */
  swedish?: true;
}

/** The Swedish word list of one first letter, as the page loads it (`sok/svenska/`): stems, and the endings of their forms. */
export interface SwedishLexicon {
  /** The stems, folded. */
  stems: ReadonlySet<string>;
  /** `[strip, add]`, folded: a word ending in `add` is a form of the stem that ends in `strip` instead. */
  endings: readonly (readonly [string, string])[];
}

/** The stems of the Swedish word list that `folded` (a folded word) is, or is a form of ("eget", "egna" → "egen"). */
export function swedishStems(folded: string, lexicon: SwedishLexicon): string[] {
  const stems = new Set<string>();
  if (lexicon.stems.has(folded)) stems.add(folded);
  for (const [strip, add] of lexicon.endings) {
    if (!folded.endsWith(add) || folded.length - add.length < 2) continue;
    const stem = `${folded.slice(0, folded.length - add.length)}${strip}`;
    if (lexicon.stems.has(stem)) stems.add(stem);
  }
  return [...stems];
}

/** A topic the query may mean: its name, its search terms (`topics.yml`) and the filter value that chooses it. */
export interface TopicOption {
  name: string;
  terms: readonly string[];
  filter: string;
  value: string;
}

/** A link in a help line: its text and what it changes in the search. */
export interface HelpLink {
  text: string;
  change: SearchChange;
}

/** One line of help: text and links, in order. */
export type HelpLine = (string | HelpLink)[];

/**
 * The query's words to look up in the archive, as the build cuts the archive's words (letters and digits, with
 * hyphens inside: "Furén-Thulin", and "FoHM" of "FoHM:s", "Lägesrapport" of "Lägesrapport:"): those of
 * {@link VOCABULARY_MIN_LENGTH} letters or more (folded).
 */
export function wordsToLookUp(query: string): string[] {
  return (query.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [])
    .map((word) => word.replace(/-+$/, ''))
    .filter((word) => foldWord(word).length >= VOCABULARY_MIN_LENGTH);
}

/** The letter whose word file holds the words that could be `word`'s: its folded first character. */
export function firstLetter(word: string): string {
  return foldWord(word)[0] ?? '_';
}

/**
 * What the archive's `words` (those of `word`'s first letter) say about `word`; with the Swedish word list of its
 * letter (`swedish`), a word the archive has in another form of the same Swedish stem is found ("eget" by "egna"),
 * and a word the archive does not have but Swedish does is marked {@link WordReport.swedish}.
 */
export function lookUp(word: string, words: readonly string[], swedish?: SwedishLexicon): WordReport {
  const folded = foldWord(word);
  const archive = words.map((written) => ({ written, folded: foldWord(written) }));
  const sameStem = ({ folded: other }: { folded: string }) =>
    (other.startsWith(folded) || folded.startsWith(other)) &&
    Math.min(other.length, folded.length) >= SAME_STEM.minLength &&
    Math.abs(other.length - folded.length) <= SAME_STEM.maxExtra;
  if (archive.some((w) => w.folded === folded) || archive.some(sameStem)) return { word, found: true, prefixOnly: false, closest: [] };
  const stems = swedish ? swedishStems(folded, swedish) : [];
  if (swedish && stems.length) {
    // Forms of one stem share its start: only the archive's words that begin as the word does are compared.
    const start = folded.slice(0, 2);
    const sameWord = archive.some(
      (w) => w.folded.startsWith(start) && swedishStems(w.folded, swedish).some((stem) => stems.includes(stem)),
    );
    if (sameWord) return { word, found: true, prefixOnly: false, closest: [] };
  }
  const known = stems.length ? { swedish: true as const } : {};
  const prefixOnly = archive.some((w) => w.folded.startsWith(folded));
  const limit = correctionEdits(folded.length);
  const closest = archive
    .filter((w) => Math.abs(w.folded.length - folded.length) <= limit)
    .map(({ written, folded: other }) => ({ written, edits: editDistance(folded, other) }))
    .filter(({ edits }) => edits <= limit)
    .sort((a, b) => a.edits - b.edits || a.written.length - b.written.length)
    .slice(0, CORRECTIONS_SHOWN)
    .map(({ written }) => written);
  return { word, found: false, prefixOnly, closest, ...known };
}

/** Whether `query` (folded) is one of a topic's search terms, or from {@link TOPIC_TERM}'s length that close to one. */
function nearTerm(term: string, query: string): boolean {
  const folded = foldWord(term);
  return folded === query || (query.length >= TOPIC_TERM.minLength && withinEdits(folded, query, TOPIC_TERM.maxEdits));
}

/** The topics whose search terms (English and everyday words) the query is, or nearly is. */
export function topicsFor(query: string, topics: readonly TopicOption[]): TopicOption[] {
  const folded = foldWord(query.trim());
  return topics.filter((topic) => topic.terms.filter(Boolean).some((term) => nearTerm(term, folded)));
}

/** Whether `query` is exactly one of the search terms of a topic it may mean ("visiting ban"): then its words get no corrections. */
function exactTopicTerm(query: string, meant: readonly TopicOption[]): boolean {
  const folded = foldWord(query.trim());
  return meant.some((topic) => topic.terms.map(foldWord).includes(folded));
}

/** The query's words that the archive does not have as words of their own: found nowhere, or only as the start of longer words. */
export function missingWords(reports: readonly WordReport[]): WordReport[] {
  return reports.filter((report) => !report.found);
}

/**
 * What the status line says of the words the archive does not have, one sentence each: "Ordet ”besöksförbd” finns
 * inte i arkivet. Menade du besöksförbud?", the corrections as links (none when the query is exactly a topic's search
 * term: "visiting ban" gets the topic instead, nor for a word the Swedish word list knows); a word found only as the start of longer words is said so. Empty when
 * every word is found.
 */
export function wordLine(query: string, reports: readonly WordReport[], topics: readonly TopicOption[]): HelpLine {
  const exactTopic = exactTopicTerm(query, topicsFor(query, topics));
  const line: HelpLine = [];
  for (const { word, prefixOnly, closest, swedish } of missingWords(reports)) {
    if (line.length) line.push(' ');
    line.push(prefixOnly ? `Ordet ”${word}” finns inte som eget ord i arkivet.` : `Ordet ”${word}” finns inte i arkivet.`);
    // Correct Swedish is never corrected: "eget" is no typo of "ett".
    if (closest.length && !exactTopic && !swedish) {
      line.push(' Menade du ');
      closest.forEach((candidate, i) => {
        if (i > 0) line.push(i === closest.length - 1 ? ' eller ' : ', ');
        line.push({ text: candidate, change: { query: query.replace(word, candidate) } });
      });
      line.push('?');
    }
  }
  return line;
}

/** The help under the status line: a line for each topic the query may mean ("Menade du ämnet …?" when a word is missing, else "Se också ämnet …."). */
export function topicLines(query: string, reports: readonly WordReport[], topics: readonly TopicOption[]): HelpLine[] {
  const missing = missingWords(reports).length > 0;
  return topicsFor(query, topics).map((topic) => [
    missing ? 'Menade du ämnet ' : 'Se också ämnet ',
    { text: topic.name, change: { filter: topic.filter, value: topic.value } },
    missing ? '?' : '.',
  ]);
}

/**
 * Whether the `total` meetings found are only words that begin alike: a word of the query is not in the archive
 * (Pagefind fell back to a shorter word, "besök" for "besöksförbd", or to longer ones, "bes…"), yet something was found.
 */
export function onlySimilar(reports: readonly WordReport[], total: number): boolean {
  return total > 0 && missingWords(reports).length > 0;
}

/** The answer to a search, as the page's one live region says it: the status line, the help, and whether the results are only words that begin alike. */
export interface SearchAnswer {
  /** How many meetings were found for what, or, when a word is not in the archive, that word and its corrections. */
  status: HelpLine;
  help: HelpLine[];
  /**
   * True when Pagefind found meetings although a word is not in the archive: it fell back to words that begin
   * alike ("besök…" for "besöksförbd"), so the results are listed under "Ord som börjar likadant", never counted.
   */
  similarOnly: boolean;
}

/**
 * The answer to a search for `query` (null: filters only) with the `chosen` filter values' names, that found `total`
 * meetings, where `reports` say what the archive holds of the query's words: a word found nowhere is said in the
 * status line itself, never "2 möten för" it.
 */
export function searchAnswer(
  query: string | null,
  chosen: readonly string[],
  total: number,
  reports: readonly WordReport[],
  topics: readonly TopicOption[],
): SearchAnswer {
  const words = query ? wordLine(query, reports, topics) : [];
  return {
    status: words.length ? words : [statusText(query, chosen, total)],
    help: query ? topicLines(query, reports, topics) : [],
    similarOnly: onlySimilar(reports, total),
  };
}
