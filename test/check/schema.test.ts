/**
 * The schemas of the front matter and the registries: the help each place
 * gives the messages, the field names a mapping allows, and which values the
 * front matter accepts.
 */
import { describe, expect, it } from 'vitest';
import { agencyRegistrySchema, allowedFields, fieldHelp, frontMatterSchema, topicRegistrySchema } from '../../src/check/schema.ts';

describe('the help of a front matter field', () => {
  it('is found through lists, optional fields and defaults', () => {
    expect(fieldHelp(frontMatterSchema, ['date'])).toEqual({ expected: 'ett datum skrivet ÅÅÅÅ-MM-DD', example: 'date: 2021-01-19' });
    expect(fieldHelp(frontMatterSchema, ['speakers'])).toEqual({
      expected: 'en lista med personer, var och en med name och agency',
      example: 'speakers:\n  - name: Anders Tegnell\n    agency: FoHM',
    });
    expect(fieldHelp(frontMatterSchema, ['speakers', 0])).toEqual({
      expected: 'en person med name och agency',
      example: '  - name: Anders Tegnell\n    agency: FoHM',
    });
    expect(fieldHelp(frontMatterSchema, ['speakers', 0, 'agency'])).toEqual({
      expected: 'en aktör från agencies.yml',
      example: 'agency: FoHM',
    });
    expect(fieldHelp(frontMatterSchema, ['topics', 2])).toEqual({
      expected: 'ett ämne från topics.yml',
      example: 'topics: [Vaccination, Besöksförbud]',
    });
  });

  it('is found inside an item’s settings, whatever the item’s anchor', () => {
    expect(fieldHelp(frontMatterSchema, ['items', 'besoksforbud'])).toEqual({
      expected: 'inställningar för en dagordningspunkt eller fråga (topics, answeredBy)',
      example: '  besoksforbud:\n    topics: [Besöksförbud]',
    });
    expect(fieldHelp(frontMatterSchema, ['items', 'besoksforbud', 'topics'])).toEqual({
      expected: 'en lista med ämnen från mötets topics',
      example: 'topics: [Besöksförbud]',
    });
  });

  it('is the front matter’s own for the whole document', () => {
    expect(fieldHelp(frontMatterSchema, [])).toEqual({
      expected: 'fält med värden (title: …, date: …)',
      example: 'title: Socialchefsnätverket 19 januari 2021',
    });
  });

  it('falls back to "ett giltigt värde" where the schema has no such place', () => {
    const fallback = { expected: 'ett giltigt värde', example: '' };
    expect(fieldHelp(frontMatterSchema, ['tpoics'])).toEqual(fallback);
    expect(fieldHelp(frontMatterSchema, ['title', 'inner'])).toEqual(fallback);
    expect(fieldHelp(frontMatterSchema, ['speakers', 0, 'agency', 'deeper'])).toEqual(fallback);
  });
});

describe('the help of a registry field', () => {
  it('is found by the entry’s index in the list', () => {
    expect(fieldHelp(agencyRegistrySchema, [3, 'website'])).toEqual({
      expected: 'en adress som börjar med https://',
      example: 'website: https://www.folkhalsomyndigheten.se/',
    });
    expect(fieldHelp(agencyRegistrySchema, [0, 'id'])).toEqual({
      expected: 'ett id med små bokstäver a–z, siffror och bindestreck',
      example: 'id: fohm',
    });
    expect(fieldHelp(agencyRegistrySchema, [1, 'aliases', 2])).toEqual({ expected: 'ett annat skrivsätt', example: 'aliases: [FHM]' });
    expect(fieldHelp(topicRegistrySchema, [0, 'id'])).toEqual({
      expected: 'ett id med små bokstäver a–z, siffror och bindestreck',
      example: 'id: besoksforbud',
    });
    expect(fieldHelp(topicRegistrySchema, [5, 'description'])).toEqual({
      expected: 'en mening om vad ämnet omfattar',
      example: 'description: Tillfälliga lokala besöksförbud.',
    });
  });

  it('is the list’s own for the whole file, and the fallback past an entry’s fields', () => {
    expect(fieldHelp(agencyRegistrySchema, [])).toEqual({
      expected: 'en lista där varje post börjar med "- id: …"',
      example: '- id: fohm\n  name: Folkhälsomyndigheten',
    });
    expect(fieldHelp(agencyRegistrySchema, [0, 'shrot'])).toEqual({ expected: 'ett giltigt värde', example: '' });
  });
});

