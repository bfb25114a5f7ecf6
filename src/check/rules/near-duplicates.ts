/**
 * Rules: names of people (across the whole archive) and of agencies (in the
 * registry) so alike that they are probably one name written two ways, and
 * agency names that are also ordinary words of the minutes.
 */
import { namesOf } from '../../core/agency-names.ts';
import type { Position } from '../../core/diagnostics.ts';
import type { SourcePlace } from '../../core/model.ts';
import { fold } from '../../core/slug.ts';
import { withinEdits } from '../../core/suggest.ts';
import { wordCounts } from '../../core/words.ts';
import type { ArchiveSubject } from '../subjects.ts';
import { EXAMPLE_AGENCIES, EXAMPLE_AGENCY_REGISTRY, EXAMPLE_BODY, EXAMPLE_FRONT_MATTER, meeting } from './example-archive.ts';
import { defineRule, type Report } from './rule.ts';

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

function comparePlaces(a: SourcePlace, b: SourcePlace): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

function reportNearDuplicates(names: readonly NamePlace[], kind: string, report: Report): void {
  const sorted = names.map((entry) => ({ ...entry, folded: comparable(entry.name) })).sort((x, y) => x.folded.length - y.folded.length);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.folded.length - a.folded.length > 2) break;
      if (a.owner === b.owner || a.name === b.name) continue;
      if (a.folded !== b.folded && !withinEdits(a.folded, b.folded, nearLimit(Math.min(a.folded.length, b.folded.length)))) continue;
      const [first, second] = comparePlaces(a.place, b.place) <= 0 ? [a, b] : [b, a];
      const at: Position = { line: second.place.line, column: second.place.column };
      report(at, `${kind} "${second.name}" liknar "${first.name}".`, {
        file: second.place.file,
        related: [{ file: first.place.file, line: first.place.line, column: first.place.column, message: first.name }],
        expected: [first.name],
        actual: second.name,
      });
    }
  }
}

const other = 'minutes/2021-01-19-socialchefsnatverket.md';

/** `name-near-duplicate` */
export const nameNearDuplicate = defineRule<ArchiveSubject>(
  {
    id: 'name-near-duplicate',
    severity: 'warning',
    phase: 'archive',
    when: 'Två namn på personer (i hela arkivet) eller aktörer (i registret) som nästan är lika. Båda ställena anges.',
    fix: 'Är det samma? Skriv namnet likadant på båda ställena, annars kan du bortse från varningen.',
    examples: [
      {
        files: {
          [other]: meeting(
            EXAMPLE_FRONT_MATTER.replace('2 mars', '19 januari')
              .replace('2021-03-02', '2021-01-19')
              .replace(/Anders Tegnell/, 'Anders Tegnel'),
            EXAMPLE_BODY.replace('Anders Tegnell', 'Anders Tegnel'),
          ),
        },
        file: 'minutes/2021-03-02-socialchefsnatverket.md',
        message: '5:11: Personnamnet "Anders Tegnell" liknar "Anders Tegnel" (minutes/2021-01-19-socialchefsnatverket.md:5:11).',
      },
    ],
  },
  ({ meetings, registries }, report) => {
    const people = new Map<string, NamePlace>();
    for (const meeting of meetings) {
      for (const speaker of meeting.speakers) {
        if (people.has(speaker.name)) continue;
        const place: Position = meeting.speakerPlaces[speaker.personId] ?? { line: 1, column: 1 };
        people.set(speaker.name, { name: speaker.name, place: { file: meeting.file, ...place }, owner: speaker.name });
      }
    }
    const agencies: NamePlace[] = registries.agencies.flatMap((agency) =>
      namesOf(agency).map((name) => ({ name, place: agency.place, owner: agency.id })),
    );
    reportNearDuplicates([...people.values()], 'Personnamnet', report);
    reportNearDuplicates(agencies, 'Aktören', report);
  },
);

/** `agency-alias-common-word` */
export const agencyAliasCommonWord = defineRule<ArchiveSubject>(
  {
    id: 'agency-alias-common-word',
    severity: 'warning',
    phase: 'archive',
    when: 'En aktörs förkortning eller alias är också ett vanligt ord i minnesanteckningarna (skrivet med gemener). Sökningen på ordet skulle då kunna blanda ihop ordet med aktören.',
    fix: 'Ta bort aliaset om det inte behövs, så att den som söker på ordet inte får aktörens punkter.',
    examples: [
      {
        files: {
          [EXAMPLE_AGENCIES]: EXAMPLE_AGENCY_REGISTRY.replace('  name: Socialstyrelsen', '  name: Socialstyrelsen\n  aliases: [Boenden]'),
        },
        message: '1:3: "Boenden" (Socialstyrelsen) är också ett vanligt ord i minnesanteckningarna: "boenden" står en gång.',
      },
    ],
  },
  ({ meetings, registries }, report) => {
    const aliasesOf = (agency: (typeof registries.agencies)[number]) => namesOf(agency).slice(1);
    const counts = wordCounts(
      meetings.flatMap((meeting) => meeting.items.map((item) => item.text)),
      registries.agencies.flatMap(aliasesOf).map((alias) => alias.toLocaleLowerCase('sv')),
    );
    for (const agency of registries.agencies) {
      for (const alias of aliasesOf(agency)) {
        const word = alias.toLocaleLowerCase('sv');
        const times = /^\p{L}[\p{L}-]*$/u.test(alias) ? (counts.get(word) ?? 0) : 0;
        if (times === 0) continue;
        report(
          agency.place,
          `"${alias}" (${agency.name}) är också ett vanligt ord i minnesanteckningarna: "${word}" står ${times === 1 ? 'en gång' : `${times} gånger`}.`,
          { file: agency.place.file, actual: alias },
        );
      }
    }
  },
);

/** The rules of this family, in the guide's order. */
export const RULES = [nameNearDuplicate, agencyAliasCommonWord];
