/**
 * Schema failures as messages: one per problem, at the field's place, in
 * Swedish, with the help the schema gives. Shown here for entries of
 * agencies.yml, checked entry by entry as the registry reader does.
 */
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/check/error-map.ts';
import { EXAMPLE_TOPIC_REGISTRY } from '../../src/check/rules/example-archive.ts';
import { type Diagnostic, messageText } from '../../src/core/diagnostics.ts';
import { checkFolder, checkText } from '../support/check.ts';

/** Checks an agencies.yml text and returns its messages. */
function checkAgencies(text: string): Diagnostic[] {
  return checkFolder({ 'agencies.yml': text, 'topics.yml': EXAMPLE_TOPIC_REGISTRY }).filter((d) => d.file === 'minutes/agencies.yml');
}

const lines = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${messageText(d)}`);

describe('a registry entry', () => {
  it('with an unknown field is reported at the field’s name, suggesting the right one and listing those allowed', () => {
    const found = checkAgencies('- id: fohm\n  name: Folkhälsomyndigheten\n  shrot: FoHM\n');
    expect(lines(found)).toEqual([
      '3:3 registry-unknown-field Okänt fält "shrot". Menade du "short"? Tillåtna fält här: id, name, short, aliases, website, emails.',
    ]);
    expect(found[0]).toMatchObject({ expected: ['id', 'name', 'short', 'aliases', 'website', 'emails'], actual: 'shrot' });
  });

  it('with an unknown field like no allowed one makes no guess', () => {
    expect(lines(checkAgencies('- id: fohm\n  name: Folkhälsomyndigheten\n  telefon: 010-205 20 00\n'))).toEqual([
      '3:3 registry-unknown-field Okänt fält "telefon". Tillåtna fält här: id, name, short, aliases, website, emails.',
    ]);
  });

  it('without a name is reported at the entry, numbered from 1, with an example', () => {
    const found = checkAgencies('- id: fohm\n  name: Folkhälsomyndigheten\n- id: skr\n  short: SKR\n');
    expect(lines(found)).toEqual([
      '3:3 registry-missing-field Fältet "post 2 → name" saknas: förväntade namnet som det ska visas. Lägg till till exempel:\n    name: Folkhälsomyndigheten',
    ]);
    expect(found[0]?.expected).toEqual(['name: Folkhälsomyndigheten']);
  });

  it('with an id that is not lower-case letters, digits and hyphens is reported at the value', () => {
    const found = checkAgencies('- id: fohm\n  name: Folkhälsomyndigheten\n- id: FoHM 2\n  name: Något\n');
    expect(lines(found)).toEqual([
      '3:7 registry-invalid Fältet "post 2 → id" ska vara ett id med små bokstäver a–z, siffror och bindestreck (till exempel id: fohm), men är "FoHM 2". Skriv värdet som i exemplet i meddelandet.',
    ]);
    expect(found[0]).toMatchObject({ expected: ['id: fohm'], actual: 'FoHM 2' });
  });

  it('with a website that is not https:// is reported at the value, suggesting to leave it out', () => {
    const found = checkAgencies('- id: ivo\n  name: Inspektionen för vård och omsorg\n  website: http://www.ivo.se/\n');
    expect(lines(found)).toEqual([
      '3:12 registry-invalid Fältet "post 1 → website" ska vara en adress som börjar med https://, men är "http://www.ivo.se/". Utelämna fältet om du inte vet adressen.',
    ]);
    expect(found[0]).toMatchObject({ expected: ['website: https://www.folkhalsomyndigheten.se/'], actual: 'http://www.ivo.se/' });
  });

  it('with a text where a list belongs, or an empty name, is reported at the value', () => {
    expect(lines(checkAgencies('- id: fohm\n  name: " "\n  aliases: FHM\n'))).toEqual([
      '2:9 registry-invalid Fältet "post 1 → name" är tomt; förväntade namnet som det ska visas. Skriv till exempel:\n    name: Folkhälsomyndigheten',
      '3:12 registry-invalid Fältet "post 1 → aliases" ska vara en lista med andra skrivsätt, men är "FHM". Skriv till exempel:\n    aliases: [FHM]',
    ]);
  });

  it('gives one message per problem, each at its own entry', () => {
    const found = checkAgencies('- id: Fohm\n  name: Folkhälsomyndigheten\n- id: skr\n- id: ivo\n  name: IVO\n  website: www.ivo.se\n');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '1:7 registry-invalid',
      '3:3 registry-missing-field',
      '6:12 registry-invalid',
    ]);
  });
});

describe('a front matter date', () => {
  const check = (date: string) =>
    checkText(`---\ntitle: Möte\ndate: ${date}\n---\n\n## Punkt\n\nText.\n`, 'minutes/2021-01-19-socialchefsnatverket.md').filter((d) =>
      d.ruleId.startsWith('date-'),
    );

  it('that is not in the calendar is reported as date-invalid', () => {
    expect(lines(check('2021-02-30'))).toEqual([
      `3:7 date-invalid Datumet "2021-02-30" finns inte i kalendern. Kontrollera månad och dag.`,
    ]);
  });

  it('written in words is reported as date-format, with a hint to write it in digits', () => {
    expect(lines(check('19 januari 2021'))).toEqual([
      `3:7 date-format Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-19, men är "19 januari 2021". Skriv datumet med siffror: år-månad-dag.`,
    ]);
    expect(lines(check('2021-1-19'))).toEqual([
      `3:7 date-format Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-19, men är "2021-1-19". Skriv datumet med siffror, till exempel 2021-03-02.`,
    ]);
  });
});

describe('describing a value for "men är …"', () => {
  it('names lists, mappings and empty values, and quotes text, shortened after 57 characters', () => {
    expect(describeValue(undefined)).toBe('tomt');
    expect(describeValue('')).toBe('tomt');
    expect(describeValue(['a'])).toBe('en lista');
    expect(describeValue({ a: 'b' })).toBe('en uppsättning fält');
    expect(describeValue('FoHM')).toBe('"FoHM"');
    expect(describeValue('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(describeValue('x'.repeat(61))).toBe(`"${'x'.repeat(57)}…"`);
  });
});
