/**
 * Rules: people and agencies. Every name resolves against the registry and
 * the front matter, and the headings and the front matter agree: who is named
 * in a heading is declared under `speakers`, and every declared speaker and
 * agency presents something.
 */
import type { Position } from '../../core/diagnostics.ts';
import { agencyLabel, type Presenter } from '../../core/model.ts';
import { personId } from '../../core/slug.ts';
import { didYouMean } from '../../core/suggest.ts';
import { type MeetingContext, placeIn } from '../context.ts';
import type { Presenters } from '../heading.ts';
import { type Agency, agencyNames, findAgency, nameKey } from '../registry.ts';
import type { FrontMatter } from '../schema.ts';
import { headingParenthesis } from './headings.ts';
import { defineRule } from './rule.ts';

/** `agency-unknown` */
export const agencyUnknown = defineRule({
  id: 'agency-unknown',
  severity: 'error',
  when: 'En aktör som inte finns i agencies.yml. Meddelandet föreslår en som liknar.',
  fix: 'Skriv aktören som i registret (namn, förkortning eller id), eller lägg till den i agencies.yml.',
  example: 'agencies: [Folkhälsomyndighten]',
});

/** `agency-undeclared` */
export const agencyUndeclared = defineRule({
  id: 'agency-undeclared',
  severity: 'error',
  when: 'En aktör står i en rubrik men inte under agencies.',
  fix: 'Lägg till aktören i listan agencies.',
  example: '## Besöksförbud (Lotta Edman, FoHM) när FoHM saknas under agencies',
});

/** `agency-unused` */
export const agencyUnused = defineRule({
  id: 'agency-unused',
  severity: 'warning',
  when: 'En aktör står under agencies men i ingen rubrik.',
  fix: 'Skriv aktören i parentesen efter rätt rubrik, eller ta bort den från agencies.',
  example: 'agencies: [IVO] men ingen rubrik nämner IVO',
});

/** `speaker-undeclared` */
export const speakerUndeclared = defineRule({
  id: 'speaker-undeclared',
  severity: 'error',
  when: 'En person står i en rubrik men inte under speakers.',
  fix: 'Lägg till personen under speakers med sin aktör; meddelandet visar raderna.',
  example: '## Lägesrapport (Michaela Prochazka, Socialstyrelsen) när Michaela Prochazka saknas under speakers',
});

/** `speaker-unused` */
export const speakerUnused = defineRule({
  id: 'speaker-unused',
  severity: 'error',
  when: 'En person står under speakers men i ingen rubrik.',
  fix: 'Skriv namnet i parentesen efter rubriken för punkten personen föredrog, eller ta bort personen.',
  example: 'speakers: [{name: Emma Spak, agency: SKR}] men ingen rubrik nämner Emma Spak',
});

/** `speaker-duplicate` */
export const speakerDuplicate = defineRule({
  id: 'speaker-duplicate',
  severity: 'error',
  when: 'En person står två gånger under speakers.',
  fix: 'Ta bort den ena.',
  example: 'Anders Tegnell två gånger under speakers',
});

/** `speaker-agency-mismatch` */
export const speakerAgencyMismatch = defineRule({
  id: 'speaker-agency-mismatch',
  severity: 'error',
  when: 'Rubriken och speakers anger olika aktörer för samma person.',
  fix: 'Rätta den ena så att de stämmer.',
  example: '## Vaccination (Anders Tegnell, SKR) när speakers säger agency: FoHM',
});

/** `answer-agency-unknown` */
export const answerAgencyUnknown = defineRule({
  id: 'answer-agency-unknown',
  severity: 'warning',
  when: 'Ett stycke börjar som ett svar från en aktör ("FHM: …"), men namnet finns inte i agencies.yml, så svaret räknas inte till någon aktör. Meddelandet föreslår en aktör som liknar.',
  fix: 'Skriv aktören som i registret (FoHM: …), lägg till den i agencies.yml, eller ange svarande aktör under items: med answeredBy.',
  example: 'FHM: Det är samma rekommendationer som tidigare.',
});

/** The rules of this family, in the guide's order. */
export const RULES = [
  agencyUnknown,
  agencyUndeclared,
  agencyUnused,
  speakerUndeclared,
  speakerUnused,
  speakerDuplicate,
  speakerAgencyMismatch,
  answerAgencyUnknown,
];

const meant = (guess: string | undefined) => (guess === undefined ? '' : ` Menade du "${guess}"?`);

/** A speaker from the front matter, resolved. */
export interface DeclaredSpeaker {
  name: string;
  agency: Agency | undefined;
  place: Position;
}

