/**
 * The bundled minutes against the seed texts they were transcribed from
 * (test/fixtures/seeds/, copies of the Word exports in ../shared/seeds/). The expected agenda items, speakers and agencies below
 * were counted by hand from the seed texts; each heading is also checked to be
 * a line of its seed, so the list cannot drift from the source.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveIndex } from '../../src/core/index-schema.ts';
import { checkArchive } from '../../src/build/pipeline.ts';
import { ROOT } from '../support/helpers.ts';

const SEEDS = path.join(ROOT, 'test/fixtures/seeds');

interface Expected {
  /** The heading line exactly as in the seed. */
  seedLine: string;
  title: string;
  /** `Name (agency id)` for each presenter, in order. */
  presenters: string[];
  network: boolean;
}

const item = (seedLine: string, title: string, presenters: string[], network = false): Expected => ({
  seedLine,
  title,
  presenters,
  network,
});

const MEETINGS = [
  {
    seed: '2021-01-19-socialchefsnatverket.txt',
    date: '2021-01-19',
    slidesStart: ' Övergripande statistik för personer ≥70 år',
    presentations: 1,
    items: [
      item('Lägesrapport (Michaela Prochazka, Socialstyrelsen)', 'Lägesrapport', ['Michaela Prochazka (socialstyrelsen)']),
      item(
        'Personlig assistans ingår i vård och omsorg (Greger Bengtsson, Åsa Furén-Thulin, SKR & Magnus Wallinder, Socialstyrelsen)',
        'Personlig assistans ingår i vård och omsorg',
        ['Greger Bengtsson (skr)', 'Åsa Furén-Thulin (skr)', 'Magnus Wallinder (socialstyrelsen)'],
      ),
      item('Nätverkets övriga frågor', 'Nätverkets övriga frågor', [], true),
      item(
        'Diskussion: Reflektioner från debatten i Agenda söndag 17/1?',
        'Diskussion: Reflektioner från debatten i Agenda söndag 17/1?',
        [],
        true,
      ),
      item(
        'Läget kring IVO:s tillsyn angående icke verkställda beslut (Daniel Lilja, IVO)',
        'Läget kring IVO:s tillsyn angående icke verkställda beslut',
        ['Daniel Lilja (ivo)'],
      ),
      item('Besöksförbud (Lotta Edman, Malin Grape, FoHM)', 'Besöksförbud', ['Lotta Edman (fohm)', 'Malin Grape (fohm)']),
      item(
        'Hur ska chefer agera när personal inte vill vaccinera sig? (Jeanette Hedberg, SKR)',
        'Hur ska chefer agera när personal inte vill vaccinera sig?',
        ['Jeanette Hedberg (skr)'],
      ),
      item(
        'Vaccinationsfrågor inklusive nätverkets övriga frågor (Anders Tegnell, FoHM & Emma Spak, SKR)',
        'Vaccinationsfrågor inklusive nätverkets övriga frågor',
        ['Anders Tegnell (fohm)', 'Emma Spak (skr)'],
      ),
      // The seed lacks the closing parenthesis; the minutes add it.
      item(
        'Diskussion: Varför/hur kom smittan in på äldreboenden? (Anders Tegnell, FoHM, Emma Spak, SKR och nätverket',
        'Diskussion: Varför/hur kom smittan in på äldreboenden?',
        ['Anders Tegnell (fohm)', 'Emma Spak (skr)'],
        true,
      ),
    ],
    agencies: ['socialstyrelsen', 'skr', 'ivo', 'fohm'],
  },
  {
    seed: '2021-03-02-socialchefsnatverket.txt',
    date: '2021-03-02',
    slidesStart: ' Socialstyrelsens Särskilda Organisation',
    presentations: 2,
    items: [
      item('Lägesrapport, statistiksidorna (Michaela Prochazka, Socialstyrelsen)', 'Lägesrapport, statistiksidorna', [
        'Michaela Prochazka (socialstyrelsen)',
      ]),
      item(
        'Återbetalning av statsbidrag som inte används till äldreomsorg (Annika Wallenskog, SKR)',
        'Återbetalning av statsbidrag som inte används till äldreomsorg',
        ['Annika Wallenskog (skr)'],
      ),
      item('Nätverkets övriga frågor', 'Nätverkets övriga frågor', [], true),
      // The seed misspells the name here ("Donhammar"); the minutes use the spelling of the next heading.
      item(
        'Justering av åtgärderna inom äldreomsorgen när vaccineringen nu får allt större genomslag (Ulrica Donhammar & Sara Byfors, FoHM)',
        'Justering av åtgärderna inom äldreomsorgen när vaccineringen nu får allt större genomslag',
        ['Ulrica Dohnhammar (fohm)', 'Sara Byfors (fohm)'],
      ),
      item('Antibiotikaresistens (Ulrica Dohnhammar, FoHM)', 'Antibiotikaresistens', ['Ulrica Dohnhammar (fohm)']),
      item('Marknadsundersökning om Yrkesresan (Mari Forslund, SKR)', 'Marknadsundersökning om Yrkesresan', ['Mari Forslund (skr)']),
      item('Hur hantera enkäter inom IFO-området? (Åsa Furén-Thulin, SKR)', 'Hur hantera enkäter inom IFO-området?', [
        'Åsa Furén-Thulin (skr)',
      ]),
      item(
        'Problem för socialsekreterare att fullfölja högskolekurser – behörighetsregleringen (Marta Nannskog, SKR)',
        'Problem för socialsekreterare att fullfölja högskolekurser – behörighetsregleringen',
        ['Marta Nannskog (skr)'],
      ),
      item('Senaste nytt om vaccinationsläget', 'Senaste nytt om vaccinationsläget', [], true),
      item(
        'Information ang. tidigare diskussion om utlämnande av uppgifter (Daniel Lilja, IVO)',
        'Information ang. tidigare diskussion om utlämnande av uppgifter',
        ['Daniel Lilja (ivo)'],
      ),
    ],
    agencies: ['socialstyrelsen', 'skr', 'fohm', 'ivo'],
  },
];

