/**
 * Synonyms for the search: the groups of words that mean the same, from the
 * topics' `synonyms` (`topics.yml`). A part of an item that says a word of a
 * group gets the group's other words added to its search record, after the
 * separator the search page cuts excerpts at, so the search finds it by any
 * of them and no excerpt shows them. Pure.
 */
import { escapeRegExp } from '../core/text.ts';

/** One group's words, and the pattern of each (matched as signals are: at the start of a word, ignoring case, phrases as phrases). */
interface CompiledGroup {
  words: string[];
  patterns: RegExp[];
}

const wordPattern = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.trim().toLocaleLowerCase('sv')).replace(/\s+/g, '\\s+')}`, 'u');

/** The groups, ready to be matched: groups of fewer than two words are left out (the check reports them). */
export function compileSynonyms(groups: readonly (readonly string[])[]): CompiledGroup[] {
  return groups
    .map((group) => [...new Set(group.map((w) => w.trim().replace(/\s+/g, ' ')).filter(Boolean))])
    .filter((words) => words.length >= 2)
    .map((words) => ({ words, patterns: words.map(wordPattern) }));
}

/**
 * The words to add to a text for the search: for every group with a word in `text` (at the start of a word,
 * ignoring case: "säbo" is in "Säbon"), the group's words that `text` does not say, each once, in the groups'
 * order.
 */
export function synonymsFor(text: string, groups: readonly CompiledGroup[]): string[] {
  const lower = text.toLocaleLowerCase('sv');
  const added = new Set<string>();
  for (const { words, patterns } of groups) {
    const said = patterns.map((p) => p.test(lower));
    if (!said.includes(true)) continue;
    words.forEach((word, i) => {
      if (!said[i]) added.add(word);
    });
  }
  return [...added];
}