describe('the fields a mapping allows', () => {
  it('are the schema’s keys in its order', () => {
    expect(allowedFields(frontMatterSchema, [])).toEqual(['title', 'date', 'speakers', 'agencies', 'topics', 'items']);
    expect(allowedFields(frontMatterSchema, ['speakers', 4])).toEqual(['name', 'agency']);
    expect(allowedFields(frontMatterSchema, ['items', 'lagesrapport'])).toEqual(['topics', 'answeredBy']);
    expect(allowedFields(agencyRegistrySchema, [3])).toEqual(['id', 'name', 'short', 'aliases', 'website', 'emails']);
    expect(allowedFields(topicRegistrySchema, [0])).toEqual(['id', 'name', 'description', 'aliases', 'signals', 'searchTerms', 'synonyms']);
  });

  it('are none where the place is not a mapping or not in the schema', () => {
    expect(allowedFields(frontMatterSchema, ['title'])).toEqual([]);
    expect(allowedFields(frontMatterSchema, ['topics'])).toEqual([]);
    expect(allowedFields(frontMatterSchema, ['tpoics'])).toEqual([]);
    expect(allowedFields(agencyRegistrySchema, [])).toEqual([]);
  });
});

describe('the front matter schema', () => {
  it('accepts a title and a date, and gives the other fields as empty', () => {
    expect(frontMatterSchema.parse({ title: 'Socialchefsnätverket 19 januari 2021', date: '2021-01-19' })).toEqual({
      title: 'Socialchefsnätverket 19 januari 2021',
      date: '2021-01-19',
      speakers: [],
      agencies: [],
      topics: [],
      items: {},
    });
  });

  it('reads a field written empty (topics:) as an empty list or no settings', () => {
    expect(
      frontMatterSchema.parse({
        title: 'Möte',
        date: '2021-01-19',
        speakers: '',
        agencies: '',
        topics: '',
        items: { lagesrapport: { topics: '' } },
      }),
    ).toEqual({ title: 'Möte', date: '2021-01-19', speakers: [], agencies: [], topics: [], items: { lagesrapport: { topics: [] } } });
    expect(frontMatterSchema.parse({ title: 'Möte', date: '2021-01-19', items: '' }).items).toEqual({});
  });

  it('takes the spaces off the values', () => {
    expect(
      frontMatterSchema.parse({
        title: '  Möte ',
        date: ' 2021-01-19 ',
        speakers: [{ name: ' Anders Tegnell ', agency: 'FoHM ' }],
        topics: [' Vaccination'],
      }),
    ).toMatchObject({ title: 'Möte', date: '2021-01-19', speakers: [{ name: 'Anders Tegnell', agency: 'FoHM' }], topics: ['Vaccination'] });
  });

  it('refuses a date that is not in the calendar with the issue date-invalid, once', () => {
    const result = frontMatterSchema.safeParse({ title: 'Möte', date: '2021-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['date'], 'date-invalid']]);
  });

  it('refuses a date not written YYYY-MM-DD with the issue date-format only', () => {
    const result = frontMatterSchema.safeParse({ title: 'Möte', date: '19 januari 2021' });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['date'], 'date-format']]);
  });

  it('refuses an unknown field, naming it', () => {
    const result = frontMatterSchema.safeParse({ title: 'Möte', date: '2021-01-19', tpoics: ['Vaccination'] });
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['tpoics'], path: [] }]);
  });

  it('refuses an empty title, a speaker without agency and a text where a list belongs', () => {
    const result = frontMatterSchema.safeParse({
      title: ' ',
      date: '2021-01-19',
      speakers: [{ name: 'Anders Tegnell' }],
      topics: 'Vaccination och Besöksförbud',
    });
    expect(result.error?.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too_small', 'title'],
      ['invalid_type', 'speakers.0.agency'],
      ['invalid_type', 'topics'],
    ]);
  });

  it('refuses an unknown setting of an item', () => {
    const result = frontMatterSchema.safeParse({ title: 'Möte', date: '2021-01-19', items: { besoksforbud: { tpoics: [] } } });
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['tpoics'], path: ['items', 'besoksforbud'] }]);
  });
});
