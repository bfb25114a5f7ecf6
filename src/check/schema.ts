/**
 * The schemas of the minutes file's front matter and of the two registries:
 * the one place a field is defined. Each field carries its help (what it
 * should hold, with an example) as zod metadata, which the messages quote
 * (`error-map.ts`); the allowed field names that messages list are the
 * schema's own keys. Adding a front matter field is a change here (plus its
 * use and test).
 *
 * YAML is read with the failsafe schema (see `yaml.ts`), so every value
 * arrives here as a string, a list or a mapping; these schemas decide what the
 * strings mean.
 */
import { z } from 'zod';
import { isRealDate } from '../core/dates.ts';

/** What a field should hold, with an example, for the messages. */
export interface FieldHelp {
  /** Swedish, fits "ska vara …": `ett datum skrivet ÅÅÅÅ-MM-DD`. */
  expected: string;
  /** As it would be written in the file: `date: 2021-01-19`. */
  example: string;
}

/** Attaches help to a schema. */
export const help = <T extends z.ZodType>(schema: T, expected: string, example: string): T => schema.meta({ expected, example });

/** Marks a schema failure so that the error map can give it a rule id and message. */
export const RULE = {
  dateFormat: 'date-format',
  dateInvalid: 'date-invalid',
  idFormat: 'id-format',
  websiteFormat: 'website-format',
  siteUrl: 'site-url',
  number: 'number',
  synonymGroup: 'synonym-group',
} as const;

/** An empty YAML value (`topics:`) is read as an empty list. */
const emptyAsList = (value: unknown) => (value === '' || value === undefined ? [] : value);

/** A list that may be written empty. */
export const list = <T extends z.ZodType>(item: T) => z.preprocess(emptyAsList, z.array(item));

/** A non-empty string with surrounding spaces removed. */
export const text = () => z.string().trim().min(1);

/** A calendar date written `YYYY-MM-DD`, for example `2021-01-19`. Kept as a string: no time zone can shift it. */
export const isoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: RULE.dateFormat })
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isRealDate(value), { message: RULE.dateInvalid });

const speakerExample = '  - name: Anders Tegnell\n    agency: FoHM';

/** One person who presented at the meeting. */
export const speakerSchema = help(
  z.strictObject({
    /** The person's name as it is written in the agenda item headings, for example `Anders Tegnell`. */
    name: help(text(), 'personens namn som i rubrikerna', 'name: Anders Tegnell'),
    /** The agency the person spoke for: id, name, short name or alias from `agencies.yml`, for example `FoHM`. */
    agency: help(text(), 'en aktör från agencies.yml', 'agency: FoHM'),
  }),
  'en person med name och agency',
  speakerExample,
);

const itemsExample = '  besoksforbud:\n    topics: [Besöksförbud]';

/** Settings for one agenda item or question, keyed by its anchor (the slug of its heading). */
export const itemSettingsSchema = help(
  z.strictObject({
    /** The item's or question's topics, replacing those found by signal words. Each must be among the meeting's `topics`. */
    topics: help(
      z.preprocess((v) => (v === '' ? [] : v), z.array(text())),
      'en lista med ämnen från mötets topics',
      'topics: [Besöksförbud]',
    ).optional(),
    /**
     * The agencies that answer the item or question, replacing those found from the answers' openings
     * ("FoHM: …", "FoHM menar …"); `[]` credits none. Default: as found.
     */
    answeredBy: help(
      z.preprocess((v) => (v === '' ? [] : v), z.array(text())),
      'en lista med aktörer från agencies.yml som svarar på punkten eller frågan',
      'answeredBy: [FoHM]',
    ).optional(),
  }),
  'inställningar för en dagordningspunkt eller fråga (topics, answeredBy)',
  itemsExample,
);

const titleExample = 'title: Socialchefsnätverket 19 januari 2021';
const agencyList = 'agencies: [Socialstyrelsen, SKR, FoHM]';
const topicList = 'topics: [Vaccination, Besöksförbud]';

