/**
 * Rules: names of people (across the whole archive) and of agencies (in the
 * registry) so alike that they are probably one name written two ways, and
 * agency names that are also ordinary words of the minutes.
 */
import { type Diagnostic, fileReporter, type Position } from '../../core/diagnostics.ts';
import type { MeetingRecord } from '../../core/model.ts';
import { fold } from '../../core/slug.ts';
import { withinEdits } from '../../core/suggest.ts';
import { wordCounts } from '../../core/words.ts';
import type { Registries, SourcePlace } from '../registry.ts';
import { defineRule } from './rule.ts';

/** `name-near-duplicate` */
export const nameNearDuplicate = defineRule({
  id: 'name-near-duplicate',
  severity: 'warning',
  when: 'Två namn på personer (i hela arkivet) eller aktörer (i registret) som nästan är lika. Båda ställena anges.',
  fix: 'Är det samma person eller aktör: skriv namnet likadant. Annars kan du bortse från varningen.',
  example: 'Ulrica Donhammar i ett möte och Ulrica Dohnhammar i ett annat',
});

/** `agency-alias-common-word` */
export const agencyAliasCommonWord = defineRule({
  id: 'agency-alias-common-word',
  severity: 'warning',
  when: 'En aktörs förkortning eller alias är också ett vanligt ord i minnesanteckningarna (skrivet med gemener). Sökningen på ordet skulle då kunna blanda ihop ordet med aktören.',
  fix: 'Ta bort aliaset från agencies.yml om det inte behövs, eller skriv det med versaler som i aktörens namn.',
  example: 'aliases: [Vård] när ordet "vård" står i texten.',
});

/** The rules of this family, in the guide's order. */
export const RULES = [nameNearDuplicate, agencyAliasCommonWord];

/** A name and the first place it is written. */
interface NamePlace {
  name: string;
  place: SourcePlace;
  /** Names with the same owner (one agency's name and alias) are not compared. */
  owner: string;
}

/** How many edits between two folded names still look like one name written two ways. */
function nearLimit(length: number): number {
  return length >= 12 ? 2 : 1;
}

/** A name folded for comparison: case, diacritics and runs of spaces do not count. */
const comparable = (name: string) => fold(name).replace(/\s+/g, ' ').trim();

function nearDuplicatePairs(names: readonly NamePlace[], kind: string, diagnostics: Diagnostic[]): void {
  const sorted = names.map((entry) => ({ ...entry, folded: comparable(entry.name) })).sort((x, y) => x.folded.length - y.folded.length);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.folded.length - a.folded.length > 2) break;
      if (a.owner === b.owner || a.name === b.name) continue;
      if (a.folded !== b.folded && !withinEdits(a.folded, b.folded, nearLimit(Math.min(a.folded.length, b.folded.length)))) continue;
      const [first, second] = comparePlaces(a.place, b.place) <= 0 ? [a, b] : [b, a];
      fileReporter(second.place.file, diagnostics).report(
        nameNearDuplicate,
        second.place,
        `${kind} "${second.name}" liknar "${first.name}" (${first.place.file}:${first.place.line}:${first.place.column}). Är det samma? Skriv namnet likadant på båda ställena, annars kan du bortse från varningen.`,
        { expected: [first.name], actual: second.name },
      );
    }
  }
}

function comparePlaces(a: SourcePlace, b: SourcePlace): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** Warns about people (across all meetings) and agencies (in the registry) whose names are nearly the same. */
export function findNearDuplicateNames(meetings: readonly MeetingRecord[], registries: Registries): Diagnostic[] {
  const people = new Map<string, NamePlace>();
  for (const meeting of meetings) {
    for (const speaker of meeting.speakers) {
      if (people.has(speaker.name)) continue;
      const place: Position = meeting.speakerPlaces[speaker.personId] ?? { line: 1, column: 1 };
      people.set(speaker.name, { name: speaker.name, place: { file: meeting.file, ...place }, owner: speaker.name });
    }
  }
  const agencies: NamePlace[] = registries.agencies.flatMap((agency) =>
    [agency.name, ...(agency.short ? [agency.short] : []), ...agency.aliases].map((name) => ({
      name,
      place: agency.place,
      owner: agency.id,
    })),
  );
  const diagnostics: Diagnostic[] = [];
  nearDuplicatePairs([...people.values()], 'Personnamnet', diagnostics);
  nearDuplicatePairs(agencies, 'Aktören', diagnostics);
  return diagnostics;
}

/**
 * Warns about an agency's short name or alias that the minutes also use as an ordinary word, in lower
 * case ("Vård" and "vård"): a search for the word must not find the agency's items because of it.
 */
export function findAliasesThatAreWords(meetings: readonly MeetingRecord[], registries: Registries): Diagnostic[] {
  const aliases = registries.agencies.flatMap((agency) => [...(agency.short ? [agency.short] : []), ...agency.aliases]);
  const counts = wordCounts(
    meetings.flatMap((meeting) => meeting.items.map((item) => item.text)),
    aliases.map((alias) => alias.toLocaleLowerCase('sv')),
  );
  const diagnostics: Diagnostic[] = [];
  for (const agency of registries.agencies) {
    for (const alias of [...(agency.short ? [agency.short] : []), ...agency.aliases]) {
      const word = alias.toLocaleLowerCase('sv');
      const times = /^\p{L}[\p{L}-]*$/u.test(alias) ? (counts.get(word) ?? 0) : 0;
      if (times === 0) continue;
      fileReporter(agency.place.file, diagnostics).report(
        agencyAliasCommonWord,
        agency.place,
        `"${alias}" (${agency.name}) är också ett vanligt ord i minnesanteckningarna: "${word}" står ${times === 1 ? 'en gång' : `${times} gånger`}. Ta bort aliaset om det inte behövs, så att den som söker på ordet inte får aktörens punkter.`,
        { actual: alias },
      );
    }
  }
  return diagnostics;
}
