/**
 * A small archive made by hand, in memory: registries and validated meetings
 * as the check hands them to the index builder. Shared by the index's and the
 * view's tests; every expectation about it can be worked out on paper.
 *
 * - 2020-03-10: Besöksförbud (Olle Ek, FoHM). Tom Tyst (IVO) is a speaker without an item.
 * - 2021-01-19: 1. Lägesrapport (Anna Berg, SKR), 2. Besöksförbud (Olle Ek, FoHM), slide text
 *   "Ur presentationen: Lägesrapport" (Anna Berg, SKR), 3. Diskussion (the network).
 * - 2021-03-02: 1. Vaccination (Olle Ek, FoHM & Anna Berg, SKR), 2. Övriga frågor (the network).
 */
import type { ItemRecord, MeetingRecord, Presenter } from '../../src/core/model.ts';
import type { RegistryEntries } from '../../src/index/build-index.ts';

/** The registries: Arbetsmiljö and IVO have no items. */
export const REGISTRIES: RegistryEntries = {
  topics: [
    { id: 'vaccination', name: 'Vaccination', description: 'Vaccination mot covid-19.', signals: ['vaccin'], searchTerms: ['vaccine'] },
    {
      id: 'besoksforbud',
      name: 'Besöksförbud',
      description: 'Tillfälliga besöksförbud.',
      signals: ['besöksförbud'],
      searchTerms: ['visiting ban'],
    },
    { id: 'arbetsmiljo', name: 'Arbetsmiljö', description: 'Personalens arbetsmiljö.', signals: ['arbetsmiljö'], searchTerms: [] },
  ],
  agencies: [
    { id: 'skr', name: 'Sveriges Kommuner och Regioner', short: 'SKR', aliases: [] },
    { id: 'fohm', name: 'Folkhälsomyndigheten', short: 'FoHM', aliases: ['Folkhälsan'], website: 'https://www.folkhalsomyndigheten.se' },
    { id: 'ivo', name: 'Inspektionen för vård och omsorg', short: 'IVO', aliases: [] },
  ],
};

const ANNA: Presenter = { name: 'Anna Berg', personId: 'anna-berg', agencyId: 'skr' };
const OLLE: Presenter = { name: 'Olle Ek', personId: 'olle-ek', agencyId: 'fohm' };
const TOM: Presenter = { name: 'Tom Tyst', personId: 'tom-tyst', agencyId: 'ivo' };

/** One section of a meeting. */
export function item(
  anchor: string,
  title: string,
  presenters: Presenter[],
  topicIds: string[],
  more: Partial<ItemRecord> = {},
): ItemRecord {
  const text = `${title}: texten om ${anchor}.`;
  return {
    anchor,
    title,
    kind: 'agenda',
    presenters,
    agencyIds: [...new Set(presenters.map((p) => p.agencyId))],
    network: presenters.length === 0,
    topicIds,
    questions: [],
    answeringAgencyIds: [],
    outcomes: [],
    text,
    place: { line: 1, column: 1 },
    html: `<p>${text}</p>`,
    excerpt: text,
    ...more,
  };
}

/** One meeting on `date` with its items; its speakers are the items' presenters and `extraSpeakers`. */
export function meeting(date: string, items: ItemRecord[], extraSpeakers: Presenter[] = []): MeetingRecord {
  const speakers = [...new Map([...items.flatMap((i) => i.presenters), ...extraSpeakers].map((p) => [p.personId, p])).values()];
  return {
    file: `minutes/${date}-socialchefsnatverket.md`,
    slug: date,
    date,
    title: `Socialchefsnätverket ${date}`,
    speakers,
    agencyIds: [...new Set(speakers.map((s) => s.agencyId))],
    topicIds: [...new Set(items.flatMap((i) => i.topicIds))],
    introHtml: '',
    introText: '',
    items,
    speakerPlaces: {},
  };
}

/** The three meetings, not in date order (the index sorts them). */
export const MEETINGS: MeetingRecord[] = [
  meeting('2021-01-19', [
    item('lagesrapport', 'Lägesrapport', [ANNA], ['vaccination']),
    item('besoksforbud', 'Besöksförbud', [OLLE], ['besoksforbud']),
    item('ur-presentationen-lagesrapport', 'Ur presentationen: Lägesrapport', [ANNA], [], { kind: 'presentation' }),
    item('diskussion', 'Diskussion', [], ['besoksforbud', 'vaccination']),
  ]),
  meeting('2021-03-02', [
    item('vaccination', 'Vaccination', [OLLE, ANNA], ['vaccination']),
    item('ovriga-fragor', 'Övriga frågor', [], ['besoksforbud']),
  ]),
  meeting('2020-03-10', [item('besoksforbud', 'Besöksförbud', [OLLE], ['besoksforbud'])], [TOM]),
];

/** A meeting on `date` with `count` items on Vaccination presented by Anna Berg, for listings of more than one page. */
export function longMeeting(date: string, count: number): MeetingRecord {
  return meeting(
    date,
    Array.from({ length: count }, (_, i) => item(`punkt-${i + 1}`, `Punkt ${i + 1}`, [ANNA], ['vaccination'])),
  );
}