/** The front matter of a minutes file. */
export const frontMatterSchema = help(
  z.strictObject({
    /** The meeting's title, for example `Socialchefsnätverket 19 januari 2021`. */
    title: help(text(), 'mötets rubrik', titleExample),
    /** The meeting's date, `YYYY-MM-DD`; must equal the date that starts the file name. */
    date: help(isoDateSchema, 'ett datum skrivet ÅÅÅÅ-MM-DD', 'date: 2021-01-19'),
    /** Everyone named in an agenda item heading's parenthesis, each with their agency. Default: none. */
    speakers: help(list(speakerSchema), 'en lista med personer, var och en med name och agency', `speakers:\n${speakerExample}`).default(
      [],
    ),
    /** The agencies that presented (as in the headings): ids, names, short names or aliases. Default: none. */
    agencies: help(
      list(help(text(), 'en aktör från agencies.yml', agencyList)),
      'en lista med aktörer från agencies.yml',
      agencyList,
    ).default([]),
    /** The meeting's topics, names or aliases from `topics.yml`. Items get them by signal words. Default: none. */
    topics: help(list(help(text(), 'ett ämne från topics.yml', topicList)), 'en lista med ämnen från topics.yml', topicList).default([]),
    /** Per-item settings keyed by anchor, for example `besoksforbud: {topics: [Besöksförbud]}`. Default: none. */
    items: help(
      z.preprocess((v) => (v === '' ? {} : v), z.record(z.string(), itemSettingsSchema)),
      'inställningar per dagordningspunkt, med punktens ankare som nyckel',
      `items:\n${itemsExample}`,
    ).default({}),
  }),
  'fält med värden (title: …, date: …)',
  titleExample,
);

/** The front matter after validation. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A registry id: lower-case letters a–z, digits and single hyphens, for example `fohm` or `ivos-tillsyn`. */
const idSchema = (example: string) =>
  help(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: RULE.idFormat }),
    'ett id med små bokstäver a–z, siffror och bindestreck',
    example,
  );

const aliases = () => help(list(help(text(), 'ett annat skrivsätt', 'aliases: [FHM]')), 'en lista med andra skrivsätt', 'aliases: [FHM]');

const agencyExample = '- id: fohm\n  name: Folkhälsomyndigheten';

