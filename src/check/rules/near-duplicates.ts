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

/** How many near-duplicate messages one kind of name (people, agencies) gives; beyond it, one message says so. */
export const NEAR_DUPLICATE_LIMIT = 100;

/** Every string `text` becomes with up to `deletions` of its characters left out (itself included). */
function deletionVariants(text: string, deletions: number): Set<string> {
  const variants = new Set([text]);
  let frontier = [text];
  for (let round = 0; round < deletions; round++) {
    const next: string[] = [];
    for (const word of frontier) {
      const chars = [...word];
      for (let i = 0; i < chars.length; i++) {
        const shorter = chars.slice(0, i).join('') + chars.slice(i + 1).join('');
        if (!variants.has(shorter)) {
          variants.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return variants;
}

/**
 * Reports names so alike that they are probably one name written two ways. Candidates come from an index
 * of each name's deletion variants (two names within k edits share a variant with at most k characters
 * left out of each), so the work grows with the names, not with their pairs; each candidate is then
 * measured. Each name is reported once, at its later place, against the first name it is like; after
 * {@link NEAR_DUPLICATE_LIMIT} messages one more says that there are more and stops.
 */
function reportNearDuplicates(names: readonly NamePlace[], kind: string, report: Report): void {
  const entries = names.map((entry) => ({ ...entry, folded: comparable(entry.name) }));
  const index = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const variant of deletionVariants(entry.folded, nearLimit([...entry.folded].length))) {
      const list = index.get(variant);
      if (list) list.push(i);
      else index.set(variant, [i]);
    }
  });
  const reported = new Set<number>();
  const compared = new Set<string>();
  let messages = 0;
  const order = entries.map((_, i) => i).sort((x, y) => comparePlaces(entries[x]!.place, entries[y]!.place));
  for (const i of order) {
    const b = entries[i]!;
    const candidates = new Set<number>();
    for (const variant of deletionVariants(b.folded, nearLimit([...b.folded].length)))
      for (const j of index.get(variant) ?? []) candidates.add(j);
    // The first name (by place) this one is like, among those before it.
    const like = [...candidates]
      .filter(
        (j) => j !== i && comparePlaces(entries[j]!.place, b.place) <= 0 && !(comparePlaces(entries[j]!.place, b.place) === 0 && j > i),
      )
      .sort((x, y) => comparePlaces(entries[x]!.place, entries[y]!.place) || x - y)
      .find((j) => {
        const a = entries[j]!;
        if (a.owner === b.owner || a.name === b.name) return false;
        const key = j < i ? `${j}:${i}` : `${i}:${j}`;
        if (compared.has(key)) return false;
        compared.add(key);
        if (Math.abs(a.folded.length - b.folded.length) > 2) return false;
        return a.folded === b.folded || withinEdits(a.folded, b.folded, nearLimit(Math.min(a.folded.length, b.folded.length)));
      });
    if (like === undefined || reported.has(i)) continue;
    if (messages === NEAR_DUPLICATE_LIMIT) {
      report(
        { line: b.place.line, column: b.place.column },
        `Fler namn liknar varandra; kontrollen visar de första ${NEAR_DUPLICATE_LIMIT}.`,
        {
          file: b.place.file,
          note: 'Namnen följer troligen ett mönster (Aktör 1, Aktör 2 …). Rätta de visade och kör kontrollen igen.',
        },
      );
      return;
    }
    const first = entries[like]!;
    reported.add(i);
    messages++;
    report({ line: b.place.line, column: b.place.column }, `${kind} "${b.name}" liknar "${first.name}".`, {
      file: b.place.file,
      related: [{ file: first.place.file, line: first.place.line, column: first.place.column, message: first.name }],
      expected: [first.name],
      actual: b.name,
    });
  }
}

const other = 'minutes/2021-01-19-socialchefsnatverket.md';

/** `name-near-duplicate` */
export const nameNearDuplicate = defineRule<ArchiveSubject>(
  {
    id: 'name-near-duplicate',
    severity: 'warning',
    phase: 'archive',
    when: 'Två namn på personer (i hela arkivet) eller aktörer (i registret) som nästan är lika. Båda ställena anges; varje namn en gång, mot det första det liknar, och högst 100 meddelanden för personer och 100 för aktörer.',
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