/** The names the front matter declares, resolved against the registry. */
export interface DeclaredNames {
  /** Declared speakers by {@link nameKey}. */
  speakers: Map<string, DeclaredSpeaker>;
  /** The front matter's agencies by id, with where each is written. */
  agencies: Map<string, Position>;
}

/** Which declared speakers (by name key) and agencies (by id) the headings use. */
export interface NamesUsed {
  speakers: Set<string>;
  agencies: Set<string>;
}

/** Resolves an agency written in the front matter; reports an unknown one. */
export function resolveAgency(written: string, place: Position, context: MeetingContext): Agency | undefined {
  const agency = findAgency(context.registries, written);
  if (!agency) {
    context.report(
      agencyUnknown,
      place,
      `Okänd aktör "${written}".${meant(didYouMean(written, agencyNames(context.registries)))} Skriv aktören som i agencies.yml (id, namn, kort namn eller alias), eller lägg till den där.`,
      { actual: written },
    );
  }
  return agency;
}

/** Resolves the front matter's `agencies` and `speakers`; reports unknown agencies and speakers written twice. */
export function declareNames(frontMatter: FrontMatter, context: MeetingContext): DeclaredNames {
  const agencies = new Map<string, Position>();
  frontMatter.agencies.forEach((written, index) => {
    const place = placeIn(context, ['agencies', index]);
    const agency = resolveAgency(written, place, context);
    if (agency && !agencies.has(agency.id)) agencies.set(agency.id, place);
  });
  const speakers = new Map<string, DeclaredSpeaker>();
  frontMatter.speakers.forEach((speaker, index) => {
    const place = placeIn(context, ['speakers', index, 'name']);
    const agency = resolveAgency(speaker.agency, placeIn(context, ['speakers', index, 'agency']), context);
    const key = nameKey(speaker.name);
    const earlier = speakers.get(key);
    if (earlier) {
      context.report(
        speakerDuplicate,
        place,
        `${speaker.name} står två gånger under speakers (först på rad ${earlier.place.line}). Ta bort den ena.`,
      );
      return;
    }
    speakers.set(key, { name: speaker.name, agency, place });
  });
  return { speakers, agencies };
}

/** The presenters of one item, resolved: people with their agencies, and the agencies in order. */
export interface ItemPresenters {
  presenters: Presenter[];
  agencyIds: string[];
}

/**
 * Resolves the names and agencies of an item heading's parenthesis against the
 * declared names, reporting what is not declared or does not agree, and records
 * what was used.
 *
 * @param placeOf The place of a name in the heading line.
 */
export function resolvePresenters(
  written: Presenters,
  placeOf: (needle: string) => Position,
  declared: DeclaredNames,
  used: NamesUsed,
  context: MeetingContext,
): ItemPresenters {
  const { registries } = context;
  const agencyIds: string[] = [];
  const addAgency = (agency: Agency) => {
    if (!agencyIds.includes(agency.id)) agencyIds.push(agency.id);
    used.agencies.add(agency.id);
  };
  for (const name of written.agencies) {
    const agency = findAgency(registries, name);
    if (!agency) continue;
    addAgency(agency);
    if (!declared.agencies.has(agency.id)) {
      context.report(
        agencyUndeclared,
        placeOf(name),
        `Aktören "${name}" står i rubriken men inte under agencies i front matter. Lägg till ${agencyLabel(agency)} i listan agencies.`,
        {
          actual: name,
        },
      );
    }
  }
  const presenters: Presenter[] = [];
  for (const named of written.people) {
    const presenter = resolvePresenter(named.name, named.agency, placeOf(named.name), declared, used, context);
    if (!presenter) continue;
    presenters.push(presenter);
    const agency = registries.agencyById.get(presenter.agencyId);
    if (agency) addAgency(agency);
  }
  return { presenters, agencyIds };
}

