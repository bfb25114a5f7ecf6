/**
 * Rules: topics. Every topic of a meeting resolves against the registry and
 * belongs to at least one item or question (by its signal words, or set by
 * hand under `items:`).
 */
import { meant } from '../../core/suggest.ts';
import type { MinutesSubject } from '../subjects.ts';
import { EXAMPLE_FRONT_MATTER, meeting } from './example-archive.ts';
import { defineRule } from './rule.ts';

const front = (replace: string, by: string) => ({
  'minutes/2021-03-02-socialchefsnatverket.md': meeting(EXAMPLE_FRONT_MATTER.replace(replace, by)),
});

/** `topic-unknown` */
export const topicUnknown = defineRule<MinutesSubject>(
  {
    id: 'topic-unknown',
    severity: 'error',
    phase: 'minutes',
    when: 'Ett ämne som inte finns i topics.yml. Meddelandet föreslår ett som liknar.',
    fix: 'Skriv ämnet som i topics.yml (id, namn eller alias), eller lägg till det där.',
    examples: [
      { files: front('topics: [Vaccination]', 'topics: [Vacination]'), message: '8:10: Okänt ämne "Vacination". Menade du "Vaccination"?' },
    ],
  },
  (file, report) => {
    for (const unknown of file.findings.unknownTopics) {
      report(unknown.place, `Okänt ämne "${unknown.written}".${meant(unknown.guess)}`, { actual: unknown.written });
    }
  },
);

/** `topic-unmatched` */
export const topicUnmatched = defineRule<MinutesSubject>(
  {
    id: 'topic-unmatched',
    severity: 'error',
    phase: 'minutes',
    when: 'Ett ämne under topics som ingen punkt handlar om enligt ämnets signalord.',
    fix: 'Ange ämnet för rätt punkt under items:, lägg till signalord i topics.yml eller ta bort ämnet.',
    examples: [
      {
        files: front('topics: [Vaccination]', 'topics: [Vaccination, Besöksförbud]'),
        message:
          '8:23: Ämnet "Besöksförbud" står under topics men ingen dagordningspunkt handlar om det enligt signalorden (besöksförbud).',
      },
    ],
  },
  (file, report) => {
    for (const { place, topic } of file.findings.unmatchedTopics) {
      report(
        place,
        `Ämnet "${topic.name}" står under topics men ingen dagordningspunkt handlar om det enligt signalorden (${topic.signals.join(', ') || 'inga'}).`,
      );
    }
  },
);

/** `item-unknown` */
export const itemUnknown = defineRule<MinutesSubject>(
  {
    id: 'item-unknown',
    severity: 'error',
    phase: 'minutes',
    when: 'En nyckel under items: som inte är ankaret till någon punkt. Meddelandet föreslår rätt ankare.',
    fix: 'Ankaret är rubrikens titel med små bokstäver a–z och bindestreck, till exempel besoksforbud.',
    examples: [
      {
        files: front('topics: [Vaccination]', 'topics: [Vaccination]\nitems:\n  vaccinationslage:\n    topics: [Vaccination]'),
        message: '10:3: Det finns ingen dagordningspunkt med ankaret "vaccinationslage". Menade du "vaccinationslaget"?',
      },
    ],
  },
  (file, report) => {
    for (const { place, anchor, anchors, guess } of file.findings.unknownAnchors) {
      report(place, `Det finns ingen dagordningspunkt med ankaret "${anchor}".${meant(guess)}`, {
        note: `Ankaret är rubrikens titel med små bokstäver a–z och bindestreck; punkterna i filen är: ${anchors.join(', ')}.`,
        expected: anchors,
        actual: anchor,
      });
    }
  },
);

/** `item-topic-undeclared` */
export const itemTopicUndeclared = defineRule<MinutesSubject>(
  {
    id: 'item-topic-undeclared',
    severity: 'error',
    phase: 'minutes',
    when: 'Ett ämne som satts på en punkt eller fråga men inte står under mötets topics.',
    fix: 'Lägg till ämnet i topics.',
    examples: [
      {
        files: front(
          'topics: [Vaccination]',
          'topics: [Vaccination]\nitems:\n  vaccinationslaget:\n    topics: [Vaccination, Besöksförbud]',
        ),
        message: '11:27: Ämnet "Besöksförbud" är satt på punkten "vaccinationslaget" men står inte under mötets topics.',
      },
    ],
  },
  (file, report) => {
    for (const { place, anchor, topic, question } of file.findings.undeclaredItemTopics) {
      report(place, `Ämnet "${topic.name}" är satt på ${question ? 'frågan' : 'punkten'} "${anchor}" men står inte under mötets topics.`);
    }
  },
);

/** The rules of this family, in the guide's order. */
export const RULES = [topicUnknown, topicUnmatched, itemUnknown, itemTopicUndeclared];
