/**
 * Who speaks and who answers, as the secretary meets it in the check's messages: a declared speaker's
 * initials are that person speaking, a prefix used through a file is one message with its count, and a
 * registry that cannot be read is one message per file instead of one per name.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_AGENCY_REGISTRY, EXAMPLE_TOPIC_REGISTRY } from '../../../src/check/rules/example-archive.ts';
import { processFile } from '../../../src/check/process-file.ts';
import { textSource } from '../../../src/check/source.ts';
import { messageText, summarize } from '../../../src/core/diagnostics.ts';
import { checkFolder, checkText, exampleRegistries } from '../../support/check.ts';

const FILE = 'minutes/2021-04-13-socialchefsnatverket.md';
const front = (speakers = '  - name: Anders Tegnell\n    agency: FoHM\n', agencies = '[FoHM]') =>
  `---\ntitle: Socialchefsnätverket 13 april 2021\ndate: 2021-04-13\nspeakers:\n${speakers}agencies: ${agencies}\n---\n\n`;
/** The reproduction: a declared speaker's initials opening each paragraph. */
const INITIALS = `${front()}## Vaccinationsläget (Anders Tegnell, FoHM)\n\nAT: Vi ser att andelen vaccinerade ökar.\n\nAT: Det gäller även personalen.\n`;

const lines = (text: string) => checkText(text, FILE).map((d) => `${d.line}:${d.column} ${d.ruleId} ${messageText(d)}`);

describe('a declared speaker’s initials', () => {
  it('give no message: "AT:" is Anders Tegnell speaking', () => {
    expect(lines(INITIALS)).toEqual([]);
  });

  it('credit the person and the person’s agency to the item', () => {
    const { meeting } = processFile(textSource(FILE, INITIALS), exampleRegistries);
    expect(meeting?.items[0]).toMatchObject({ answeringAgencyIds: ['fohm'], answeringPersonIds: ['anders-tegnell'] });
  });

  it('make a speaker used even when no heading names them', () => {
    const text = `${front('  - name: Anders Tegnell\n    agency: FoHM\n  - name: Sara Ek\n    agency: FoHM\n')}## Vaccinationsläget (Anders Tegnell, FoHM)\n\nSE: Vi ser det också.\n`;
    expect(lines(text)).toEqual([]);
  });

  it('that fit two speakers are one message that names both and says how to write it instead', () => {
    const text = `${front('  - name: Anders Tegnell\n    agency: FoHM\n  - name: Anna Tegnér\n    agency: FoHM\n')}## Vaccinationsläget (Anders Tegnell, Anna Tegnér, FoHM)\n\nAT: Ett.\n\nAT: Två.\n`;
    expect(lines(text)).toEqual([
      '14:1 answer-prefix-unknown Styckena som börjar med "AT:" (2 gånger från rad 14) räknas inte till någon: initialerna passar flera under speakers (Anders Tegnell, Anna Tegnér). Skriv ut namnet i stället för initialerna ("Anders Tegnell: …"), eller ange svarande aktör under items: med answeredBy.',
    ]);
  });
});

describe('a prefix used through a file that is neither an agency nor a speaker', () => {
  const body = (times: number, prefix = 'SYG') => Array.from({ length: times }, (_, i) => `${prefix}: Stycke ${i + 1}.`).join('\n\n');

  it('is one message for the file, naming the prefix and how many paragraphs open with it', () => {
    const text = `${INITIALS}\n${body(311)}\n\n${body(4, 'MM')}\n`;
    const found = lines(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^16:1 answer-prefix-unknown Styckena som börjar med "SYG:" \(311 gånger från rad 16\), "MM:" \(4 gånger från rad 638\) räknas inte till någon: de är varken en aktör i agencies\.yml eller initialerna för någon under speakers\. Lägg personen under speakers/,
    );
  });

  it('once is the answer message of that paragraph, as a misspelt agency is', () => {
    expect(lines(`${INITIALS}\nFHMM: Ett svar.\n`).map((l) => l.slice(0, l.indexOf(' ', 5)))).toEqual(['16:1 answer-agency-unknown']);
  });
});

describe('an agency’s name in a heading', () => {
  it('is reported as an unknown agency, never as a person with agency "Aktör"', () => {
    const text = `${front()}## Vaccinationsläget (Anders Tegnell, FoHM)\n\nText.\n\n## Journalen (E-hälsomyndigheten)\n\nText.\n`;
    const found = checkText(text, FILE);
    expect(found.map((d) => d.ruleId)).toEqual(['agency-unknown']);
    expect(messageText(found[0]!)).toContain('"E-hälsomyndigheten"');
    expect(messageText(found[0]!)).not.toMatch(/Aktör"|som person|under speakers/);
  });
});

describe('a registry that cannot be read', () => {
  const broken = EXAMPLE_AGENCY_REGISTRY.replace('  short: FoHM', '   short: FoHM');
  const meetingText = `${INITIALS}\n## Läget (Socialstyrelsen)\n\nText.\n`;
  const found = checkFolder({
    'agencies.yml': broken,
    'topics.yml': EXAMPLE_TOPIC_REGISTRY,
    '2021-04-13-socialchefsnatverket.md': meetingText,
  });

  it('is reported first, with the place in the registry that is the cause', () => {
    expect(found[0]?.file).toMatch(/agencies\.yml$/);
    expect(found[0]?.ruleId).toBe('registry-yaml');
  });

  it('gives each minutes file one message for its names, not one per name', () => {
    const minutes = found.filter((d) => d.file.endsWith('.md'));
    expect(minutes.map((d) => d.ruleId)).toEqual(['names-unchecked']);
    expect(messageText(minutes[0]!)).toMatch(
      /^Aktörerna i filen kan inte kontrolleras: .*agencies\.yml kan inte läsas, se meddelandena om den \(rad [\d, ]+\)\./,
    );
    expect(summarize(found, 3)).toMatch(/^2 fel och 0 varningar i 2 filer/);
  });
});

describe('names as other programs write them (issue 20 §3.14)', () => {
  it('an NFD name in a heading is the NFC name under speakers: no message', () => {
    const text = `${front('  - name: Åsa Öberg\n    agency: FoHM\n')}## Vaccinationsläget (${'Åsa Öberg'.normalize('NFD')}, FoHM)\n\nText.\n`;
    expect(lines(text)).toEqual([]);
  });

  it('a look-alike agency (a Cyrillic о) is told which letter differs, not offered an identical-looking name alone', () => {
    const text = `${front()}## Vaccinationsläget (Anders Tegnell, FoHM)\n\nText.\n\n## Läget (Sоcialstyrelsen)\n\nText.\n`;
    const found = lines(text).filter((l) => l.includes('agency-unknown'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'Menade du "Socialstyrelsen"? De ser lika ut, men "Sоcialstyrelsen" har "о" (U+043E) där det ska vara "o" (U+006F): skriv om namnet med vanliga bokstäver.',
    );
  });
});
