/**
 * The shape of the structured index: the archive as data, published as
 * `/index.json` (with its JSON Schema at `/index.schema.json`) for other tools.
 *
 * Everything is cross-linked by id, both ways: a topic lists its items and
 * every item lists its topics; an agency lists its people and items; a person
 * lists their items. URLs are paths from the site root (`/moten/2021-01-19/`);
 * a site served under a sub-path puts its prefix in front.
 */
import { z } from 'zod';

const id = z.string().min(1);
const ids = z.array(id);
// A pattern, not zod's startsWith: that adds the format "starts_with", which strict JSON Schema validators refuse.
const url = z.string().regex(/^\//);

/** A person presenting for an agency. */
export const presenterSchema = z.object({
  personId: id.describe('Id of the person, see `people`.'),
  agencyId: id.describe('Id of the agency the person spoke for, see `agencies`.'),
});

/** One meeting. */
export const meetingSchema = z.object({
  id: id.describe('The meeting id: its date, `2021-01-19`.'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('Date of the meeting, `YYYY-MM-DD`.'),
  year: z.number().int().describe('Year of the meeting.'),
  title: z.string().describe('Title, for example "Socialchefsnätverket 19 januari 2021".'),
  url: url.describe('Path of the meeting page.'),
  file: z.string().describe('Path of the minutes file it was built from.'),
  speakers: z.array(presenterSchema).describe('Everyone who presented, in the order of the front matter.'),
  agencyIds: ids.describe('Agencies that presented, in the order of the front matter.'),
  topicIds: ids.describe('Topics of the meeting, in the order of the front matter.'),
  itemIds: ids.describe('Agenda items and presentation sections, in the order of the minutes.'),
  introHtml: z.string().describe('Sanitized HTML of any text before the first agenda item (usually empty).'),
  introText: z.string().describe('The same text as plain text (searchable).'),
  previousId: id.nullable().describe('The meeting before this one, or null.'),
  nextId: id.nullable().describe('The meeting after this one, or null.'),
});

/** A `###` question in an agenda item, with its answer. */
export const questionSchema = z.object({
  id: id.describe('`<meeting id>#<anchor>`, for example `2021-01-19#vad-hander-om-man-testar-positivt-efter-forsta-sprutan`.'),
  anchor: id.describe('Anchor id on the meeting page, unique within the meeting.'),
  url: url.describe('Path of the meeting page with the anchor.'),
  text: z.string().describe('The question (the `###` heading) as plain text.'),
  answeringAgencyIds: ids.describe(
    'Agencies that answer it: paragraphs under it that open with the agency\'s name, followed by a colon ("FoHM: …") or as the subject ("FoHM menar …"), or set in the front matter (`items: {<anchor>: {answeredBy: […]}}`).',
  ),
  answerText: z.string().describe('The plain text under the question, up to the next question or the end of the item.'),
  topicIds: ids.describe(
    "Topics of the question: the meeting's topics whose signal words are in its heading, or at least twice in its answer (never its item's), or set in the front matter (`items: {<anchor>: {topics: […]}}`).",
  ),
});

/** A decision or follow-up: a paragraph that opens with "Beslut:" or "Uppföljning:". */
export const outcomeSchema = z.object({
  kind: z.enum(['decision', 'follow-up']).describe('`decision` ("Beslut:") or `follow-up` ("Uppföljning:").'),
  text: z.string().describe('The text after the label.'),
  url: url.describe('Path of the meeting page with the anchor of the question or item it stands under.'),
});

/** One agenda item (a `##` section of a meeting). */
export const itemSchema = z.object({
  id: id.describe('`<meeting id>#<anchor>`, for example `2021-01-19#besoksforbud`.'),
  meetingId: id.describe('The meeting the item belongs to.'),
  anchor: id.describe('Anchor id on the meeting page, unique within the meeting.'),
  url: url.describe('Path of the meeting page with the anchor, `/moten/2021-01-19/#besoksforbud`.'),
  number: z.number().int().nullable().describe("Position among the meeting's agenda items (1, 2, …); null for presentation sections."),
  title: z.string().describe('The heading without the parenthesis of presenters.'),
  kind: z.enum(['agenda', 'presentation']).describe('`agenda` for an agenda item, `presentation` for slide text ("Ur presentationen").'),
  presenters: z.array(presenterSchema).describe('Who presented the item, in the order of the heading.'),
  personIds: ids.describe('Ids of the presenters, each once.'),
  agencyIds: ids.describe('Agencies that presented the item, each once.'),
  answeringAgencyIds: ids.describe(
    'Agencies that answer in the item (in its text or under its questions), kept apart from those that presented it.',
  ),
  network: z.boolean().describe("True when the network's own discussion is part of the item."),
  topicIds: ids.describe('Topics of the item.'),
  questions: z
    .array(questionSchema)
    .describe('The `###` questions of an agenda item, in order (none for presentation sections, whose `###` are slide titles).'),
  outcomes: z.array(outcomeSchema).describe('Decisions and follow-ups, in order.'),
  html: z.string().describe('The minutes of the item as sanitized HTML (no heading).'),
  text: z.string().describe('The minutes of the item as plain text.'),
  excerpt: z.string().describe('The first words of the text, for listings.'),
  relatedIds: ids.describe('Items of other meetings on the same topics, nearest in time first (up to 5).'),
});

/** One topic from the topic registry. */
export const topicSchema = z.object({
  id,
  name: z.string(),
  description: z.string(),
  url: url.describe('Path of the topic page.'),
  feedUrl: url.describe("Path of the Atom feed of the topic's newest items (published, like the page, when the topic has items)."),
  signals: z.array(z.string()).describe('Words that show an item is about the topic (matched at the start of words, ignoring case).'),
  searchTerms: z
    .array(z.string())
    .describe('English and everyday words people search for the topic with (the search page offers the topic for them).'),
  synonyms: z
    .array(z.array(z.string()))
    .describe(
      'Groups of everyday words that mean the same (`säbo`, `särskilt boende`): the search finds an item by any word of a group it says.',
    ),
  itemIds: ids.describe('Items on the topic, newest meeting first.'),
  meetingIds: ids.describe('Meetings with an item on the topic, newest first.'),
});

/** One agency from the agency registry. */
export const agencySchema = z.object({
  id,
  name: z.string(),
  shortName: z.string().nullable(),
  aliases: z.array(z.string()),
  website: z.string().nullable(),
  url: url.describe('Path of the agency page.'),
  itemIds: ids.describe('Items the agency presented, newest meeting first.'),
  answeredItemIds: ids.describe('Items the agency answered in (see `answeringAgencyIds`), newest meeting first.'),
  answeredQuestionIds: ids.describe('Questions the agency answered, newest meeting first (ids as in `items[].questions[].id`).'),
  personIds: ids.describe('People who presented for the agency, by name.'),
  meetingIds: ids.describe('Meetings where the agency presented, newest first.'),
});

/** One person who presented. */
export const personSchema = z.object({
  id: id.describe('Slug of the name, `anders-tegnell`.'),
  name: z.string(),
  url: url.describe('Path of the person page.'),
  agencyIds: ids.describe('Agencies the person presented for.'),
  itemIds: ids.describe('Items the person presented, newest meeting first.'),
  meetingIds: ids.describe('Meetings where the person presented, newest first.'),
});

/** One year with meetings. */
export const yearSchema = z.object({
  year: z.number().int(),
  url: url.describe('Path of the year page.'),
  meetingIds: ids.describe('Meetings of the year, oldest first.'),
});

/** The whole index. */
export const archiveIndexSchema = z.object({
  schemaVersion: z.literal(1).describe('Changes when the shape changes in a way that breaks readers.'),
  meetings: z.array(meetingSchema).describe('All meetings, oldest first.'),
  items: z.array(itemSchema).describe('All items, meeting by meeting (oldest first), in the order of the minutes.'),
  topics: z.array(topicSchema).describe('All topics in the registry, by name.'),
  agencies: z.array(agencySchema).describe('All agencies in the registry, by name.'),
  people: z.array(personSchema).describe('Everyone who presented, by name.'),
  years: z.array(yearSchema).describe('Years with meetings, newest first.'),
});

export type ArchiveIndex = z.infer<typeof archiveIndexSchema>;
export type MeetingEntry = z.infer<typeof meetingSchema>;
export type ItemEntry = z.infer<typeof itemSchema>;
export type QuestionEntry = z.infer<typeof questionSchema>;
export type TopicEntry = z.infer<typeof topicSchema>;
export type AgencyEntry = z.infer<typeof agencySchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type YearEntry = z.infer<typeof yearSchema>;

/**
 * The JSON Schema of the index, published beside it: draft-07, the draft Ajv's default `new Ajv()` and most
 * validators read, in standard keywords only (no custom formats), so it compiles in Ajv's strict mode.
 */
export function indexJsonSchema(): unknown {
  return z.toJSONSchema(archiveIndexSchema, { target: 'draft-7' });
}
