/**
 * Stage 3, validate: checks one parsed minutes file against the schema and the
 * registries and resolves every name. Pure: data in, data and diagnostics out.
 *
 * Checks across files (two files for one meeting, near-duplicate names) are
 * in `validate-archive.ts`.
 */
import path from 'node:path';
import { type Diagnostic, type Position, error } from '../core/diagnostics.ts';
import { MINUTES_FILE_NAME } from '../core/minutes-files.ts';
import { FRONT_MATTER_HELP, schemaDiagnostics } from './error-map.ts';
import type { ValidItem, ValidMeeting } from '../core/model.ts';
import type { ParsedMinutes } from './parse.ts';
import { agencyNames, findAgency, findTopic, nameKey, topicNames, type Registries, type Topic } from './registry.ts';
import { frontMatterSchema, type FrontMatter } from './schema.ts';
import { slugify } from '../core/slug.ts';
import { meantHint } from '../core/suggest.ts';
import { matchTopics } from './topics.ts';
import { checkBody } from './validate-body.ts';
import { type DeclaredSpeaker, type ItemContext, unusedDeclarations, validateItems } from './validate-items.ts';
import { placeOf, type YamlData } from './yaml.ts';


/** Validates one parsed minutes file. Returns the meeting when its front matter is usable. */
export function validateMinutes(parsed: ParsedMinutes, registries: Registries): { meeting: ValidMeeting | undefined; diagnostics: Diagnostic[] } {
  const file = parsed.path;
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  diagnostics.push(...checkBody(file, parsed.intro), ...parsed.items.flatMap((item) => checkBody(file, [item.headingNode, ...item.nodes])));

  const fileName = path.basename(file);
  const nameMatch = MINUTES_FILE_NAME.exec(fileName);
  if (!nameMatch) {
    diagnostics.push(
      error(file, { line: 1, column: 1 }, 'file-name', `Filnamnet "${fileName}" följer inte mönstret ÅÅÅÅ-MM-DD-namn.md. Döp om filen, till exempel till 2021-01-19-socialchefsnatverket.md (datumet först, sedan små bokstäver a–z, siffror och bindestreck).`),
    );
  }
  const yaml = parsed.frontMatter;
  if (!yaml) return { meeting: undefined, diagnostics };
  const schema = frontMatterSchema.safeParse(yaml.data);
  if (!schema.success) {
    diagnostics.push(...schemaDiagnostics(schema.error.issues, { file, yaml, help: FRONT_MATTER_HELP, rulePrefix: 'front-matter' }));
    return { meeting: undefined, diagnostics };
  }
  const frontMatter = schema.data;
  if (nameMatch && nameMatch[1] !== frontMatter.date) {
    diagnostics.push(
      error(file, placeOf(yaml, ['date']), 'date-filename-mismatch', `Datumet ${frontMatter.date} stämmer inte med filnamnet, som börjar med ${nameMatch[1]}. Rätta datumet eller döp om filen så att de är lika.`),
    );
  }

  const agencyPlaces = new Map<string, Position>();
  frontMatter.agencies.forEach((written, index) => {
    const agency = resolveAgency(written, registries, file, placeOf(yaml, ['agencies', index]), diagnostics);
    if (agency && !agencyPlaces.has(agency)) agencyPlaces.set(agency, placeOf(yaml, ['agencies', index]));
  });
  const topics = resolveTopics(frontMatter.topics, ['topics'], registries, file, yaml, diagnostics);
  const speakers = declaredSpeakers(frontMatter, registries, file, yaml, diagnostics);

  const context: ItemContext = { file, registries, speakers, agencyIds: new Set(agencyPlaces.keys()) };
  const checked = validateItems(parsed.items, context);
  diagnostics.push(...checked.diagnostics, ...unusedDeclarations(file, context, checked, agencyPlaces));

  const explicit = explicitItemTopics(frontMatter, topics, checked.items.map((i) => i.anchor), registries, file, yaml, diagnostics);
  const items: ValidItem[] = checked.items.map((item) => ({
    ...item,
    topicIds: explicit.get(item.anchor) ?? matchTopics(item.title, item.text, topics),
  }));
  for (const [index, topic] of topics.entries()) {
    if (items.some((item) => item.topicIds.includes(topic.id))) continue;
    diagnostics.push(
      error(
        file,
        placeOf(yaml, ['topics', index]),
        'topic-unmatched',
        `Ämnet "${topic.name}" står under topics men ingen dagordningspunkt handlar om det enligt signalorden (${topic.signals.join(', ') || 'inga'}). Ange ämnet för rätt punkt under items:, lägg till signalord i topics.yml eller ta bort ämnet.`,
      ),
    );
  }

  const speakerPlaces: Record<string, Position> = {};
  for (const speaker of speakers.values()) speakerPlaces[slugify(speaker.name)] = speaker.place;
  const meeting: ValidMeeting = {
    file,
    slug: frontMatter.date,
    date: frontMatter.date,
    title: frontMatter.title,
    speakers: [...speakers.values()].flatMap((s) => (s.agency ? [{ name: s.name, personId: slugify(s.name), agencyId: s.agency.id }] : [])),
    agencyIds: [...agencyPlaces.keys()],
    topicIds: topics.map((t) => t.id),
    intro: parsed.intro,
    items,
    speakerPlaces,
  };
  return { meeting, diagnostics };
}

