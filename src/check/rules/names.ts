/**
 * Rules: people and agencies. Every name resolves against the registry and
 * the front matter, and the headings and the front matter agree: who is named
 * in a heading is declared under `speakers`, and every declared speaker and
 * agency presents something.
 */
import { agencyLabel } from '../../core/model.ts';
import type { MinutesSubject } from '../subjects.ts';
import { EXAMPLE_BODY, EXAMPLE_FRONT_MATTER, meeting } from './example-archive.ts';
import { defineRule } from './rule.ts';

const meant = (guess: string | undefined) => (guess === undefined ? '' : ` Menade du "${guess}"?`);

const MINUTES = 'minutes/2021-03-02-socialchefsnatverket.md';
const front = (replace: string, by: string, body = EXAMPLE_BODY) => ({
  [MINUTES]: meeting(EXAMPLE_FRONT_MATTER.replace(replace, by), body),
});
const body = (replace: string, by: string) => ({ [MINUTES]: meeting(undefined, EXAMPLE_BODY.replace(replace, by)) });

/** `agency-unknown` */
export const agencyUnknown = defineRule<MinutesSubject>(
  {
    id: 'agency-unknown',
    severity: 'error',
    phase: 'minutes',
    when: 'En aktör som inte finns i agencies.yml. Meddelandet föreslår en som liknar.',
    fix: 'Skriv aktören som i agencies.yml (id, namn, kort namn eller alias), eller lägg till den där.',
    examples: [
      {
        files: front('agencies: [FoHM]', 'agencies: [FoHM, Folkhälsomyndighten]'),
        message: '7:18: Okänd aktör "Folkhälsomyndighten". Menade du "Folkhälsomyndigheten"?',
      },
      {
        files: body('Anders Tegnell, FoHM', 'Anders Tegnell, FoHMM'),
        message: '11:39: "FoHMM" i rubriken är ingen känd aktör. Menade du "FoHM"?',
      },
    ],
  },
  (file, report) => {
    for (const unknown of file.findings.unknownAgencies) {
      report(unknown.place, `Okänd aktör "${unknown.written}".${meant(unknown.guess)}`, { actual: unknown.written });
    }
    for (const unknown of file.findings.unknownHeadingAgencies) {
      report(unknown.place, `"${unknown.written}" i rubriken är ingen känd aktör.${meant(unknown.guess)}`, { actual: unknown.written });
    }
  },
);

/** `agency-undeclared` */
export const agencyUndeclared = defineRule<MinutesSubject>(
  {
    id: 'agency-undeclared',
    severity: 'error',
    phase: 'minutes',
    when: 'En aktör står i en rubrik men inte under agencies.',
    fix: 'Lägg till aktören i listan agencies.',
    examples: [
      {
        files: body('(Anders Tegnell, FoHM)', '(Anders Tegnell, FoHM & SKR)'),
        message: '11:46: Aktören "SKR" står i rubriken men inte under agencies i front matter. Lägg till SKR i listan agencies.',
      },
    ],
  },
  (file, report) => {
    for (const undeclared of file.findings.undeclaredAgencies) {
      report(undeclared.place, `Aktören "${undeclared.written}" står i rubriken men inte under agencies i front matter.`, {
        note: `Lägg till ${agencyLabel(undeclared.agency)} i listan agencies.`,
        actual: undeclared.written,
      });
    }
  },
);

/** `agency-unused` */
export const agencyUnused = defineRule<MinutesSubject>(
  {
    id: 'agency-unused',
    severity: 'warning',
    phase: 'minutes',
    when: 'En aktör står under agencies men i ingen rubrik.',
    fix: 'Lägg till aktören i rätt rubriks parentes, eller ta bort den från agencies.',
    examples: [
      {
        files: front('agencies: [FoHM]', 'agencies: [FoHM, SKR]'),
        message: '7:18: Aktören SKR står under agencies men föredrog ingen punkt enligt rubrikerna.',
      },
    ],
  },
  (file, report) => {
    for (const unused of file.findings.unusedAgencies) {
      report(
        unused.place,
        `Aktören ${unused.agency ? agencyLabel(unused.agency) : unused.id} står under agencies men föredrog ingen punkt enligt rubrikerna.`,
      );
    }
  },
);

