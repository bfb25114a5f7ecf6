/**
 * The registries and the site setting as Redaktionen's forms hold them, and
 * back: `agencies.yml` and `topics.yml` are YAML lists, which a form cannot
 * be, so the form holds them as `{ entries: [...] }`; `webbplats.yml` is a
 * mapping and stays one. Registered in the page as Decap's custom formats;
 * pure, and tested to read back what they write.
 */
import { slugify } from '../core/slug.ts';
import { readYaml } from '../check/yaml.ts';
import { type YamlValue, yamlDocument } from './yaml-document.ts';

/** A registry as the form holds it. */
export interface RegistryForm {
  entries: Record<string, YamlValue>[];
  /** The comment lines at the top of the file (without `# `), kept as they were. */
  comment?: string[];
}

/** The comment lines at the top of a YAML text, without their `#` and one space. */
export function leadingComment(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*#/.test(line)) lines.push(line.replace(/^\s*# ?/, ''));
    else if (line.trim() === '' && lines.length) lines.push('');
    else break;
  }
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The order of an agency's fields in `agencies.yml`. */
export const AGENCY_FIELDS = ['id', 'name', 'short', 'aliases', 'website', 'emails'] as const;
/** The order of a topic's fields in `topics.yml`. */
export const TOPIC_FIELDS = ['id', 'name', 'description', 'aliases', 'signals', 'searchTerms', 'synonyms'] as const;

/** Reads a registry's text into the form. Text that is not a YAML list gives no entries (the check says why). */
export function registryFromFile(text: string): RegistryForm {
  const yaml = readYaml(text);
  if (!yaml.ok || !Array.isArray(yaml.yaml.data)) return { entries: [] };
  return {
    comment: leadingComment(text),
    entries: yaml.yaml.data.filter((e): e is Record<string, YamlValue> => Boolean(e) && typeof e === 'object' && !Array.isArray(e)),
  };
}

/**
 * The form as a registry's text, each entry's fields in `order` (others after). An entry without an id gets
 * the slug of its name, so that adding an agency is a name and nothing else that must be typed.
 */
export function registryToFile(form: Partial<RegistryForm>, order: readonly string[], header: readonly string[] = []): string {
  const entries = (form.entries ?? []).map((entry) => {
    const id = typeof entry.id === 'string' && entry.id.trim() ? entry.id.trim() : slugify(String(entry.name ?? ''));
    const filled: Record<string, YamlValue> = { ...entry, id };
    const keys = [...order.filter((key) => key in filled), ...Object.keys(filled).filter((key) => !order.includes(key))];
    return Object.fromEntries(keys.map((key) => [key, filled[key]])) as Record<string, YamlValue>;
  });
  return yamlDocument(entries, [...(header.length ? header : (form.comment ?? []))], { spaced: true });
}

/** Reads the site setting's text into the form (a mapping; anything else gives an empty form). */
export function settingFromFile(text: string): Record<string, YamlValue> {
  const yaml = readYaml(text);
  const data = yaml.ok ? yaml.yaml.data : undefined;
  const comment = leadingComment(text);
  const values = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, YamlValue>) : {};
  return comment.length ? { ...values, [SETTING_COMMENT]: comment } : values;
}

/** Where the form keeps the site setting's leading comment (not a field of the setting). */
export const SETTING_COMMENT = '_kommentar';

/** The order of the site setting's fields. */
export const SETTING_FIELDS = [
  'url',
  'name',
  'description',
  'network',
  'networkLabel',
  'publisher',
  'publisherUrl',
  'latestCount',
  'accessibility',
  'follow',
  'deploy',
] as const;

/** The form as the site setting's text. */
export function settingToFile(form: Record<string, YamlValue>, header: readonly string[] = []): string {
  const { [SETTING_COMMENT]: comment, ...values } = form;
  const keys = [
    ...SETTING_FIELDS.filter((key) => key in values),
    ...Object.keys(values).filter((key) => !(SETTING_FIELDS as readonly string[]).includes(key)),
  ];
  const lines = header.length ? header : Array.isArray(comment) ? comment.map(String) : [];
  return yamlDocument(Object.fromEntries(keys.map((key) => [key, values[key]])) as Record<string, YamlValue>, lines);
}
