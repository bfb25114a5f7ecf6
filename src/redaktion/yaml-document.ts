/**
 * YAML as Redaktionen writes the registries and the site setting: block
 * mappings and lists, flow lists for lists of texts (and lists of such lists), every text plain where
 * that is safe and double-quoted otherwise (see `yamlScalar`), so that the
 * check's failsafe reader takes every value as written.
 */
import { yamlScalar } from './minutes-format.ts';

/** A value the writer takes: texts, numbers, lists and mappings; empty values are left out. */
export type YamlValue = string | number | boolean | undefined | null | YamlValue[] | { [key: string]: YamlValue };

const isEmpty = (value: YamlValue): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isEmpty));

const isScalar = (value: YamlValue): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value);

/** The lines of `value` at `indent`: a mapping's keys, a list's items. */
function lines(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (isEmpty(item)) return [];
      if (isScalar(item)) return [`${indent}- ${yamlScalar(String(item))}`];
      const inner = lines(item, `${indent}  `);
      return inner.length ? [`${indent}- ${inner[0]!.trimStart()}`, ...inner.slice(1)] : [];
    });
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => {
      if (isEmpty(inner)) return [];
      if (isScalar(inner)) return [`${indent}${key}: ${yamlScalar(String(inner))}`];
      if (Array.isArray(inner) && inner.every(isScalar))
        return [`${indent}${key}: [${inner.map((v) => yamlScalar(String(v), true)).join(', ')}]`];
      // A list of groups of texts (a topic's synonyms): `[[säbo, särskilt boende], [covid, corona]]`.
      if (Array.isArray(inner) && inner.every((group) => Array.isArray(group) && group.every(isScalar)))
        return [
          `${indent}${key}: [${inner
            .filter((group) => !isEmpty(group))
            .map((group) => `[${(group as YamlValue[]).map((v) => yamlScalar(String(v), true)).join(', ')}]`)
            .join(', ')}]`,
        ];
      return [`${indent}${key}:`, ...lines(inner, Array.isArray(inner) ? `${indent}  ` : `${indent}  `)];
    });
  }
  return isScalar(value) ? [`${indent}${yamlScalar(String(value))}`] : [];
}

/** `value` as a YAML document, with `header` (comment lines) above it; `spaced`: a blank line between a top list's items. */
export function yamlDocument(value: YamlValue, header: readonly string[] = [], options: { spaced?: boolean } = {}): string {
  const body =
    options.spaced && Array.isArray(value) ? value.flatMap((item, i) => [...(i ? [''] : []), ...lines([item], '')]) : lines(value, '');
  const comment = header.map((line) => (line ? `# ${line}` : '#'));
  return `${[...comment, ...(comment.length && body.length ? [''] : []), ...body].join('\n')}\n`;
}