/** `speaker-undeclared` */
export const speakerUndeclared = defineRule<MinutesSubject>(
  {
    id: 'speaker-undeclared',
    severity: 'error',
    phase: 'minutes',
    when: 'En person står i en rubrik men inte under speakers.',
    fix: 'Lägg till personen under speakers med sin aktör; meddelandet visar raderna.',
    examples: [
      {
        files: body('(Anders Tegnell, FoHM)', '(Anders Tegnell, Emma Spak, FoHM)'),
        message: '11:39: "Emma Spak" står i rubriken men inte under speakers i front matter. Lägg till personen:',
      },
      {
        files: body('(Anders Tegnell, FoHM)', '(Anders Tegnel, FoHM)'),
        message: '11:23: "Anders Tegnel" står i rubriken men inte under speakers i front matter. Menade du "Anders Tegnell"?',
      },
    ],
  },
  (file, report) => {
    for (const { place, name, guess, agencyWritten } of file.findings.undeclaredSpeakers) {
      const reason = `"${name}" står i rubriken men inte under speakers i front matter.`;
      if (guess) {
        report(place, `${reason} Menade du "${guess}"?`, {
          note: 'Rätta stavningen i rubriken så att den är som under speakers.',
          actual: name,
          expected: [guess],
        });
      } else {
        report(place, reason, {
          note: `Lägg till personen:\n    - name: ${name}\n      agency: ${agencyWritten ?? 'Aktör'}`,
          actual: name,
        });
      }
    }
  },
);

/** `speaker-unused` */
export const speakerUnused = defineRule<MinutesSubject>(
  {
    id: 'speaker-unused',
    severity: 'error',
    phase: 'minutes',
    when: 'En person står under speakers men i ingen rubrik.',
    fix: 'Skriv namnet i parentesen efter rubriken för punkten personen föredrog, eller ta bort personen från speakers.',
    examples: [
      {
        files: front('agencies:', '  - name: Emma Spak\n    agency: FoHM\nagencies:'),
        message: '7:11: Emma Spak står under speakers men i ingen rubrik.',
      },
    ],
  },
  (file, report) => {
    for (const unused of file.findings.unusedSpeakers) {
      const label = unused.agency ? agencyLabel(unused.agency) : 'Aktör';
      report(unused.place, `${unused.name} står under speakers men i ingen rubrik.`, {
        note: `Skriv namnet i parentesen efter rubriken för punkten personen föredrog, till exempel "## Rubrik (${unused.name}, ${label})", eller ta bort personen från speakers.`,
      });
    }
  },
);

/** `speaker-duplicate` */
export const speakerDuplicate = defineRule<MinutesSubject>(
  {
    id: 'speaker-duplicate',
    severity: 'error',
    phase: 'minutes',
    when: 'En person står två gånger under speakers.',
    fix: 'Ta bort den ena.',
    examples: [
      {
        files: front('agencies:', '  - name: Anders Tegnell\n    agency: FoHM\nagencies:'),
        message: '7:11: Anders Tegnell står två gånger under speakers (rad 5).',
      },
    ],
  },
  (file, report) => {
    for (const duplicate of file.findings.duplicateSpeakers) {
      report(duplicate.place, `${duplicate.name} står två gånger under speakers.`, { related: [{ file: file.path, ...duplicate.first }] });
    }
  },
);

/** `speaker-agency-mismatch` */
export const speakerAgencyMismatch = defineRule<MinutesSubject>(
  {
    id: 'speaker-agency-mismatch',
    severity: 'error',
    phase: 'minutes',
    when: 'Rubriken och speakers anger olika aktörer för samma person.',
    fix: 'Rätta den ena så att de stämmer.',
    examples: [
      {
        files: front('agencies: [FoHM]', 'agencies: [FoHM, SKR]', EXAMPLE_BODY.replace('Tegnell, FoHM', 'Tegnell, SKR')),
        message: '11:23: Anders Tegnell står för SKR i rubriken men för FoHM under speakers.',
      },
    ],
  },
  (file, report) => {
    for (const mismatch of file.findings.agencyMismatches) {
      report(
        mismatch.place,
        `${mismatch.name} står för ${agencyLabel(mismatch.inHeading)} i rubriken men för ${agencyLabel(mismatch.declared)} under speakers.`,
      );
    }
  },
);

/** `answer-agency-unknown` */
export const answerAgencyUnknown = defineRule<MinutesSubject>(
  {
    id: 'answer-agency-unknown',
    severity: 'warning',
    phase: 'minutes',
    when: 'Ett stycke börjar som ett svar från en aktör ("MFD: …"), men namnet finns inte i agencies.yml, så svaret räknas inte till någon aktör. Meddelandet föreslår en aktör som liknar.',
    fix: 'Skriv aktören som i registret, lägg till den i agencies.yml, eller ange svarande aktör under items: med answeredBy.',
    examples: [
      {
        files: { [MINUTES]: meeting(undefined, `${EXAMPLE_BODY}\nMFD: Det är samma rekommendationer som tidigare.\n`) },
        message:
          '15:1: Stycket börjar som ett svar från "MFD", men det finns ingen sådan aktör i agencies.yml, så svaret räknas inte till någon aktör.',
      },
    ],
  },
  (file, report) => {
    for (const unknown of file.findings.unknownAnswerers) {
      report(
        unknown.place,
        `Stycket börjar som ett svar från "${unknown.written}", men det finns ingen sådan aktör i agencies.yml, så svaret räknas inte till någon aktör.${meant(unknown.guess)}`,
        { actual: unknown.written, ...(unknown.guess ? { expected: [unknown.guess] } : {}) },
      );
    }
  },
);

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
