/**
 * Slugs: the ASCII identifiers used in URLs and anchors.
 *
 * Swedish letters are folded (å → a, ä → a, ö → o, é → e), other scripts are
 * transliterated (any-ascii: "Юлия Петрова" → `iuliia-petrova`), and
 * everything that is not a letter or digit becomes one hyphen:
 * "Besöksförbud" → `besoksforbud`, "IVO:s tillsyn" → `ivos-tillsyn`,
 * "Åsa Furén-Thulin" → `asa-furen-thulin`.
 */
import anyAscii from 'any-ascii';
import { fold } from './fold.ts';

export { fold } from './fold.ts';

/** Turns a name or heading into a slug. Returns `''` when nothing usable is left. */
export function slugify(text: string): string {
  const folded = fold(text);
  // eslint-disable-next-line no-control-regex
  return (/^[\x00-\x7f]*$/.test(folded) ? folded : anyAscii(folded).toLowerCase())
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

/**
 * A person's id: the slug of their name, or (for a name with nothing a slug
 * can keep, such as "☺") `person-` and a short hash of the name, so that every
 * name gets a usable, stable id.
 */
export function personId(name: string): string {
  return slugify(name) || `person-${shortHash(name.trim())}`;
}

/** Eight hex digits from a text (FNV-1a over its UTF-16 code units): stable, and the same in Node and in a browser. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
