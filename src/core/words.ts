/**
 * Ordinary words of the minutes: how often given words stand in a text as
 * words of their own, written exactly so. The check warns about an agency
 * alias that the minutes also write as an ordinary word in lower case
 * (`agency-alias-common-word`), and the search index leaves such an alias out
 * of the names it adds to items; both ask here.
 */

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/**
 * How often each of `words` stands in `texts` as a word of its own, written exactly so: "vård" counts in
 * "god vård." but not in "Vård", "vårdgivare" or "hälso-vård" (a word is a letter, then letters and hyphens).
 * Each word is looked for with `indexOf` and its ends checked, so a large archive's text is not split into
 * words (at 1,000 meetings that took a quarter of a second at every check).
 */
export function wordCounts(texts: Iterable<string>, words: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) if (/^\p{L}[\p{L}-]*$/u.test(word)) counts.set(word, 0);
  if (counts.size === 0) return counts;
  for (const text of texts) {
    for (const [word, seen] of counts) {
      let times = 0;
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
        // Inside a longer word when a letter comes right before, or before the hyphens right before.
        let before = at - 1;
        while (before >= 0 && text[before] === '-') before--;
        const after = text[at + word.length];
        if (!isLetter(text[before]) && after !== '-' && !isLetter(after)) times++;
      }
      counts.set(word, seen + times);
    }
  }
  return counts;
}
