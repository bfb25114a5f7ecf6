/** The registries and the site setting read into Redaktionen's forms and written back are the same registries and setting. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistries } from '../../src/check/registry.ts';
import { readSiteSetting } from '../../src/check/site-setting.ts';
import { textSource } from '../../src/check/source.ts';
import {
  AGENCY_FIELDS,
  registryFromFile,
  registryToFile,
  settingFromFile,
  settingToFile,
  TOPIC_FIELDS,
} from '../../src/redaktion/registry-format.ts';
import { checkFolder } from '../support/check.ts';
import { ROOT } from '../support/helpers.ts';

const bundled = (name: string) => readFile(path.join(ROOT, 'minutes', name), 'utf8');
const withoutPlaces = (value: unknown) =>
  JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'place' ? undefined : v instanceof Map ? [...v.keys()] : v instanceof Set ? [...v] : v)),
  );

describe('the registries through the form', () => {
  it('are the same agencies and topics, with no message', async () => {
    const [agencies, topics] = await Promise.all([bundled('agencies.yml'), bundled('topics.yml')]);
    const written = {
      agencies: registryToFile(registryFromFile(agencies), AGENCY_FIELDS),
      topics: registryToFile(registryFromFile(topics), TOPIC_FIELDS),
    };
    const before = readRegistries(textSource('minutes/agencies.yml', agencies), textSource('minutes/topics.yml', topics)).registries;
    const after = readRegistries(
      textSource('minutes/agencies.yml', written.agencies),
      textSource('minutes/topics.yml', written.topics),
    ).registries;
    expect(withoutPlaces(after)).toEqual(withoutPlaces(before));
    expect(checkFolder({ 'agencies.yml': written.agencies, 'topics.yml': written.topics })).toEqual([]);
  });

  it('give a new agency the slug of its name as its id, and write its fields in the registry’s order', () => {
    const form = registryFromFile('- id: fohm\n  name: Folkhälsomyndigheten\n');
    form.entries.push({ website: 'https://www.ehalsomyndigheten.se/', short: 'EHM', name: 'E-hälsomyndigheten' });
    expect(registryToFile(form, AGENCY_FIELDS)).toBe(
      '- id: fohm\n  name: Folkhälsomyndigheten\n\n- id: e-halsomyndigheten\n  name: E-hälsomyndigheten\n  short: EHM\n  website: https://www.ehalsomyndigheten.se/\n',
    );
  });
});

describe('a topic’s synonyms through the form', () => {
  it('are written as a flow list of groups, read back as they were, and an empty group is left out', () => {
    const form = registryFromFile('- id: boende\n  name: Boende\n  description: Om boende.\n');
    form.entries[0]!.synonyms = [['säbo', 'särskilt boende', 'äldreboende'], [], ['covid-19', 'corona']];
    const text = registryToFile(form, TOPIC_FIELDS);
    expect(text).toBe(
      '- id: boende\n  name: Boende\n  description: Om boende.\n  synonyms: [[säbo, särskilt boende, äldreboende], [covid-19, corona]]\n',
    );
    expect(registryFromFile(text).entries[0]!.synonyms).toEqual([
      ['säbo', 'särskilt boende', 'äldreboende'],
      ['covid-19', 'corona'],
    ]);
  });
});

describe('a bundled registry through the form', () => {
  it.each([
    ['agencies.yml', AGENCY_FIELDS],
    ['topics.yml', TOPIC_FIELDS],
  ])('%s is written back byte for byte, its comment at the top kept', async (name, fields) => {
    const text = await bundled(name);
    expect(registryToFile(registryFromFile(text), fields)).toBe(text);
  });
});

describe('the site setting through the form', () => {
  it('is the same setting', async () => {
    const text = await bundled('webbplats.yml');
    const written = settingToFile(settingFromFile(text));
    expect(readSiteSetting(textSource('minutes/webbplats.yml', written)).setting).toEqual(
      readSiteSetting(textSource('minutes/webbplats.yml', text)).setting,
    );
  });
});