function resolvePresenter(
  name: string,
  writtenAgency: string | undefined,
  place: Position,
  declared: DeclaredNames,
  used: NamesUsed,
  context: MeetingContext,
): Presenter | undefined {
  const { registries, report } = context;
  const speaker = declared.speakers.get(nameKey(name));
  if (!speaker) {
    const agencyGuess = didYouMean(name, agencyNames(registries));
    if (agencyGuess && !/\s/.test(name)) {
      report(
        agencyUnknown,
        place,
        `"${name}" i rubriken är ingen känd aktör. Menade du "${agencyGuess}"? Skriv aktören som i agencies.yml, eller lägg till den där.`,
        { actual: name },
      );
    } else if (missingComma(name, registries)) {
      const { person, agency } = missingComma(name, registries)!;
      report(
        headingParenthesis,
        place,
        `Ett kommatecken saknas mellan "${person}" och "${agency}" i rubrikens parentes, så de lästes som ett namn. Skriv (${person}, ${agency}).`,
        { actual: name, expected: [`${person}, ${agency}`] },
      );
    } else {
      const names = [...declared.speakers.values()].map((s) => s.name);
      const guess = didYouMean(name, names);
      report(
        speakerUndeclared,
        place,
        guess
          ? `"${name}" står i rubriken men inte under speakers i front matter. Menade du "${guess}"? Rätta stavningen i rubriken så att den är som under speakers.`
          : `"${name}" står i rubriken men inte under speakers i front matter. Lägg till personen:\n    - name: ${name}\n      agency: ${writtenAgency ?? 'Aktör'}`,
        { actual: name, ...(guess ? { expected: [guess] } : {}) },
      );
    }
    return undefined;
  }
  used.speakers.add(nameKey(name));
  const headingAgency = writtenAgency ? findAgency(registries, writtenAgency) : undefined;
  if (headingAgency && speaker.agency && headingAgency.id !== speaker.agency.id) {
    report(
      speakerAgencyMismatch,
      place,
      `${speaker.name} står för ${agencyLabel(headingAgency)} i rubriken men för ${agencyLabel(speaker.agency)} under speakers. Rätta den ena så att de stämmer.`,
    );
  }
  const agency = headingAgency ?? speaker.agency;
  if (!agency) return undefined;
  return { name: speaker.name, personId: personId(speaker.name), agencyId: agency.id };
}

/** Reports declared speakers and agencies that no heading uses. */
export function reportUnusedNames(declared: DeclaredNames, used: NamesUsed, context: MeetingContext): void {
  for (const [key, speaker] of declared.speakers) {
    if (used.speakers.has(key)) continue;
    const label = speaker.agency ? agencyLabel(speaker.agency) : 'Aktör';
    context.report(
      speakerUnused,
      speaker.place,
      `${speaker.name} står under speakers men i ingen rubrik. Skriv namnet i parentesen efter rubriken för punkten personen föredrog, till exempel "## Rubrik (${speaker.name}, ${label})", eller ta bort personen från speakers.`,
    );
  }
  for (const [id, place] of declared.agencies) {
    if (used.agencies.has(id)) continue;
    const agency = context.registries.agencyById.get(id);
    context.report(
      agencyUnused,
      place,
      `Aktören ${agency ? agencyLabel(agency) : id} står under agencies men föredrog ingen punkt enligt rubrikerna. Lägg till aktören i rätt rubriks parentes, eller ta bort den från agencies.`,
    );
  }
}

/** Reports an opening like "FHM: …" that looks like an agency answering but names none in the registry. */
export function reportUnknownAnswerer(written: string, place: Position, context: MeetingContext): void {
  const guess = didYouMean(written, agencyNames(context.registries));
  context.report(
    answerAgencyUnknown,
    place,
    `Stycket börjar som ett svar från "${written}", men det finns ingen sådan aktör i agencies.yml, så svaret räknas inte till någon aktör.${meant(guess)} Skriv aktören som i registret, lägg till den i agencies.yml, eller ange svarande aktör under items: med answeredBy.`,
    { actual: written, ...(guess ? { expected: [guess] } : {}) },
  );
}

/** The agencies set under `items: {<anchor>: {answeredBy: […]}}`, by anchor, resolved (unknown ones reported). */
export function answerOverrides(frontMatter: FrontMatter, context: MeetingContext): Map<string, string[]> {
  const overrides = new Map<string, string[]>();
  for (const [anchor, settings] of Object.entries(frontMatter.items)) {
    if (settings.answeredBy === undefined) continue;
    const ids = settings.answeredBy.flatMap((written, index) => {
      const agency = resolveAgency(written, placeIn(context, ['items', anchor, 'answeredBy', index]), context);
      return agency ? [agency.id] : [];
    });
    overrides.set(anchor, [...new Set(ids)]);
  }
  return overrides;
}

/** "Anders Tegnell FoHM": a name and an agency written without the comma between them. */
function missingComma(written: string, registries: MeetingContext['registries']): { person: string; agency: string } | undefined {
  const words = written.trim().split(/\s+/);
  for (let n = 1; n < words.length - 1; n++) {
    const agency = words.slice(-n).join(' ');
    if (findAgency(registries, agency)) return { person: words.slice(0, -n).join(' '), agency };
  }
  return undefined;
}