/** Editorial corrections made in the minutes, as [seed text, minutes text]. */
const CORRECTIONS: [string, string][] = [['den13 april', 'den 13 april']];

const normalize = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

let index: ArchiveIndex;
beforeAll(async () => {
  const result = await checkArchive(path.join(ROOT, 'minutes'));
  index = result.index!;
});

describe.each(MEETINGS)('the meeting of $date', (meeting) => {
  let seed: string;
  beforeAll(async () => {
    seed = (await readFile(path.join(SEEDS, meeting.seed), 'utf8')).replace(/\r\n?/g, '\n');
  });

  const agendaItems = () => index.items.filter((i) => i.meetingId === meeting.date && i.kind === 'agenda');
  const name = (id: string) => index.people.find((p) => p.id === id)?.name;

  it('has every expected heading as a line of its seed', () => {
    const lines = seed.split('\n').map((l) => l.trim());
    for (const expected of meeting.items) expect(lines, expected.seedLine).toContain(expected.seedLine);
  });

  it('has exactly the agenda items of the seed, in order', () => {
    expect(agendaItems().map((i) => i.title)).toEqual(meeting.items.map((i) => i.title));
  });

  it('has the presenters of each item with their agencies', () => {
    expect(agendaItems().map((i) => i.presenters.map((p) => `${name(p.personId)} (${p.agencyId})`))).toEqual(
      meeting.items.map((i) => i.presenters),
    );
    expect(agendaItems().map((i) => i.network)).toEqual(meeting.items.map((i) => i.network));
  });

  it('has the agencies of the headings', () => {
    const fromItems = [...new Set(agendaItems().flatMap((i) => i.agencyIds))];
    expect(fromItems).toEqual(meeting.agencies);
    expect(index.meetings.find((m) => m.id === meeting.date)?.agencyIds).toEqual(meeting.agencies);
  });

  it('keeps every line of the minutes text, in the original wording', () => {
    const body = seed.slice(0, seed.indexOf(meeting.slidesStart));
    const headings = new Set(meeting.items.map((i) => i.seedLine));
    const text = normalize(
      index.items
        .filter((i) => i.meetingId === meeting.date)
        .map((i) => i.text)
        .join(' '),
    );
    const lines = body
      .split('\n')
      .map((l) => normalize(l.replace(/^·/, '')))
      .filter(
        (l) => l && !headings.has(l) && l !== 'Avdelningen för vård och omsorg' && !l.startsWith('Minnesanteckningar Socialchefsnätverket'),
      );
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const corrected = CORRECTIONS.reduce((l, [from, to]) => l.replace(from, to), line);
      expect(text, line).toContain(corrected);
    }
  });

  it('keeps the slide text as marked presentation sections', () => {
    const sections = index.items.filter((i) => i.meetingId === meeting.date && i.kind === 'presentation');
    expect(sections).toHaveLength(meeting.presentations);
    expect(sections.every((s) => s.title.startsWith('Ur presentationen: '))).toBe(true);
    expect(sections.every((s) => s.number === null)).toBe(true);
  });
});

