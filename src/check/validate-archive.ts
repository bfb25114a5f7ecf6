/**
 * Checks across the whole archive: two files for the same meeting, and names
 * of people or agencies so alike that they are probably one written two ways.
 */
import path from 'node:path';
import { type Diagnostic, type Position, error, warning } from '../core/diagnostics.ts';
import type { MeetingRecord } from '../core/model.ts';
import type { Registries, SourcePlace } from './registry.ts';
import { dateOfMinutesFile } from '../core/minutes-files.ts';
import { fold } from '../core/slug.ts';
import { withinEdits } from '../core/suggest.ts';

/** Two files whose meetings would get the same URL. */
export function findDuplicateMeetings(files: readonly string[]): Diagnostic[] {
  const byDate = new Map<string, string[]>();
  for (const file of files) {
    const date = dateOfMinutesFile(file);
    if (date) byDate.set(date, [...(byDate.get(date) ?? []), file]);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [date, group] of byDate) {
    const [first, ...others] = group;
    if (!first) continue;
    for (const other of others) {
      const caseOnly = first.toLowerCase() === other.toLowerCase();
      const why = caseOnly
        ? `Filnamnen skiljer sig bara i stora och små bokstäver från ${first}; på Windows och macOS är det samma fil.`
        : `${first} är redan mötet den ${date}.`;
      diagnostics.push(error(other, { line: 1, column: 1 }, 'meeting-duplicate', `Två filer för samma möte (${date}): ${why} Behåll en fil per möte: slå ihop dem, eller rätta datumet i den ena.`));
    }
  }
  return diagnostics;
}

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

/** True when two different spellings are probably the same name. */
export function areNearDuplicates(a: string, b: string): boolean {
  return a !== b && foldedNearDuplicates(comparable(a), comparable(b));
}

function foldedNearDuplicates(fa: string, fb: string): boolean {
  return fa === fb || withinEdits(fa, fb, nearLimit(Math.min(fa.length, fb.length)));
}

function nearDuplicatePairs(names: readonly NamePlace[], kind: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sorted = names.map((entry) => ({ ...entry, folded: comparable(entry.name) })).sort((x, y) => x.folded.length - y.folded.length);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.folded.length - a.folded.length > 2) break;
      if (a.owner === b.owner || a.name === b.name) continue;
      if (!foldedNearDuplicates(a.folded, b.folded)) continue;
      const [first, second] = comparePlaces(a.place, b.place) <= 0 ? [a, b] : [b, a];
      diagnostics.push(
        warning(
          second.place.file,
          second.place,
          'name-near-duplicate',
          `${kind} "${second.name}" liknar "${first.name}" (${first.place.file}:${first.place.line}:${first.place.column}). Är det samma? Skriv namnet likadant på båda ställena, annars kan du bortse från varningen.`,
        ),
      );
    }
  }
  return diagnostics;
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
    [agency.name, ...(agency.short ? [agency.short] : []), ...agency.aliases].map((name) => ({ name, place: agency.place, owner: agency.id })),
  );
  return [...nearDuplicatePairs([...people.values()], 'Personnamnet'), ...nearDuplicatePairs(agencies, 'Aktören')];
}
