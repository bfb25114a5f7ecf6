/**
 * Validates the agenda item headings of one meeting against its front matter:
 * every person in a heading must be a declared speaker with a known agency,
 * every agency in a heading must be among the meeting's agencies, and every
 * declared speaker must present something.
 */
import { type Diagnostic, type Position, error, warning } from '../core/diagnostics.ts';
import { isNetworkWord, isPresentationHeading, readPresenters, splitHeading } from './heading.ts';
import { toPlainText } from './markdown.ts';
import type { Presenter, ValidItem } from '../core/model.ts';
import type { ParsedItem } from './parse.ts';
import { agencyLabel, agencyNames, findAgency, nameKey, type Agency, type Registries } from './registry.ts';
import { slugify, uniqueSlug } from '../core/slug.ts';
import { didYouMean, meantHint } from '../core/suggest.ts';

/** A speaker from the front matter, resolved. */
export interface DeclaredSpeaker {
  name: string;
  agency: Agency | undefined;
  place: Position;
}

/** What the items need from the validated front matter. */
export interface ItemContext {
  file: string;
  registries: Registries;
  /** Declared speakers by {@link nameKey}. */
  speakers: Map<string, DeclaredSpeaker>;
  /** Ids of the agencies in the front matter's `agencies`. */
  agencyIds: Set<string>;
}

/** The items, without topics yet, and which declared speakers and agencies they use. */
export interface ItemsResult {
  items: Omit<ValidItem, 'topicIds'>[];
  speakersUsed: Set<string>;
  agenciesUsed: Set<string>;
  diagnostics: Diagnostic[];
}

/** Validates every `##` item of a meeting. */
export function validateItems(parsedItems: readonly ParsedItem[], context: ItemContext): ItemsResult {
  const result: ItemsResult = { items: [], speakersUsed: new Set(), agenciesUsed: new Set(), diagnostics: [] };
  const anchors = new Set<string>();
  for (const parsed of parsedItems) {
    const item = validateItem(parsed, context, result);
    if (item) result.items.push({ ...item, anchor: uniqueSlug(slugify(item.title), anchors) });
  }
  return result;
}

function validateItem(parsed: ParsedItem, context: ItemContext, result: ItemsResult): Omit<ValidItem, 'topicIds' | 'anchor'> | undefined {
  const { file, registries } = context;
  const escaped = /\\\)\s*#*\s*$/.test(parsed.source);
  const parts = splitHeading(parsed.heading, escaped);
  const columnOf = (needle: string): Position => {
    const index = parsed.source.lastIndexOf(needle);
    return { line: parsed.place.line, column: parsed.place.column + Math.max(index, 0) };
  };
  if (parts.title === '') {
    result.diagnostics.push(error(file, parsed.place, 'heading-empty', 'Rubriken är tom: förväntade punktens titel efter ##. Skriv titeln, eller ta bort raden.'));
    return undefined;
  }
  if (parts.problem) {
    result.diagnostics.push(
      error(file, columnOf('('), 'heading-parenthesis', `Parentesen i rubriken kan inte läsas: ${parts.problem}. Skriv den som (Namn, Aktör) eller (Namn, Namn, Aktör & Namn, Aktör); hör parentesen till titeln, skriv \\) sist.`),
    );
    return undefined;
  }
  const kind = isPresentationHeading(parts.title) ? 'presentation' : 'agenda';
  const base = { title: parts.title, kind, nodes: parsed.nodes, text: toPlainText(parsed.nodes), place: parsed.place } as const;
  if (parts.parenthesis === undefined) return { ...base, presenters: [], agencyIds: [], network: kind === 'agenda' };

  const presenters = readPresenters(parts.parenthesis, (token) =>
    findAgency(registries, token) ? 'agency' : isNetworkWord(token) ? 'network' : 'person',
  );
  for (const problem of presenters.problems) {
    result.diagnostics.push(error(file, columnOf('('), 'heading-parenthesis', `Parentesen i rubriken kan inte läsas: ${problem}. Skriv den som (Namn, Aktör) eller (Namn, Namn, Aktör & Namn, Aktör).`));
  }
  const agencyIds: string[] = [];
  const addAgency = (agency: Agency) => {
    if (!agencyIds.includes(agency.id)) agencyIds.push(agency.id);
    result.agenciesUsed.add(agency.id);
  };
  for (const written of presenters.agencies) {
    const agency = findAgency(registries, written);
    if (!agency) continue;
    addAgency(agency);
    if (!context.agencyIds.has(agency.id)) {
      result.diagnostics.push(
        error(file, columnOf(written), 'agency-undeclared', `Aktören "${written}" står i rubriken men inte under agencies i front matter. Lägg till ${agencyLabel(agency)} i listan agencies.`),
      );
    }
  }
  const people: Presenter[] = [];
  for (const named of presenters.people) {
    const presenter = resolvePresenter(named.name, named.agency, context, columnOf(named.name), result);
    if (!presenter) continue;
    people.push(presenter);
    const agency = registries.agencies.find((a) => a.id === presenter.agencyId);
    if (agency) addAgency(agency);
  }
  return { ...base, presenters: people, agencyIds, network: presenters.network };
}

