/**
 * Help with the query's words, decided from the archive's words (the build's
 * word files, `sok/ordlista/<letter>.json`): a word found nowhere is said so,
 * with its closest words of the archive as one-tap corrections (also when
 * Pagefind found something by a shorter word); a word found only as the start
 * of longer words is labelled so; and a query that is, or nearly is, one of a
 * topic's search terms offers the topic. Pure: the help component loads the
 * words and renders the lines.
 */
import { CORRECTIONS_SHOWN, correctionEdits, foldWord, SAME_STEM, TOPIC_TERM, VOCABULARY_MIN_LENGTH } from '../../core/search-contract.ts';
import { editDistance, withinEdits } from '../../core/suggest.ts';
import type { SearchChange } from './state.ts';

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

/** The query's words to look up in the archive: those of {@link VOCABULARY_MIN_LENGTH} letters or more (folded). */
export function wordsToLookUp(query: string): string[] {
  return query.split(/\s+/).filter((word) => foldWord(word).length >= VOCABULARY_MIN_LENGTH);
}

/** The letter whose word file holds the words that could be `word`'s: its folded first character. */
export function firstLetter(word: string): string {
  return foldWord(word)[0] ?? '_';
}

/** What the archive's `words` (those of `word`'s first letter) say about `word`. */
export function lookUp(word: string, words: readonly string[]): WordReport {
  const folded = foldWord(word);
  const archive = words.map((written) => ({ written, folded: foldWord(written) }));
  const sameStem = ({ folded: other }: { folded: string }) =>
    (other.startsWith(folded) || folded.startsWith(other)) &&
    Math.min(other.length, folded.length) >= SAME_STEM.minLength &&
    Math.abs(other.length - folded.length) <= SAME_STEM.maxExtra;
  if (archive.some((w) => w.folded === folded) || archive.some(sameStem)) return { word, found: true, prefixOnly: false, closest: [] };
  const prefixOnly = archive.some((w) => w.folded.startsWith(folded));
  const limit = correctionEdits(folded.length);
  const closest = archive
    .filter((w) => Math.abs(w.folded.length - folded.length) <= limit)
    .map(({ written, folded: other }) => ({ written, edits: editDistance(folded, other) }))
    .filter(({ edits }) => edits <= limit)
    .sort((a, b) => a.edits - b.edits || a.written.length - b.written.length)
    .slice(0, CORRECTIONS_SHOWN)
    .map(({ written }) => written);
  return { word, found: false, prefixOnly, closest };
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

/**
 * The help for `query` (trimmed): a line for each word found nowhere or only as the start of longer
 * words, with its corrections (unless the query is exactly a topic's search term: "visiting ban"
 * gets the topic, not corrections of its words), then a line for each topic it may mean.
 */
export function helpLines(query: string, reports: readonly WordReport[], topics: readonly TopicOption[]): HelpLine[] {
  const lines: HelpLine[] = [];
  const meant = topicsFor(query, topics);
  const folded = foldWord(query.trim());
  const exactTopic = meant.some((topic) => topic.terms.map(foldWord).includes(folded));
  const missing = reports.filter((report) => !report.found);
  for (const { word, prefixOnly, closest } of missing) {
    const line: HelpLine = [
      prefixOnly
        ? `Ordet ”${word}” finns inte som eget ord i arkivet; träffarna har ord som börjar så.`
        : `Inga träffar på ”${word}”: ordet finns inte i arkivet.`,
    ];
    if (closest.length && !exactTopic) {
      line.push(' Menade du ');
      closest.forEach((candidate, i) => {
        if (i > 0) line.push(i === closest.length - 1 ? ' eller ' : ', ');
        line.push({ text: candidate, change: { query: query.replace(word, candidate) } });
      });
      line.push('?');
    }
    lines.push(line);
  }
  for (const topic of meant) {
    lines.push([
      missing.length ? 'Menade du ämnet ' : 'Se också ämnet ',
      { text: topic.name, change: { filter: topic.filter, value: topic.value } },
      missing.length ? '?' : '.',
    ]);
  }
  return lines;
}
