/**
 * The per-file validation in memory: text in, the validated meeting and the
 * messages out, with no disk and no Eleventy.
 */
import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/core/diagnostics.ts';
import { parseMinutes } from '../../src/check/parse.ts';
import { readRegistries } from '../../src/check/registry.ts';
import { validateMinutes } from '../../src/check/validate.ts';
import { processFile } from '../../src/check/process-file.ts';
import { archiveOfTexts } from '../../src/check/archive-files.ts';
import { checkRegistries } from '../../src/check/check-archive.ts';

const AGENCIES = `- id: fohm
  name: Folkhälsomyndigheten
  short: FoHM
- id: skr
  name: Sveriges Kommuner och Regioner
  short: SKR
`;
const TOPICS = `- id: vaccination
  name: Vaccination
  description: Vaccination mot covid-19.
  signals: [vaccin]
- id: besoksforbud
  name: Besöksförbud
  description: Tillfälliga lokala besöksförbud.
  signals: [besöksförbud, besök]
`;
const { registries } = readRegistries(
  { path: 'agencies.yml', text: AGENCIES, bytes: AGENCIES.length },
  { path: 'topics.yml', text: TOPICS, bytes: TOPICS.length },
);
const registryProblems = checkRegistries(archiveOfTexts({ 'agencies.yml': AGENCIES, 'topics.yml': TOPICS })).diagnostics;

const FRONT = `---
title: Socialchefsnätverket 2 mars 2021
date: 2021-03-02
speakers:
  - name: Anders Tegnell
    agency: Folkhälsomyndigheten
  - name: Emma Spak
    agency: skr
agencies: [FoHM, SKR]
topics: [Vaccination, besöksförbud]
---
`;

/** The validated meeting and the check's messages for one file. */
function validate(text: string, file = 'minutes/2021-03-02-socialchefsnatverket.md') {
  const source = { path: file, text, bytes: text.length };
  return { meeting: validateMinutes(parseMinutes(source), registries).meeting, diagnostics: processFile(source, registries).diagnostics };
}

