/**
 * People and agencies of one meeting: the names the front matter declares,
 * resolved against the registry, and the presenters of each item heading,
 * resolved against those. What does not resolve or agree is recorded in the
 * findings (the rules in `rules/names.ts` and `rules/headings.ts` report it).
 */
import type { Position } from '../core/diagnostics.ts';
import type { Agency, Presenter } from '../core/model.ts';
import { personId } from '../core/slug.ts';
import { didYouMean } from '../core/suggest.ts';
import { type MeetingContext, placeIn } from './context.ts';
import type { Presenters } from './heading.ts';
import { agencyNames, findAgency, nameKey } from './registry.ts';
import type { FrontMatter } from './schema.ts';

/** A speaker from the front matter, resolved. */
export interface DeclaredSpeaker {
  name: string;
  agency: Agency | undefined;
  place: Position;
}

/** The names the front matter declares, resolved against the registry, and which of them the headings use. */
export interface DeclaredNames {
  /** Declared speakers by {@link nameKey}. */
  speakers: Map<string, DeclaredSpeaker>;
  /** The front matter's agencies by id, with where each is written. */
  agencies: Map<string, Position>;
  /** The declared speakers (by name key) the headings name. */
  usedSpeakers: Set<string>;
  /** The agencies (by id) the headings name. */
  usedAgencies: Set<string>;
  /**
   * The agencies (by id) that a misspelt agency in the front matter stands for (its did-you-mean): a heading
   * that names one of them correctly follows from the same mistake and is not reported again.
   */
  meant: Set<string>;
  /** Agencies written in the front matter that the registry does not know, by name key: a heading may name them too. */
  unknownWritten: Set<string>;
}

/** The presenters of one item, resolved: people with their agencies, and the agencies in order. */
export interface ItemPresenters {
  presenters: Presenter[];
  agencyIds: string[];
}

/** Resolves an agency written in the front matter at `place`; records an unknown one. */
export function resolveAgency(written: string, place: Position, context: MeetingContext): Agency | undefined {
  const agency = findAgency(context.registries, written);
  if (!agency) {
    const guess = didYouMean(written, agencyNames(context.registries));
    context.findings.unknownAgencies.push({ written, place, ...(guess ? { guess } : {}) });
  }
  return agency;
}

/** Resolves the front matter's `agencies` and `speakers`; records unknown agencies and speakers written twice. */
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
      context.findings.duplicateSpeakers.push({ name: speaker.name, place, first: earlier.place });
      return;
    }
    speakers.set(key, { name: speaker.name, agency, place });
  });
  const meant = new Set<string>();
  const unknownWritten = new Set<string>();
  for (const unknown of context.findings.unknownAgencies) {
    unknownWritten.add(nameKey(unknown.written));
    const agency = unknown.guess ? findAgency(context.registries, unknown.guess) : undefined;
    if (agency) meant.add(agency.id);
  }
  return { speakers, agencies, usedSpeakers: new Set(), usedAgencies: new Set(), meant, unknownWritten };
}

/** Words that end the names of agencies and organisations, not of people. */
const AGENCY_WORD =
  /(?:myndighet(?:en)?|verket|styrelsen|inspektionen|kommun(?:en)?|region(?:en)?|rådet|nämnden|institutet|förbundet|universitetet|länsstyrelsen|departementet|förvaltningen|kassan|förmedlingen|polisen|ombudet|centrum|akademin)$/iu;

/** True for a word that is shaped like an agency's name rather than a person's: an abbreviation (MSB), or a name like "E-hälsomyndigheten". */
export function looksLikeAgency(token: string): boolean {
  const trimmed = token.trim();
  // "SKR och nätverket" is two names that readPresenters splits at "och"; "nätverket" is the network itself.
  if (/\s och\s/iu.test(` ${trimmed} `.replace(/\s+/g, ' ')) || /(?:^|\s)(?:socialchefs)?nätverket$/iu.test(trimmed)) return false;
  return /^\p{Lu}{2,6}$/u.test(trimmed) || AGENCY_WORD.test(trimmed);
}

/**
 * Resolves the names and agencies of an item heading's parenthesis against the declared names, recording
 * what is not declared or does not agree, and marks what was used.
 *
 * @param placeOf The place of a name in the heading line.
 */
