import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/core/diagnostics.ts';
import { answeringAgencies } from '../../src/check/answers.ts';
import { processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';

const AGENCIES = `- id: fohm
  name: Folkhälsomyndigheten
  short: FoHM
- id: skr
  name: Sveriges Kommuner och Regioner
  short: SKR
- id: ivo
  name: Inspektionen för vård och omsorg
  short: IVO
`;
const { registries } = readRegistries({ path: 'agencies.yml', text: AGENCIES, bytes: 0 }, { path: 'topics.yml', text: '[]', bytes: 2 });
const who = (text: string) => answeringAgencies(text, registries)?.map((a) => a.id);

describe('who answers, by the opening of a paragraph', () => {
  it.each([
    ['FoHM: Det är samma rekommendationer.', ['fohm']],
    ['Folkhälsomyndigheten: Ja.', ['fohm']],
    ['SKR och nätverket: Vi återkommer.', ['skr']],
    ['FoHM, SKR: Båda instämmer.', ['fohm', 'skr']],
    ['FoHM håller med om att det inte får bli motstridiga budskap.', ['fohm']],
    ['FoHM instämmer i den bild som ges.', ['fohm']],
    ['Inspektionen för vård och omsorg menar att tillsynen fortsätter.', ['ivo']],
    ['  IVO: svarar med inledande mellanslag.', ['ivo']],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it.each([
    'Nätverket instämmer i att det inte är rekommendationerna som är problemet.',
    'FoHM:s föreskrifter gäller fortfarande.',
    'Folkhälsomyndighetens besked var tydligt.',
    'Emma/SKR menar att det är olyckligt.',
    'Myndigheten har lämnat det öppet.',
    'Fråga: Hur gör vi?',
    'fohm menar (gemener i början av stycket räknas inte som ett namn).',
    'FoHM. Nästa mening.',
  ])('no agency: %s', (text) => {
    expect(who(text)).toBeUndefined();
  });
});

const front = '---\ntitle: Möte\ndate: 2021-04-06\nspeakers:\n  - name: Anna Berg\n    agency: SKR\nagencies: [SKR]\n';
const check = (text: string) => processFile({ path: 'minutes/2021-04-06-natverket.md', text, bytes: text.length }, registries);

describe('questions, answers and outcomes in a meeting', () => {
  const body = `
## Nätverkets frågor

Inledning.

### Får man krama barnbarnen?

FoHM: Ja, om man är vaccinerad.

Beslut: Nätverket skriver till FoHM.

### Hur går det med munskydden?

- SKR och nätverket: Vi följer upp.

Uppföljning: SKR återkommer i maj.

## Rapport (Anna Berg, SKR)

### Får man krama barnbarnen?

Text.
`;

  it('gives each ### an anchor unique in the meeting, a link to itself, and its answering agencies', () => {
    const result = check(`${front}---\n${body}`);
    expect(result.diagnostics).toEqual([]);
    const [fragor, rapport] = result.meeting!.items;
    expect(fragor!.questions.map((q) => [q.anchor, q.answeringAgencyIds])).toEqual([
      ['far-man-krama-barnbarnen', ['fohm']],
      ['hur-gar-det-med-munskydden', ['skr']],
    ]);
    expect(rapport!.questions.map((q) => q.anchor)).toEqual(['far-man-krama-barnbarnen-2']);
    expect(fragor!.answeringAgencyIds).toEqual(['fohm', 'skr']);
    expect(fragor!.agencyIds).toEqual([]);
    expect(fragor!.html).toContain(
      '<h3 id="far-man-krama-barnbarnen">Får man krama barnbarnen? <a href="#far-man-krama-barnbarnen" class="anchor-link" aria-label="Länk till frågan">#</a></h3>',
    );
  });

  it('marks decisions and follow-ups, under the question they belong to', () => {
    const result = check(`${front}---\n${body}`);
    const fragor = result.meeting!.items[0]!;
    expect(fragor.outcomes).toEqual([
      { kind: 'decision', text: 'Nätverket skriver till FoHM.', anchor: 'far-man-krama-barnbarnen' },
      { kind: 'follow-up', text: 'SKR återkommer i maj.', anchor: 'hur-gar-det-med-munskydden' },
    ]);
    expect(fragor.html).toContain('<p class="outcome outcome-beslut">Beslut: Nätverket skriver till FoHM.</p>');
    expect(fragor.html).toContain('<p class="outcome outcome-uppfoljning">Uppföljning: SKR återkommer i maj.</p>');
  });

  it('lets the front matter set or clear who answers an item or a question', () => {
    const settings = 'items:\n  hur-gar-det-med-munskydden:\n    answeredBy: [IVO]\n  rapport:\n    answeredBy: []\n';
    const result = check(`${front}${settings}---\n${body}`);
    expect(result.diagnostics).toEqual([]);
    const [fragor, rapport] = result.meeting!.items;
    expect(fragor!.questions.map((q) => q.answeringAgencyIds)).toEqual([['fohm'], ['ivo']]);
    expect(fragor!.answeringAgencyIds).toEqual(['fohm', 'ivo']);
    expect(rapport!.answeringAgencyIds).toEqual([]);
  });

  it('refuses an unknown agency in answeredBy, with the closest one', () => {
    const settings = 'items:\n  far-man-krama-barnbarnen:\n    answeredBy: [Folkhälsomyndighten]\n';
    const result = check(`${front}${settings}---\n${body}`);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['10:18 agency-unknown']);
    expect(messageText(result.diagnostics[0]!)).toContain('Menade du "Folkhälsomyndigheten"?');
  });

  it('warns about an opening that looks like an agency answering but is none, with the closest one', () => {
    const result = check(
      `${front}---\n\n## Frågor (Anna Berg, SKR)\n\nFHM: Samma som förut.\n\nInspektionen: Vi granskar.\n\nFråga: Detta är ingen aktör.\n`,
    );
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.actual}`)).toEqual([
      '12:1 answer-agency-unknown FHM',
      '14:1 answer-agency-unknown Inspektionen',
    ]);
    expect(result.diagnostics.every((d) => !d.fatal)).toBe(true);
  });
});

describe('the text of an item with questions', () => {
  it('has each question as written, without the link a question gets to itself', () => {
    const result = check(`${front}---\n\n## Frågor\n\n### Får man krama barnbarnen?\n\nFoHM: Ja.\n`);
    expect(result.meeting!.items[0]!.text).toBe('Får man krama barnbarnen?\n\nFoHM: Ja.');
  });
});