/** `line:col rule` for each message, in the order of the file. */
const places = (result: ReturnType<typeof validate>) =>
  [...result.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column).map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('validating one minutes file in memory', () => {
  it('reads the test registries without problems', () => {
    expect(registryProblems).toEqual([]);
  });

  it('resolves presenters, agencies and topics by any of their names', () => {
    const result = validate(`${FRONT}
## Vaccinationsfrågor (Anders Tegnell, FoHM & Emma Spak, SKR)

Om vaccinet och vaccineringen.

## Besöksförbud (Anders Tegnell, Folkhälsomyndigheten och nätverket)

Text.
`);
    expect(result.diagnostics).toEqual([]);
    const meeting = result.meeting!;
    expect(meeting.speakers).toEqual([
      { name: 'Anders Tegnell', personId: 'anders-tegnell', agencyId: 'fohm' },
      { name: 'Emma Spak', personId: 'emma-spak', agencyId: 'skr' },
    ]);
    expect(meeting.agencyIds).toEqual(['fohm', 'skr']);
    expect(meeting.topicIds).toEqual(['vaccination', 'besoksforbud']);
    expect(meeting.items.map((i) => [i.anchor, i.agencyIds.join(','), i.network, i.topicIds.join(',')])).toEqual([
      ['vaccinationsfragor', 'fohm,skr', false, 'vaccination'],
      ['besoksforbud', 'fohm', true, 'besoksforbud'],
    ]);
    expect(meeting.speakerPlaces['emma-spak']).toEqual({ line: 7, column: 11 });
  });

  it('makes anchors unique within the meeting and marks slide text as presentation sections', () => {
    const result = validate(`${FRONT}
## Vaccin (Anders Tegnell, FoHM)

Vaccin.

## Vaccin (Emma Spak, SKR)

Besöksförbud och besöksförbud.

## Ur presentationen: Vaccin (Anders Tegnell, FoHM)

Bild.
`);
    expect(result.diagnostics).toEqual([]);
    expect(result.meeting!.items.map((i) => `${i.anchor} ${i.kind}`)).toEqual([
      'vaccin agenda',
      'vaccin-2 agenda',
      'ur-presentationen-vaccin presentation',
    ]);
  });

  it('lets the front matter set an item’s topics by its anchor', () => {
    const result = validate(
      `${FRONT.replace('---\n\n', '')}`.replace(
        'topics: [Vaccination, besöksförbud]\n---',
        'topics: [Vaccination, besöksförbud]\nitems:\n  ovrigt:\n    topics: [Besöksförbud]\n---',
      ) +
        `
## Vaccin (Anders Tegnell, FoHM & Emma Spak, SKR)

Text.

## Övrigt

Inget om ämnet.
`,
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.meeting!.items.map((i) => i.topicIds)).toEqual([['vaccination'], ['besoksforbud']]);
  });

  it('reports names that the headings and the front matter do not agree on, each at its place', () => {
    const result = validate(`${FRONT}
## Vaccin (Anders Tegnell, SKR & Cecilia Carlsson, SKR)

Vaccin.
`);
    expect(places(result)).toEqual([
      '7:11 speaker-unused',
      '9:12 agency-unused',
      '10:23 topic-unmatched',
      '13:12 speaker-agency-mismatch',
      '13:34 speaker-undeclared',
    ]);
    const undeclared = result.diagnostics.find((d) => d.ruleId === 'speaker-undeclared')!;
    expect(undeclared).toMatchObject({
      fatal: true,
      actual: 'Cecilia Carlsson',
      url: '/sa-lagger-du-till-ett-mote/#regel-speaker-undeclared',
    });
    expect(messageText(undeclared)).toContain('Lägg till personen:\n  - name: Cecilia Carlsson\n    agency: SKR');
  });

  it('lists the schema’s own fields when a field is unknown, with the closest one', () => {
    const result = validate(FRONT.replace('topics:', 'tpoics:'));
    const [unknown] = result.diagnostics;
    expect(unknown).toMatchObject({ ruleId: 'front-matter-unknown-field', line: 10, column: 1, actual: 'tpoics' });
    expect(unknown?.expected).toEqual(['title', 'date', 'speakers', 'agencies', 'topics', 'items']);
    expect(unknown && messageText(unknown)).toBe(
      'Okänt fält "tpoics". Menade du "topics"? Tillåtna fält här: title, date, speakers, agencies, topics, items.',
    );
    expect(result.meeting).toBeUndefined();
  });

  it('quotes the schema’s help for a field of the wrong kind', () => {
    const result = validate(FRONT.replace('topics: [Vaccination, besöksförbud]', 'topics:\n  vaccin: ja'));
    expect(result.diagnostics.map((d) => [d.ruleId, messageText(d)])).toEqual([
      [
        'front-matter-invalid',
        'Fältet "topics" ska vara en lista med ämnen från topics.yml, men är en uppsättning fält. Skriv till exempel:\n    topics: [Vaccination, Besöksförbud]',
      ],
    ]);
  });

  it('reports a file name that does not give a date, and a date that differs from it', () => {
    expect(places(validate(FRONT, 'minutes/möte.md'))).toContain('1:1 file-name');
    expect(places(validate(FRONT, 'minutes/2021-03-03-socialchefsnatverket.md'))).toContain('3:7 date-filename-mismatch');
  });
});

describe('messages about names in headings that do not contradict each other', () => {
  it('suggests the declared spelling of a misspelled speaker, and does not also ask to add the misspelling', () => {
    const result = validate(`${FRONT}\n## Vaccin (Anders Tegnel, FoHM & Emma Spak, SKR)\n\nVaccin och besöksförbud, besöksförbud.\n`);
    const undeclared = result.diagnostics.filter((d) => d.ruleId === 'speaker-undeclared');
    expect(undeclared.map((d) => messageText(d))).toEqual([
      '"Anders Tegnel" står i rubriken men inte under speakers i front matter. Menade du "Anders Tegnell"? Rätta stavningen i rubriken så att den är som under speakers.',
    ]);
    expect(messageText(undeclared[0]!)).not.toContain('Lägg till personen');
  });

  it('says a comma is missing in "(Anders Tegnell FoHM)", not that a person "Anders Tegnell FoHM" is unknown', () => {
    const result = validate(`${FRONT}\n## Vaccin (Anders Tegnell FoHM & Emma Spak, SKR)\n\nVaccin och besöksförbud, besöksförbud.\n`);
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('speaker-undeclared');
    const comma = result.diagnostics.find((d) => d.ruleId === 'heading-parenthesis')!;
    expect(messageText(comma)).toBe(
      'Ett kommatecken saknas mellan "Anders Tegnell" och "FoHM" i rubrikens parentes, så de lästes som ett namn. Skriv (Anders Tegnell, FoHM).',
    );
  });
});