function resolvePresenter(name: string, writtenAgency: string | undefined, context: ItemContext, place: Position, result: ItemsResult): Presenter | undefined {
  const { file, registries } = context;
  const speaker = context.speakers.get(nameKey(name));
  if (!speaker) {
    const agencyGuess = didYouMean(name, agencyNames(registries));
    if (agencyGuess && !/\s/.test(name)) {
      result.diagnostics.push(error(file, place, 'agency-unknown', `"${name}" i rubriken är ingen känd aktör. Menade du "${agencyGuess}"? Skriv aktören som i agencies.yml, eller lägg till den där.`));
    } else {
      const declared = [...context.speakers.values()].map((s) => s.name);
      const agencyText = writtenAgency ?? 'Aktör';
      result.diagnostics.push(
        error(
          file,
          place,
          'speaker-undeclared',
          `"${name}" står i rubriken men inte under speakers i front matter.${meantHint(name, declared)} Lägg till personen:\n    - name: ${name}\n      agency: ${agencyText}`,
        ),
      );
    }
    return undefined;
  }
  result.speakersUsed.add(nameKey(name));
  const headingAgency = writtenAgency ? findAgency(registries, writtenAgency) : undefined;
  if (headingAgency && speaker.agency && headingAgency.id !== speaker.agency.id) {
    result.diagnostics.push(
      error(file, place, 'speaker-agency-mismatch', `${speaker.name} står för ${agencyLabel(headingAgency)} i rubriken men för ${agencyLabel(speaker.agency)} under speakers. Rätta den ena så att de stämmer.`),
    );
  }
  const agency = headingAgency ?? speaker.agency;
  if (!agency) return undefined;
  return { name: speaker.name, personId: slugify(speaker.name), agencyId: agency.id };
}

/** Declared speakers and agencies that no heading uses. */
export function unusedDeclarations(file: string, context: ItemContext, used: ItemsResult, agencyPlaces: Map<string, Position>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [key, speaker] of context.speakers) {
    if (used.speakersUsed.has(key)) continue;
    diagnostics.push(
      error(
        file,
        speaker.place,
        'speaker-unused',
        `${speaker.name} står under speakers men i ingen rubrik. Skriv namnet i parentesen efter rubriken för punkten personen föredrog, till exempel "## Rubrik (${speaker.name}, ${speaker.agency ? agencyLabel(speaker.agency) : 'Aktör'})", eller ta bort personen från speakers.`,
      ),
    );
  }
  for (const [id, place] of agencyPlaces) {
    if (used.agenciesUsed.has(id)) continue;
    const agency = context.registries.agencies.find((a) => a.id === id);
    diagnostics.push(
      warning(file, place, 'agency-unused', `Aktören ${agency ? agencyLabel(agency) : id} står under agencies men föredrog ingen punkt enligt rubrikerna. Lägg till aktören i rätt rubriks parentes, eller ta bort den från agencies.`),
    );
  }
  return diagnostics;
}
