/**
 * Folding names for comparison, apart from the slugs (`slug.ts`, which needs
 * Node's hashing) so that code running in the page can fold without Node.
 */

/** Folds case and diacritics: "Åsa Furén" → "asa furen". Used for slugs and for comparing names. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[æ]/gi, 'ae').replace(/[øØ]/g, 'o').toLowerCase();
}
