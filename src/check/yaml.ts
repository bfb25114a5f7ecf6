/**
 * Reads YAML safely and remembers where every value stands.
 *
 * YAML is read with the failsafe schema: every scalar stays the string that was
 * written. `13:30` is not turned into 810, `0123` not into 123, `2021-01-19` not
 * into a Date at midnight UTC, `yes` not into `true`. Tags such as `!!js/function`
 * are not resolved. The schemas in `schema.ts` then decide what each string means.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Position } from '../core/diagnostics.ts';

/** Where a value (and, in a mapping, its key) stands in the file. */
export interface Place {
  key?: Position;
  value: Position;
}

/** Parsed YAML with the place of every value, keyed by its path (`speakers.0.name`). */
export interface YamlData {
  /** The data: strings, arrays and plain objects only. `undefined` for an empty document. */
  data: unknown;
  /** Places by dotted path; `''` is the document itself. */
  places: Record<string, Place>;
}

/** How many times aliases (`*name`) may be used in one document: more is refused, as the yaml library does. */
export const MAX_ALIASES = 50;

/** A Swedish explanation of a YAML error, from its code and (for the common cases) its English message. */
export function yamlHint(code: string, message: string): string {
  if (/end with a \]/.test(message)) return 'listan saknar sitt avslutande ]';
  if (/end with a \}/.test(message)) return 'uppsättningen saknar sin avslutande }';
  if (/Missing closing "?quote|Missing closing ['"]/.test(message))
    return 'citattecknet stängs aldrig; avsluta värdet med samma citattecken som det börjar med';
  if (/followed by map values/.test(message)) return 'kolon saknas efter fältnamnet; skriv namn: värde';
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'samma fält står två gånger; ta bort det ena';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'raden efter är indragen mer än den här; fält på samma nivå ska börja i samma kolumn';
    case 'BAD_INDENT':
      return 'indraget stämmer inte; rader i samma lista eller samma fält ska ha lika många mellanslag först';
    case 'TAB_AS_INDENT':
      return 'tabbtecken får inte användas för indrag; använd mellanslag';
    case 'BAD_DQ_ESCAPE':
      return 'ogiltig \\-sekvens inom "…"; skriv \\\\ för ett bakstreck';
    case 'BAD_SCALAR_START':
      return 'värdet börjar med ett tecken som måste citeras; sätt värdet inom "…"';
    case 'BAD_ALIAS':
      return 'aliaset (*namn) pekar inte på något ankare (&namn); börjar värdet med *, sätt det inom "…"';
    default:
      return 'kontrollera kolon, bindestreck, citattecken och indrag';
  }
}

/** Why YAML text could not be read, at one place (one per line). */
export interface YamlError {
  place: Position;
  /** What is wrong, in Swedish, ending with the line as written: `YAML kan inte läsas här: … Raden är "…".` */
  reason: string;
  /** The line as written, when the error is about one. */
  line?: string;
}

/** YAML text as read: the data with places, or the errors that kept it from being read. */
export type YamlResult = { ok: true; yaml: YamlData } | { ok: false; errors: YamlError[] };

/**
 * Parses YAML text with the failsafe schema. Returns the data and places, or every syntax error (one per
 * line, with a Swedish hint) when the text cannot be read. Reports nothing itself: the rules
 * `front-matter-yaml` and `registry-yaml` turn the errors into messages.
 *
 * @param text The YAML.
 * @param firstLine The file line `text` starts on. Default: 1.
 */
export function readYaml(text: string, firstLine = 1): YamlResult {
  const lines = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const errors: YamlError[] = [];
  const linesReported = new Set<number>();
  for (const problem of doc.errors) {
    const place = at(problem.pos[0]);
    if (linesReported.has(place.line)) continue;
    linesReported.add(place.line);
    const line = lineAt(text, place.line - firstLine);
    const hint = yamlHint(/^[^#]*:\s*\*/.test(line) ? 'BAD_ALIAS' : problem.code, problem.message);
    errors.push({ place, line, reason: `YAML kan inte läsas här: ${hint}. Raden är ${JSON.stringify(line)}.` });
  }
  for (const problem of doc.warnings) {
    if (problem.code !== 'TAG_RESOLVE_FAILED') continue;
    errors.push({
      place: at(problem.pos[0]),
      reason: 'YAML-taggar (!!…) används inte här och körs aldrig; ta bort taggen och skriv värdet som vanlig text.',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  let data: unknown;
  try {
    // The yaml library counts the anchor as one use of it.
    data = doc.toJS({ maxAliasCount: MAX_ALIASES + 1 });
  } catch (failure) {
    const first = text.search(/\*[^\s,\]}]/);
    const unresolved = /unresolved alias/i.test(String(failure));
    const reason = unresolved
      ? `YAML kan inte läsas här: ${yamlHint('BAD_ALIAS', '')}.`
      : // The library refuses documents whose aliases expand too far ("billion laughs").
        `YAML kan inte läsas: aliasen (*namn) används för många gånger (högst ${MAX_ALIASES}). Skriv värdena som vanlig text i stället för &ankare och *alias.`;
    return { ok: false, errors: [{ place: at(first === -1 ? 0 : first), reason }] };
  }
  const places: Record<string, Place> = {};
  if (doc.contents) collectPlaces(doc.contents, '', places, at);
  return { ok: true, yaml: { data: data ?? undefined, places } };
}

/** The place of a path, or of its nearest ancestor that has one. */
export function placeOf(yaml: YamlData, path: readonly PropertyKey[], part: 'key' | 'value' = 'value'): Position {
  for (let n = path.length; n >= 0; n--) {
    const place = yaml.places[path.slice(0, n).map(String).join('.')];
    if (place) return (part === 'key' && n === path.length ? place.key : undefined) ?? place.value;
  }
  return { line: 1, column: 1 };
}

function collectPlaces(node: Node, path: string, places: Record<string, Place>, at: (offset: number) => Position): void {
  if (node.range) places[path] = { ...places[path], value: at(node.range[0]) };
  const join = (segment: string) => (path === '' ? segment : `${path}.${segment}`);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const keyNode = pair.key as Node;
      const keyPlace = keyNode.range ? at(keyNode.range[0]) : undefined;
      if (pair.value && typeof pair.value === 'object' && 'range' in pair.value) {
        collectPlaces(pair.value as Node, join(key), places, at);
        const entry = places[join(key)];
        if (entry && keyPlace) entry.key = keyPlace;
      } else if (keyPlace) {
        places[join(key)] = { key: keyPlace, value: keyPlace };
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      if (item && typeof item === 'object' && 'range' in item) collectPlaces(item as Node, join(String(index)), places, at);
    });
  }
}

function lineAt(text: string, index: number): string {
  return text.split('\n')[index] ?? '';
}
