/**
 * The Swedish word list the search page's typo help consults, made from
 * `dictionary-sv` (Hunspell's Swedish dictionary, LGPL-3.0) at build time.
 * Pure: the build reads the dictionary's files and writes what this returns.
 *
 * Not every form is listed: the dictionary's 150,000 stems expand to 840,000
 * forms (2.1 MB gzip against 0.55 MB), so the list holds the stems, and the
 * endings of its suffix rules as `[strip, add]` pairs; the page takes a word as
 * known Swedish when it, or a stem it is a form of (the word with an ending's
 * `add` replaced by its `strip`), is listed. The rules' conditions and which
 * stem takes which ending are left out, so a few non-words pass as Swedish
 * (a missed correction, never a wrong one); compounds the dictionary does not
 * list ("äldreboendet") are not known.
 */
import { foldWord, swedishFile, VOCABULARY_MIN_LENGTH } from '../core/search-contract.ts';

/** The word list: the stems by file (`svenska/b.txt`), sorted, folded, and the endings. */
export interface SwedishWords {
  files: Map<string, string[]>;
  endings: [strip: string, add: string][];
}

/** The flags of stems that are no word of their own: forbidden (`%`) and compound parts only (`Z`, `ONLYINCOMPOUND`). */
function notWords(aff: string): Set<string> {
  const flags = new Set<string>();
  for (const match of aff.matchAll(/^(?:FORBIDDENWORD|ONLYINCOMPOUND)\s+(\S+)/gm)) flags.add(match[1]!);
  return flags;
}

/** The Swedish word list of a Hunspell dictionary (`.dic` and `.aff` as text). */
export function swedishWords(dic: string, aff: string): SwedishWords {
  const skip = notWords(aff);
  const stems = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const [written = '', flags = ''] = line.trim().split('/');
    if ([...flags].some((flag) => skip.has(flag))) continue;
    const word = foldWord(written);
    if (word.length >= VOCABULARY_MIN_LENGTH && /^\p{L}+$/u.test(word)) stems.add(word);
  }
  const endings = new Map<string, [string, string]>();
  for (const line of aff.split('\n')) {
    const [kind, , strip, add, condition] = line.trim().split(/\s+/);
    if (kind !== 'SFX' || condition === undefined) continue;
    const pair: [string, string] = [foldWord(strip === '0' ? '' : strip!), foldWord(add!.split('/')[0]!.replace(/^0$/, ''))];
    if (pair[1] && /^\p{L}*$/u.test(pair.join(''))) endings.set(pair.join('>'), pair);
  }
  const files = new Map<string, string[]>();
  for (const word of [...stems].sort()) {
    const file = swedishFile(word[0]!);
    const group = files.get(file);
    if (group) group.push(word);
    else files.set(file, [word]);
  }
  return { files, endings: [...endings.values()].sort((a, b) => (a.join('>') < b.join('>') ? -1 : 1)) };
}
