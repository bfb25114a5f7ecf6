/**
 * Rules: people and agencies. Every name resolves against the registry and
 * the front matter, and the headings and the front matter agree: who is named
 * in a heading is declared under `speakers`, and every declared speaker and
 * agency presents something.
 */
import { swedishCount } from '../../core/count.ts';
import { agencyLabel } from '../../core/agency-names.ts';
import { meant, meantQuestion } from '../../core/suggest.ts';
import type { MinutesSubject } from '../subjects.ts';
import { EXAMPLE_BODY, EXAMPLE_FRONT_MATTER, EXAMPLE_MINUTES, meeting } from './example-archive.ts';
import { defineRule } from './rule.ts';

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
      report(unknown.place, `Okänd aktör "${unknown.written}".${meant(unknown.guess, unknown.written)}`, { actual: unknown.written });
    }
    for (const unknown of file.findings.unknownHeadingAgencies) {
      report(unknown.place, `"${unknown.written}" i rubriken är ingen känd aktör.${meant(unknown.guess, unknown.written)}`, {
        actual: unknown.written,
      });
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
        report(place, `${reason}${meant(guess, name)}`, {
          note: 'Rätta stavningen i rubriken så att den är som under speakers.',
          actual: name,
          expected: [guess],
        });
      } else {
        report(place, reason, {
          // The block pastes as the last entry of the front matter's `speakers:` list, indented as the list's
          // entries are (two spaces before `-`, as the import and the README write it); the line after it
          // keeps the printed rule id off the block's last line.
          note:
            `Lägg till personen:\n  - name: ${name}\n    agency: ${agencyWritten ?? 'Aktör'}\n` +
            'Raderna hör hemma sist under speakers: i front matter, indragna som här (står det speakers: [], ta först bort []).',
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
        `Stycket börjar som ett svar från "${unknown.written}", men det finns ingen sådan aktör i agencies.yml, så svaret räknas inte till någon aktör.${meant(unknown.guess, unknown.written)}`,
        { actual: unknown.written, ...(unknown.guess ? { expected: [unknown.guess] } : {}) },
      );
    }
  },
);

/** `answer-prefix-unknown` */
export const answerPrefixUnknown = defineRule<MinutesSubject>(
  {
    id: 'answer-prefix-unknown',
    severity: 'warning',
    phase: 'minutes',
    when: 'Stycken börjar gång på gång med samma förkortning och kolon ("SYG: …"), som varken är en aktör i agencies.yml eller initialerna för någon under speakers (AT för Anders Tegnell räknas till honom), eller med initialer som passar flera talare. Ett meddelande för hela filen, med antalet.',
    fix: 'Lägg personen under speakers, så räknas initialerna till personen och personens aktör, eller lägg aktören i agencies.yml. Passar initialerna flera talare, skriv ut namnet eller ange svarande aktör under items: med answeredBy.',
    examples: [
      {
        files: {
          [MINUTES]: meeting(undefined, `${EXAMPLE_BODY}\nSYG: Vi ser att andelen vaccinerade ökar.\n\nSYG: Det gäller även personalen.\n`),
        },
        message:
          '15:1: Styckena som börjar med "SYG:" (2 gånger från rad 15) räknas inte till någon: det är varken en aktör i agencies.yml eller initialerna för någon under speakers.',
      },
    ],
  },
  (file, report) => {
    const unknown = file.findings.unknownPrefixes.filter((p) => !p.speakers);
    const ambiguous = file.findings.unknownPrefixes.filter((p) => p.speakers);
    const times = (n: number) => swedishCount(n, 'gång', 'gånger');
    const listed = (prefixes: typeof unknown) =>
      prefixes
        .map((p) => `"${p.written}:" (${times(p.count)} från rad ${p.first.line}${p.guess ? `; ${meantQuestion(p.guess, true)}` : ''})`)
        .join(', ');
    const [first] = unknown;
    if (first) {
      report(
        first.first,
        `Styckena som börjar med ${listed(unknown)} räknas inte till någon: ${unknown.length === 1 ? 'det är' : 'de är'} varken en aktör i agencies.yml eller initialerna för någon under speakers.`,
        {
          actual: unknown.map((p) => p.written).join(', '),
          note: 'Lägg personen under speakers, så räknas initialerna till personen och personens aktör, eller lägg aktören i agencies.yml.',
        },
      );
    }
    for (const prefix of ambiguous) {
      report(
        prefix.first,
        `${prefix.count === 1 ? 'Stycket' : 'Styckena'} som börjar med "${prefix.written}:" (${times(prefix.count)} från rad ${prefix.first.line}) räknas inte till någon: initialerna passar flera under speakers (${(prefix.speakers ?? []).join(', ')}).`,
        {
          actual: prefix.written,
          note: 'Skriv ut namnet i stället för initialerna ("Anders Tegnell: …"), eller ange svarande aktör under items: med answeredBy.',
        },
      );
    }
  },
);

/** `names-unchecked` */
export const namesUnchecked = defineRule<MinutesSubject>(
  {
    id: 'names-unchecked',
    severity: 'error',
    phase: 'minutes',
    when: 'Ett register kan inte läsas (det saknas, är inte UTF-8, har trasig YAML eller är ingen lista), så filens aktörer eller ämnen kan inte kontrolleras. Ett meddelande per register och fil i stället för ett per namn; registrets egna meddelanden står först och säger varför.',
    fix: 'Rätta registret först (dess meddelanden står överst); kör sedan kontrollen igen.',
    examples: [
      {
        files: { 'minutes/agencies.yml': '- id: fohm\n  name: Folkhälsomyndigheten\n   short: FoHM\n' },
        file: EXAMPLE_MINUTES,
        message: '6:13: Aktörerna i filen kan inte kontrolleras: minutes/agencies.yml kan inte läsas, se meddelandena om den (rad 7, 11).',
      },
    ],
  },
  (file, report) => {
    for (const { kind, path, places } of file.findings.unreadableRegistries) {
      const [first, ...rest] = places;
      if (!first) continue;
      const what = kind === 'agencies' ? 'Aktörerna' : 'Ämnena';
      report(first, `${what} i filen kan inte kontrolleras: ${path} kan inte läsas, se meddelandena om den.`, {
        related: rest.map((place) => ({ ...place, file: file.path })),
      });
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
  answerPrefixUnknown,
  namesUnchecked,
];
