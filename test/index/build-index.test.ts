import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveIndexSchema, indexJsonSchema, type ArchiveIndex } from '../../src/core/index-schema.ts';
import { checkArchive } from '../../src/build/pipeline.ts';
import { copyToTemp, FIXTURES, ROOT } from '../support/helpers.ts';

let index: ArchiveIndex;
beforeAll(async () => {
  index = (await checkArchive(path.join(ROOT, 'minutes'))).index!;
});

const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((entry) => entry.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('the structured index of the bundled minutes', () => {
  it('matches its published schema and survives a JSON round trip', () => {
    expect(archiveIndexSchema.parse(index)).toEqual(index);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    expect(JSON.stringify(indexJsonSchema())).toContain('"relatedIds"');
  });

  // Ajv's strict mode refused the schema: 'unknown format "starts_with"' (zod's startsWith), and the default
  // Ajv knew no draft 2020-12.
  it('publishes a JSON Schema that Ajv compiles in strict mode, and the index is valid against it', () => {
    const published = JSON.parse(JSON.stringify(indexJsonSchema())) as object;
    for (const ajv of [new Ajv(), new Ajv({ strict: true })]) {
      const validate = ajv.compile(published);
      expect(validate(JSON.parse(JSON.stringify(index))), ajv.errorsText(validate.errors)).toBe(true);
      expect(validate({ ...index, meetings: [{ ...index.meetings[0], url: 'moten/2021-01-19/' }] })).toBe(false);
      expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(['/meetings/0/url pattern']);
    }
  });

  it('orders meetings by date and links previous and next', () => {
    expect(index.meetings.map((m) => [m.id, m.previousId, m.nextId])).toEqual([
      ['2021-01-19', null, '2021-03-02'],
      ['2021-03-02', '2021-01-19', null],
    ]);
    expect(index.years).toEqual([{ year: 2021, url: '/ar/2021/', meetingIds: ['2021-01-19', '2021-03-02'] }]);
  });

  it('gives every item an anchor with Swedish letters folded, and a deep link', () => {
    const item = byId(index.items, '2021-01-19#besoksforbud');
    expect(item.url).toBe('/moten/2021-01-19/#besoksforbud');
    expect(byId(index.items, '2021-01-19#laget-kring-ivos-tillsyn-angaende-icke-verkstallda-beslut').title).toBe(
      'Läget kring IVO:s tillsyn angående icke verkställda beslut',
    );
    for (const meeting of index.meetings) {
      const anchors = meeting.itemIds.map((id) => byId(index.items, id).anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('cross-links topics and items both ways', () => {
    for (const item of index.items) for (const topicId of item.topicIds) expect(byId(index.topics, topicId).itemIds).toContain(item.id);
    for (const topic of index.topics) for (const itemId of topic.itemIds) expect(byId(index.items, itemId).topicIds).toContain(topic.id);
    expect(byId(index.topics, 'besoksforbud').itemIds[0]).toBe('2021-03-02#natverkets-ovriga-fragor');
    expect(byId(index.topics, 'besoksforbud').itemIds).toContain('2021-01-19#besoksforbud');
  });

  it('cross-links agencies, people and items both ways', () => {
    const fohm = byId(index.agencies, 'fohm');
    expect(fohm.personIds).toEqual(['anders-tegnell', 'lotta-edman', 'malin-grape', 'sara-byfors', 'ulrica-dohnhammar']);
    for (const agency of index.agencies) {
      for (const personId of agency.personIds) expect(byId(index.people, personId).agencyIds).toContain(agency.id);
      for (const itemId of agency.itemIds) expect(byId(index.items, itemId).agencyIds).toContain(agency.id);
    }
    for (const person of index.people) {
      for (const itemId of person.itemIds) expect(byId(index.items, itemId).personIds).toContain(person.id);
      for (const agencyId of person.agencyIds) expect(byId(index.agencies, agencyId).personIds).toContain(person.id);
    }
    for (const item of index.items) for (const personId of item.personIds) expect(byId(index.people, personId).itemIds).toContain(item.id);
    expect(byId(index.people, 'anders-tegnell').itemIds).toEqual([
      '2021-01-19#diskussion-varfor-hur-kom-smittan-in-pa-aldreboenden',
      '2021-01-19#vaccinationsfragor-inklusive-natverkets-ovriga-fragor',
    ]);
  });

  it('lists items newest first on topics, agencies and people', () => {
    for (const list of [...index.topics, ...index.agencies, ...index.people]) {
      const meetingDates = list.itemIds.map((id) => id.slice(0, 10));
      expect([...meetingDates].sort().reverse()).toEqual(meetingDates);
    }
    // From the minutes: FoHM presented two items on 2 mars and three on 19 januari; the newest
    // meeting first, and within a meeting the item further down the minutes first.
    expect(byId(index.agencies, 'fohm').itemIds).toEqual([
      '2021-03-02#antibiotikaresistens',
      '2021-03-02#justering-av-atgarderna-inom-aldreomsorgen-nar-vaccineringen-nu-far-allt-storre-genomslag',
      '2021-01-19#diskussion-varfor-hur-kom-smittan-in-pa-aldreboenden',
      '2021-01-19#vaccinationsfragor-inklusive-natverkets-ovriga-fragor',
      '2021-01-19#besoksforbud',
    ]);
    expect(byId(index.people, 'asa-furen-thulin').itemIds).toEqual([
      '2021-03-02#hur-hantera-enkater-inom-ifo-omradet',
      '2021-01-19#personlig-assistans-ingar-i-vard-och-omsorg',
    ]);
  });

  it('relates items to items of other meetings on the same topics', () => {
    const item = byId(index.items, '2021-01-19#besoksforbud');
    expect(item.relatedIds).toContain('2021-03-02#natverkets-ovriga-fragor');
    for (const relatedId of item.relatedIds) expect(relatedId.startsWith('2021-01-19')).toBe(false);
  });

  it('treats FoHM and Folkhälsomyndigheten as one agency', () => {
    expect(index.agencies.filter((a) => a.name === 'Folkhälsomyndigheten' || a.shortName === 'FoHM').map((a) => a.id)).toEqual(['fohm']);
  });
});

describe('item HTML and topics', () => {
  it('is sanitized: no raw HTML, script or unsafe link survives', async () => {
    const dir = await copyToTemp(`${FIXTURES}/good`);
    await copyFile(path.join(ROOT, FIXTURES, 'bad/2020-04-14-html.md'), path.join(dir, '2020-04-14-html.md'));
    const result = await checkArchive(dir);
    const html = result.index!.items.find((i) => i.meetingId === '2020-04-14')!.html;
    for (const unsafe of ['<script', 'onerror', '<iframe', '<img', 'javascript:', 'data:', '<!--']) expect(html).not.toContain(unsafe);
    expect(html).toContain('<a href="https://skr.se/">bra</a>');
    expect(html).toContain('En <a>länk</a>');
    expect((globalThis as Record<string, unknown>).__minutesPayloadRan).toBeUndefined();
  });

  it("can set an item's topics explicitly in the front matter", async () => {
    const dir = await copyToTemp(`${FIXTURES}/good`);
    const minutes = [
      '---',
      'title: Ämnen per punkt',
      'date: 2020-07-01',
      'topics: [Vaccination, Besöksförbud]',
      'items:',
      '  lagesrapport:',
      '    topics: [Besöksförbud]',
      '---',
      '',
      '## Vaccination',
      '',
      'Vaccinet.',
      '',
      '## Lägesrapport',
      '',
      'Läget, med vaccin och vaccination.',
      '',
      '## Lägesrapport',
      '',
      'Samma rubrik igen.',
    ].join('\n');
    await writeFile(path.join(dir, '2020-07-01-amnen.md'), minutes);
    const result = await checkArchive(dir);
    expect(result.diagnostics).toEqual([]);
    const items = result.index!.items.filter((i) => i.meetingId === '2020-07-01');
    expect(items.map((i) => [i.anchor, i.topicIds])).toEqual([
      ['vaccination', ['vaccination']],
      ['lagesrapport', ['besoksforbud']],
      ['lagesrapport-2', []],
    ]);
  });
});

describe('the questions’ own topics in the bundled minutes', () => {
  const questions = () => index.items.flatMap((item) => item.questions.map((question) => ({ item, question })));

  it('are those whose heading or answer says so, not every topic of their item', () => {
    const assistans = questions().filter(({ question }) => question.topicIds.includes('personlig-assistans'));
    expect(assistans.map(({ question }) => question.text)).toEqual([
      'Vilket ansvar har vi som vårdgivare att erbjuda assistansbolagens personal vaccination?',
    ]);
    // The item they stand in is about personlig assistans all the same.
    expect(assistans[0]!.item.topicIds).toContain('personlig-assistans');
    const byText = (start: string) => questions().find(({ question }) => question.text.startsWith(start))!.question.topicIds;
    expect(byText('Vad betyder det att vaccinet är genmanipulerat')).toEqual(['vaccination']);
    expect(byText('Vikten av snabb smittspårning')).toEqual(['smittsparning-och-testning']);
    expect(byText('Hur hantera besök/skyddsutrustning')).toEqual(['skyddsutrustning', 'vaccination']);
  });

  it('do not give FoHM’s 19 januari answers every topic of the meeting', () => {
    const fohm = questions().filter(
      ({ item, question }) => item.meetingId === '2021-01-19' && question.answeringAgencyIds.includes('fohm'),
    );
    expect(fohm.length).toBeGreaterThan(5);
    for (const { item, question } of fohm) {
      expect(question.topicIds.length, question.text).toBeLessThan(item.topicIds.length);
      for (const topic of question.topicIds) expect(item.topicIds.concat(index.meetings[0]!.topicIds)).toContain(topic);
    }
  });
});