/** One agency in `agencies.yml`. */
export const agencyEntrySchema = help(
  z.strictObject({
    /** Stable id used in URLs (`/aktorer/<id>/`), for example `fohm`. */
    id: idSchema('id: fohm'),
    /** Full name, for example `Folkhälsomyndigheten`. */
    name: help(text(), 'namnet som det ska visas', 'name: Folkhälsomyndigheten'),
    /** Short name or abbreviation, for example `FoHM`. Optional. */
    short: help(text(), 'ett kort namn', 'short: FoHM').optional(),
    /** Other ways of writing the name that mean the same agency. Default: none. */
    aliases: aliases().default([]),
    /** The agency's website, `https://…`. Optional; only give one you know is right. */
    website: help(
      z
        .string()
        .trim()
        .regex(/^https:\/\/[^\s<>"]+$/, { message: RULE.websiteFormat }),
      'en adress som börjar med https://',
      'website: https://www.folkhalsomyndigheten.se/',
    ).optional(),
    /** Published contact e-mail addresses that may appear in minutes without a warning. Default: none. */
    emails: help(
      list(help(text(), 'en e-postadress', 'emails: [registrator@example.se]')),
      'en lista med publicerade e-postadresser',
      'emails: [registrator@example.se]',
    ).default([]),
  }),
  'en post med id och name',
  agencyExample,
);

/** `agencies.yml`: a list of agencies. */
export const agencyRegistrySchema = help(z.array(agencyEntrySchema), 'en lista där varje post börjar med "- id: …"', agencyExample);

const topicExample = '- id: besoksforbud\n  name: Besöksförbud';

/** One topic in `topics.yml`. */
export const topicEntrySchema = help(
  z.strictObject({
    /** Stable id used in URLs (`/amnen/<id>/`), for example `besoksforbud`. */
    id: idSchema('id: besoksforbud'),
    /** The topic's Swedish name, for example `Besöksförbud`. */
    name: help(text(), 'ämnets namn som det ska visas', 'name: Besöksförbud'),
    /** One sentence on what the topic covers. */
    description: help(text(), 'en mening om vad ämnet omfattar', 'description: Tillfälliga lokala besöksförbud.'),
    /** Other names that may be used in a meeting's `topics`. Default: none. */
    aliases: aliases().default([]),
    /** Words that show an agenda item is about the topic, matched at the start of words, ignoring case. */
    signals: help(
      list(help(text(), 'ett signalord', 'signals: [besöksförbud]')),
      'en lista med signalord',
      'signals: [besöksförbud]',
    ).default([]),
    /**
     * What people type when they look for the topic but that the minutes do not say: English and everyday
     * words (`visiting ban`, `besöksstopp`). The search page offers the topic for them ("Menade du ämnet
     * Besöksförbud?"). Default: none.
     */
    searchTerms: help(
      list(help(text(), 'ett sökord', 'searchTerms: [visiting ban, besöksstopp]')),
      'en lista med sökord på engelska eller vardagssvenska',
      'searchTerms: [visiting ban, besöksstopp]',
    ).default([]),
    /**
     * Groups of everyday words that mean the same (`[säbo, särskilt boende, äldreboende]`): the search finds an
     * item that says one word of a group by any other (added to the item's record after the separator, so
     * excerpts never show them). Each group has at least two words. Default: none.
     */
    synonyms: help(
      list(
        help(
          z.preprocess(
            emptyAsList,
            z.array(help(text(), 'ett ord', 'synonyms: [[säbo, särskilt boende]]')).min(2, { message: RULE.synonymGroup }),
          ),
          'en grupp med minst två ord som betyder samma sak',
          'synonyms: [[säbo, särskilt boende, äldreboende]]',
        ),
      ),
      'en lista med grupper av ord som betyder samma sak',
      'synonyms: [[säbo, särskilt boende, äldreboende]]',
    ).default([]),
  }),
  'en post med id, name och description',
  topicExample,
);

/** `topics.yml`: a list of topics. */
export const topicRegistrySchema = help(z.array(topicEntrySchema), 'en lista där varje post börjar med "- id: …"', topicExample);

export type AgencyEntry = z.infer<typeof agencyEntrySchema>;
export type TopicEntry = z.infer<typeof topicEntrySchema>;

/** A schema with its wrappers (default, optional, preprocessing) taken off, and the help found on the way. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; help: FieldHelp | undefined } {
  let current = schema;
  let found = z.globalRegistry.get(current) as FieldHelp | undefined;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; out?: z.ZodType };
    const next =
      def.type === 'pipe' ? def.out : ['default', 'optional', 'nullable', 'prefault'].includes(def.type) ? def.innerType : undefined;
    if (!next) return { inner: current, help: found };
    current = next;
    found ??= z.globalRegistry.get(current) as FieldHelp | undefined;
  }
}

/** The schema of the value at `path` (keys of objects and records, indices of lists), or undefined when the schema has no such place. */
function schemaAt(root: z.ZodType, path: readonly (string | number)[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (const key of path) {
    if (!schema) return undefined;
    const def = unwrap(schema).inner._zod.def as {
      type: string;
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
      valueType?: z.ZodType;
    };
    schema =
      def.type === 'object'
        ? def.shape?.[String(key)]
        : def.type === 'array'
          ? def.element
          : def.type === 'record'
            ? def.valueType
            : undefined;
  }
  return schema;
}

/** The help of the field at `path`; a generic text when the schema has none there. */
export function fieldHelp(root: z.ZodType, path: readonly (string | number)[]): FieldHelp {
  const schema = schemaAt(root, path);
  return (schema && unwrap(schema).help) ?? { expected: 'ett giltigt värde', example: '' };
}

/** The field names the mapping at `path` allows, in the schema's order. */
export function allowedFields(root: z.ZodType, path: readonly (string | number)[]): string[] {
  const schema = schemaAt(root, path);
  const def = schema && (unwrap(schema).inner._zod.def as { type: string; shape?: Record<string, z.ZodType> });
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