function resolveAgency(written: string, registries: Registries, file: string, place: Position, diagnostics: Diagnostic[]): string | undefined {
  const agency = findAgency(registries, written);
  if (!agency) {
    diagnostics.push(
      error(file, place, 'agency-unknown', `Okänd aktör "${written}".${meantHint(written, agencyNames(registries))} Skriv aktören som i agencies.yml (id, namn, kort namn eller alias), eller lägg till den där.`),
    );
  }
  return agency?.id;
}

function resolveTopics(written: readonly string[], at: readonly (string | number)[], registries: Registries, file: string, yaml: YamlData, diagnostics: Diagnostic[]): Topic[] {
  const topics: Topic[] = [];
  written.forEach((name, index) => {
    const topic = findTopic(registries, name);
    if (!topic) {
      diagnostics.push(
        error(file, placeOf(yaml, [...at, index]), 'topic-unknown', `Okänt ämne "${name}".${meantHint(name, topicNames(registries))} Skriv ämnet som i topics.yml (id, namn eller alias), eller lägg till det där.`),
      );
    } else if (!topics.includes(topic)) topics.push(topic);
  });
  return topics;
}

function declaredSpeakers(frontMatter: FrontMatter, registries: Registries, file: string, yaml: YamlData, diagnostics: Diagnostic[]): Map<string, DeclaredSpeaker> {
  const speakers = new Map<string, DeclaredSpeaker>();
  frontMatter.speakers.forEach((speaker, index) => {
    const place = placeOf(yaml, ['speakers', index, 'name']);
    const agencyId = resolveAgency(speaker.agency, registries, file, placeOf(yaml, ['speakers', index, 'agency']), diagnostics);
    const key = nameKey(speaker.name);
    const earlier = speakers.get(key);
    if (earlier) {
      diagnostics.push(error(file, place, 'speaker-duplicate', `${speaker.name} står två gånger under speakers (först på rad ${earlier.place.line}). Ta bort den ena.`));
      return;
    }
    speakers.set(key, { name: speaker.name, agency: registries.agencies.find((a) => a.id === agencyId), place });
  });
  return speakers;
}

/** Topics set explicitly per item in the front matter's `items:`, by anchor. */
function explicitItemTopics(frontMatter: FrontMatter, declared: readonly Topic[], anchors: readonly string[], registries: Registries, file: string, yaml: YamlData, diagnostics: Diagnostic[]): Map<string, string[]> {
  const explicit = new Map<string, string[]>();
  for (const [anchor, settings] of Object.entries(frontMatter.items)) {
    if (!anchors.includes(anchor)) {
      diagnostics.push(
        error(file, placeOf(yaml, ['items', anchor], 'key'), 'item-unknown', `Det finns ingen dagordningspunkt med ankaret "${anchor}".${meantHint(anchor, anchors)} Ankaret är rubrikens titel med små bokstäver a–z och bindestreck; punkterna i filen är: ${anchors.join(', ')}.`),
      );
      continue;
    }
    const topics = resolveTopics(settings.topics, ['items', anchor, 'topics'], registries, file, yaml, diagnostics);
    settings.topics.forEach((name, index) => {
      const topic = findTopic(registries, name);
      if (topic && !declared.includes(topic)) {
        diagnostics.push(error(file, placeOf(yaml, ['items', anchor, 'topics', index]), 'item-topic-undeclared', `Ämnet "${topic.name}" är satt på punkten "${anchor}" men står inte under mötets topics. Lägg till det i topics.`));
      }
    });
    explicit.set(anchor, topics.map((t) => t.id));
  }
  return explicit;
}
