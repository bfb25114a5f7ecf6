/**
 * Redaktionen's form and the minutes file: a file read into the form and written back is the same
 * meeting (for the bundled minutes), and any values the form can hold are written so that they read
 * back the same, whatever characters they carry.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { textSource } from '../../src/check/source.ts';
import { type MinutesEntry, minutesFromFile, minutesToFile, splitFrontMatter, yamlScalar } from '../../src/redaktion/minutes-format.ts';
import { readYaml } from '../../src/check/yaml.ts';
import { checkSource } from '../support/check.ts';
import { processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';
import { ROOT } from '../support/helpers.ts';

const MINUTES = ['2021-01-19-socialchefsnatverket.md', '2021-03-02-socialchefsnatverket.md'];

/** A meeting record without what depends on where things stand in the file. */
function withoutPlaces(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'place' || key === 'speakerPlaces' ? undefined : v)));
}

describe('a bundled minutes file read into the form and written back', () => {
  it.each(MINUTES)('%s is the same meeting, with the same messages', async (name) => {
    const text = await readFile(path.join(ROOT, 'minutes', name), 'utf8');
    const read = async (file: string) => textSource(`minutes/${name}`, file);
    const registriesOf = async () => {
      const [agencies, topics] = await Promise.all(
        ['agencies.yml', 'topics.yml'].map((f) => readFile(path.join(ROOT, 'minutes', f), 'utf8')),
      );
      return readRegistries(textSource('minutes/agencies.yml', agencies!), textSource('minutes/topics.yml', topics!)).registries;
    };
    const registries = await registriesOf();
    const before = processFile(await read(text), registries);
    const written = minutesToFile(minutesFromFile(text));
    const after = processFile(await read(written), registries);
    expect(withoutPlaces(after.meeting)).toEqual(withoutPlaces(before.meeting));
    expect(after.diagnostics.map((d) => `${d.ruleId} ${d.message}`)).toEqual(before.diagnostics.map((d) => `${d.ruleId} ${d.message}`));
    expect(splitFrontMatter(written)?.body).toBe(splitFrontMatter(text)?.body);
  });
});

describe('a file the form cannot read as fields', () => {
  it('keeps the whole text in the body, so nothing is lost and the check says what is wrong', () => {
    const text = '## Lägesrapport\n\nText utan front matter.\n';
    expect(minutesFromFile(text)).toMatchObject({ title: '', body: text });
    const broken = '---\ntitle: [Möte\n---\n\nText.\n';
    expect(minutesFromFile(broken).body).toBe(broken);
    expect(checkSource(textSource('minutes/2021-04-13-a.md', minutesToFile(minutesFromFile(text)))).map((d) => d.ruleId)).toContain(
      'front-matter-invalid',
    );
  });
});

describe('writing the form’s values', () => {
  it('writes the README’s layout: flow lists, speakers in a block, items by anchor', () => {
    const entry: MinutesEntry = {
      title: 'Socialchefsnätverket 13 april 2021',
      date: '2021-04-13',
      speakers: [{ name: 'Anders Tegnell', agency: 'FoHM' }],
      agencies: ['FoHM', 'E-hälsomyndigheten'],
      topics: ['Vaccination'],
      items: [{ anchor: 'vaccinationslaget', answeredBy: ['FoHM'] }],
      body: '## Vaccinationsläget (Anders Tegnell, FoHM)\n\nText.\n',
    };
    expect(minutesToFile(entry)).toBe(
      '---\ntitle: Socialchefsnätverket 13 april 2021\ndate: 2021-04-13\nspeakers:\n  - name: Anders Tegnell\n    agency: FoHM\nagencies: [FoHM, E-hälsomyndigheten]\ntopics: [Vaccination]\nitems:\n  vaccinationslaget:\n    answeredBy: [FoHM]\n---\n\n## Vaccinationsläget (Anders Tegnell, FoHM)\n\nText.\n',
    );
  });

  it('quotes what plain YAML would misread', () => {
    expect(yamlScalar('Möte: extra')).toBe('"Möte: extra"');
    expect(yamlScalar('13:30')).toBe('13:30');
    expect(yamlScalar('#1')).toBe('"#1"');
    expect(yamlScalar('a, b', true)).toBe('"a, b"');
    expect(yamlScalar(' x')).toBe('" x"');
  });

  /** Text with what YAML reads specially: `: `, ` #`, commas, quotes, brackets, anchors, Word's odd characters. */
  const risky = fc.constantFrom(
    ': ',
    ' #',
    ',',
    '"',
    "'",
    '[',
    ']',
    '{',
    '- ',
    '*a',
    '&a',
    '!!str',
    '|',
    '>',
    '%',
    '@',
    '`',
    '13:30',
    'yes',
    '~',
    '\u00a0',
    '\u2028',
    '\\',
    'å',
    '😀',
  );
  const text = fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), risky), { maxLength: 6 })
    .map((parts) => parts.join('').trim());
  const entry = fc.record({
    title: text,
    date: text,
    speakers: fc.array(fc.record({ name: text.filter(Boolean), agency: text.filter(Boolean) }), { maxLength: 3 }),
    agencies: fc.array(text.filter(Boolean), { maxLength: 3 }),
    topics: fc.array(text.filter(Boolean), { maxLength: 3 }),
    items: fc.array(fc.record({ anchor: text.filter(Boolean), answeredBy: fc.array(text.filter(Boolean), { maxLength: 2 }) }), {
      maxLength: 2,
    }),
    body: fc.string({ maxLength: 80 }).map((b) => b.replace(/\r/g, '').replace(/^\n+/, '').replace(/^---/gm, '- --')),
  });

  test.prop([entry])('reads back any values as written (YAML that the check’s failsafe reader takes as text)', (values) => {
    const unique = { ...values, items: values.items.filter((item, i, all) => all.findIndex((o) => o.anchor === item.anchor) === i) };
    const file = minutesToFile(unique);
    const parts = splitFrontMatter(file)!;
    expect(readYaml(parts.frontMatter).ok).toBe(true);
    const back = minutesFromFile(file);
    expect(back.title).toBe(unique.title);
    expect(back.date).toBe(unique.date);
    expect(back.speakers).toEqual(unique.speakers);
    expect(back.agencies).toEqual(unique.agencies);
    expect(back.topics).toEqual(unique.topics);
    expect(back.items).toEqual(unique.items);
    expect(back.body.replace(/\n$/, '')).toBe(unique.body.replace(/\n$/, ''));
  });
});
