/**
 * The schemas of the minutes file's front matter and of the two registries.
 *
 * YAML is read with the failsafe schema (see `yaml-data.ts`), so every value
 * arrives here as a string, a list or a mapping; these schemas decide what the
 * strings mean. `error-map.ts` turns their failures into Swedish messages.
 */
import { z } from 'zod';
import { isRealDate } from '../core/dates.ts';

/** Marks a schema failure so that the error map can give it a rule id and message. */
export const RULE = {
  dateFormat: 'date-format',
  dateInvalid: 'date-invalid',
  idFormat: 'id-format',
  websiteFormat: 'website-format',
} as const;

/** An empty YAML value (`topics:`) is read as an empty list. */
const emptyAsList = (value: unknown) => (value === '' || value === undefined ? [] : value);

/** A list that may be written empty. */
const list = <T extends z.ZodType>(item: T) => z.preprocess(emptyAsList, z.array(item));

/** A non-empty string with surrounding spaces removed. */
const text = () => z.string().trim().min(1);


/** A calendar date written `YYYY-MM-DD`, for example `2021-01-19`. Kept as a string: no time zone can shift it. */
export const isoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: RULE.dateFormat })
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isRealDate(value), { message: RULE.dateInvalid });

/** One person who presented at the meeting. */
export const speakerSchema = z.strictObject({
  /** The person's name as it is written in the agenda item headings, for example `Anders Tegnell`. */
  name: text(),
  /** The agency the person spoke for: id, name, short name or alias from `agencies.yml`, for example `FoHM`. */
  agency: text(),
});

/** Settings for one agenda item, keyed by the item's anchor (the slug of its heading). */
export const itemSettingsSchema = z.strictObject({
  /** The item's topics, replacing those found by signal words. Each must be among the meeting's `topics`. */
  topics: list(text()),
});

/** The front matter of a minutes file. */
export const frontMatterSchema = z.strictObject({
  /** The meeting's title, for example `Socialchefsnätverket 19 januari 2021`. */
  title: text(),
  /** The meeting's date, `YYYY-MM-DD`; must equal the date that starts the file name. */
  date: isoDateSchema,
  /** Everyone named in an agenda item heading's parenthesis, each with their agency. Default: none. */
  speakers: list(speakerSchema).default([]),
  /** The agencies that presented (as in the headings): ids, names, short names or aliases. Default: none. */
  agencies: list(text()).default([]),
  /** The meeting's topics, names or aliases from `topics.yml`. Items get them by signal words. Default: none. */
  topics: list(text()).default([]),
  /** Per-item settings keyed by anchor, for example `besoksforbud: {topics: [Besöksförbud]}`. Default: none. */
  items: z.preprocess((v) => (v === '' ? {} : v), z.record(z.string(), itemSettingsSchema)).default({}),
});

/** The front matter after validation. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A registry id: lower-case letters a–z, digits and single hyphens, for example `fohm` or `ivos-tillsyn`. */
const idSchema = z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: RULE.idFormat });

/** One agency in `agencies.yml`. */
export const agencyEntrySchema = z.strictObject({
  /** Stable id used in URLs (`/aktorer/<id>/`), for example `fohm`. */
  id: idSchema,
  /** Full name, for example `Folkhälsomyndigheten`. */
  name: text(),
  /** Short name or abbreviation, for example `FoHM`. Optional. */
  short: text().optional(),
  /** Other ways of writing the name that mean the same agency. Default: none. */
  aliases: list(text()).default([]),
  /** The agency's website, `https://…`. Optional; only give one you know is right. */
  website: z.string().trim().regex(/^https:\/\/[^\s<>"]+$/, { message: RULE.websiteFormat }).optional(),
  /** Published contact e-mail addresses that may appear in minutes without a warning. Default: none. */
  emails: list(text()).default([]),
});

/** One topic in `topics.yml`. */
export const topicEntrySchema = z.strictObject({
  /** Stable id used in URLs (`/amnen/<id>/`), for example `besoksforbud`. */
  id: idSchema,
  /** The topic's Swedish name, for example `Besöksförbud`. */
  name: text(),
  /** One sentence on what the topic covers. */
  description: text(),
  /** Other names that may be used in a meeting's `topics`. Default: none. */
  aliases: list(text()).default([]),
  /** Words that show an agenda item is about the topic, matched at the start of words, ignoring case. */
  signals: list(text()).default([]),
});

export type AgencyEntry = z.infer<typeof agencyEntrySchema>;
export type TopicEntry = z.infer<typeof topicEntrySchema>;