describe('the slide text', () => {
  it('has the OCR errors corrected to proper Swedish', () => {
    const slides = index.items
      .filter((i) => i.kind === 'presentation')
      .map((i) => i.text)
      .join('\n');
    for (const word of [
      'Bekräftat smittade',
      'socialtjänstinsats',
      'dödsorsaksintyg',
      '70 år och äldre',
      'Källa:',
      'uppdelat på ålder och kön',
      'Folkhälsomyndigheten',
    ]) {
      expect(slides).toContain(word);
    }
    for (const garbled of [
      'Bekraftat',
      'bekréftat',
      'socialstjdnstinsats',
      'socialstj@nstinsats',
      'ddsorsaksintyg',
      'dédsorsaksintyg',
      'Aviidnai',
      ' ar och ',
      'Kalla:',
      'Folkhdlsomyndigheten',
      'peronalkontinuitet',
    ]) {
      expect(slides).not.toContain(garbled);
    }
  });

  it('is attributed to who presented it', () => {
    const sections = index.items.filter((i) => i.kind === 'presentation').map((i) => `${i.title} ${i.personIds.join(',')}`);
    expect(sections).toEqual([
      'Ur presentationen: Lägesrapport michaela-prochazka',
      'Ur presentationen: Läget i landets kommuner michaela-prochazka',
      'Ur presentationen: Nyckeltal äldreomsorg mia-ledwith',
    ]);
  });
});

describe('questions and answers in the seed meetings', () => {
  const item = (id: string) => index.items.find((i) => i.id === id)!;

  it('gives every ### question of 19 januari’s vaccination item an anchor, and credits FoHM where the answer opens "FoHM:"', () => {
    const vaccination = item('2021-01-19#vaccinationsfragor-inklusive-natverkets-ovriga-fragor');
    expect(vaccination.questions).toHaveLength(9);
    expect(new Set(vaccination.questions.map((q) => q.anchor)).size).toBe(9);
    for (const question of vaccination.questions) {
      expect(question.url).toBe(`/moten/2021-01-19/#${question.anchor}`);
      expect(vaccination.html).toContain(`<h3 id="${question.anchor}">`);
      if (/^FoHM:/m.test(question.answerText)) expect(question.answeringAgencyIds, question.text).toEqual(['fohm']);
    }
    expect(vaccination.questions.filter((q) => q.answerText.startsWith('FoHM:')).map((q) => q.text)).toEqual([
      'Hur kommer minskade leveranser av vaccin att påverka?',
      'Vikten av snabb smittspårning och testning?',
      'Vad händer om man testar positivt efter första sprutan?',
    ]);
    expect(vaccination.answeringAgencyIds).toEqual(['fohm']);
  });

  it('credits FoHM in 2 mars where it answers as the subject ("FoHM håller med", "FoHM instämmer"), though the network’s items name no presenter', () => {
    const ovriga = item('2021-03-02#natverkets-ovriga-fragor');
    expect(ovriga.agencyIds).toEqual([]);
    expect(ovriga.answeringAgencyIds).toEqual(['fohm']);
    const kramar = ovriga.questions.find((q) => q.text.startsWith('Fråga om FoHM:s nya rekommendationer'))!;
    expect(kramar.answerText).toMatch(/^FoHM håller med om/);
    expect(kramar.answeringAgencyIds).toEqual(['fohm']);
    const vaccin = item('2021-03-02#senaste-nytt-om-vaccinationslaget');
    expect(vaccin.text).toContain('FoHM instämmer i den bild');
    expect(vaccin.answeringAgencyIds).toEqual(['fohm']);
    const fohm = index.agencies.find((a) => a.id === 'fohm')!;
    expect(fohm.answeredItemIds).toEqual(
      expect.arrayContaining(['2021-03-02#natverkets-ovriga-fragor', '2021-03-02#senaste-nytt-om-vaccinationslaget']),
    );
    expect(fohm.answeredQuestionIds).toContain(`2021-03-02#${kramar.anchor}`);
  });

  it('credits no agency for "Nätverket instämmer …"', () => {
    const ovriga = item('2021-03-02#natverkets-ovriga-fragor');
    expect(ovriga.text).toContain('Nätverket instämmer i att det inte är rekommendationerna som är problemet');
    expect(ovriga.answeringAgencyIds).not.toContain('natverket');
    expect(index.agencies.map((a) => a.id)).not.toContain('natverket');
  });
});