export function resolvePresenters(
  written: Presenters,
  placeOf: (needle: string) => Position,
  declared: DeclaredNames,
  context: MeetingContext,
): ItemPresenters {
  const { registries, findings } = context;
  const agencyIds: string[] = [];
  const addAgency = (agency: Agency) => {
    if (!agencyIds.includes(agency.id)) agencyIds.push(agency.id);
    declared.usedAgencies.add(agency.id);
  };
  for (const name of written.agencies) {
    const agency = findAgency(registries, name);
    if (!agency) {
      const guess = didYouMean(name, agencyNames(registries));
      findings.unknownHeadingAgencies.push({ written: name, place: placeOf(name), ...(guess ? { guess } : {}) });
      // The agency it was meant to be is not also unused.
      const meant = guess ? findAgency(registries, guess) : undefined;
      if (meant) declared.usedAgencies.add(meant.id);
      continue;
    }
    addAgency(agency);
    if (!declared.agencies.has(agency.id) && !declared.meant.has(agency.id))
      findings.undeclaredAgencies.push({ place: placeOf(name), written: name, agency });
  }
  const presenters: Presenter[] = [];
  for (const named of written.people) {
    const presenter = resolvePresenter(named.name, named.agency, placeOf(named.name), declared, context);
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
  context: MeetingContext,
): Presenter | undefined {
  const { registries, findings } = context;
  const speaker = declared.speakers.get(nameKey(name));
  if (!speaker) {
    const agencyGuess = didYouMean(name, agencyNames(registries));
    const comma = missingComma(name, context);
    if (agencyGuess && !/\s/.test(name)) {
      findings.unknownHeadingAgencies.push({ written: name, place, guess: agencyGuess });
      const meant = findAgency(registries, agencyGuess);
      if (meant) declared.usedAgencies.add(meant.id);
    } else if (comma) {
      findings.missingCommas.push({ place, written: name, ...comma });
      // One mistake, one message: the person and the agency are not also unused.
      if (declared.speakers.has(nameKey(comma.person))) declared.usedSpeakers.add(nameKey(comma.person));
      const agency = findAgency(registries, comma.agency);
      if (agency) declared.usedAgencies.add(agency.id);
    } else {
      const guess = didYouMean(
        name,
        [...declared.speakers.values()].map((s) => s.name),
      );
      findings.undeclaredSpeakers.push({
        place,
        name,
        ...(guess ? { guess } : {}),
        ...(writtenAgency ? { agencyWritten: writtenAgency } : {}),
      });
    }
    return undefined;
  }
  declared.usedSpeakers.add(nameKey(name));
  const headingAgency = writtenAgency ? findAgency(registries, writtenAgency) : undefined;
  if (headingAgency && speaker.agency && headingAgency.id !== speaker.agency.id) {
    findings.agencyMismatches.push({ place, name: speaker.name, inHeading: headingAgency, declared: speaker.agency });
  }
  const agency = headingAgency ?? speaker.agency;
  if (!agency) return undefined;
  return { name: speaker.name, personId: personId(speaker.name), agencyId: agency.id };
}

/** Records declared speakers and agencies that no heading uses. */
export function findUnusedNames(declared: DeclaredNames, context: MeetingContext): void {
  for (const [key, speaker] of declared.speakers) {
    if (!declared.usedSpeakers.has(key))
      context.findings.unusedSpeakers.push({ name: speaker.name, place: speaker.place, agency: speaker.agency });
  }
  for (const [id, place] of declared.agencies) {
    if (!declared.usedAgencies.has(id)) context.findings.unusedAgencies.push({ place, id, agency: context.registries.agencyById.get(id) });
  }
}

/** The agencies set under `items: {<anchor>: {answeredBy: […]}}`, by anchor, resolved (unknown ones recorded). */
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
function missingComma(written: string, context: MeetingContext): { person: string; agency: string } | undefined {
  const words = written.trim().split(/\s+/);
  for (let n = 1; n < words.length - 1; n++) {
    const agency = words.slice(-n).join(' ');
    if (findAgency(context.registries, agency)) return { person: words.slice(0, -n).join(' '), agency };
  }
  return undefined;
}
