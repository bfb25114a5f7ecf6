/**
 * Slugs: the ASCII identifiers used in URLs and anchors.
 *
 * Swedish letters are folded (å → a, ä → a, ö → o, é → e), everything that is
 * not a letter or digit becomes one hyphen: "Besöksförbud" → `besoksforbud`,
 * "IVO:s tillsyn" → `ivos-tillsyn`, "Åsa Furén-Thulin" → `asa-furen-thulin`.
 */

/** Folds case and diacritics: "Åsa Furén" → "asa furen". Used for slugs and for comparing names. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase();
}

/** Turns a name or heading into a slug. Returns `''` when nothing usable is left. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[’'`´:]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Returns `base` or, when it is taken, `base-2`, `base-3`, …, and records the
 * result in `taken`. An empty base becomes `fallback`.
 */
export function uniqueSlug(base: string, taken: Set<string>, fallback = 'punkt'): string {
  const stem = base || fallback;
  let slug = stem;
  for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`;
  taken.add(slug);
  return slug;
}
