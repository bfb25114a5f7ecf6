/**
 * Reading YAML: every value stays text, every value and key keeps its place in
 * the file, and what cannot be read becomes one Swedish message per line.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TOPIC_REGISTRY } from '../../src/check/rules/example-archive.ts';
import { MAX_ALIASES, placeOf, readYaml, yamlHint } from '../../src/check/yaml.ts';
import { checkFolder, checkText } from '../support/check.ts';

const FILE = 'minutes/2021-01-19-socialchefsnatverket.md';

/** Reads `text` as YAML that starts on line `firstLine`; returns the data and the errors as `line:col reason`. */
function read(text: string, firstLine?: number) {
  const result = readYaml(text, firstLine);
  const errors = result.ok ? [] : result.errors;
  return { yaml: result.ok ? result.yaml : undefined, messages: errors.map((e) => `${e.place.line}:${e.place.column} ${e.reason}`) };
}

/** Checks `fields` as a minutes file's front matter; returns its messages of `rule`. */
function frontMatterMessages(fields: string, rule = 'front-matter-yaml') {
  return checkText(`---\n${fields}\n---\n\n## Punkt\n\nText.\n`, FILE).filter((d) => d.ruleId === rule);
}

const FRONT = [
  'title: Möte',
  'date: 2021-01-19',
  'speakers:',
  '  - name: Anders Tegnell',
  '    agency: FoHM',
  'topics: [Vaccination, Besöksförbud]',
  'start: 13:30',
  'nummer: 0123',
  'ja: yes',
].join('\n');

describe('reading YAML', () => {
  it('keeps every value as the text that was written', () => {
    const { yaml, messages } = read(FRONT);
    expect(messages).toEqual([]);
    expect(yaml?.data).toEqual({
      title: 'Möte',
      date: '2021-01-19',
      speakers: [{ name: 'Anders Tegnell', agency: 'FoHM' }],
      topics: ['Vaccination', 'Besöksförbud'],
      start: '13:30',
      nummer: '0123',
      ja: 'yes',
    });
  });

  it('gives the place of every key and value, in nested lists too, from the line the text starts on', () => {
    const { yaml } = read(FRONT, 2);
    expect(yaml?.places['']).toEqual({ value: { line: 2, column: 1 } });
    expect(yaml?.places['title']).toEqual({ key: { line: 2, column: 1 }, value: { line: 2, column: 8 } });
    expect(yaml?.places['date']).toEqual({ key: { line: 3, column: 1 }, value: { line: 3, column: 7 } });
    expect(yaml?.places['speakers']).toEqual({ key: { line: 4, column: 1 }, value: { line: 5, column: 3 } });
    expect(yaml?.places['speakers.0']).toEqual({ value: { line: 5, column: 5 } });
    expect(yaml?.places['speakers.0.name']).toEqual({ key: { line: 5, column: 5 }, value: { line: 5, column: 11 } });
    expect(yaml?.places['speakers.0.agency']).toEqual({ key: { line: 6, column: 5 }, value: { line: 6, column: 13 } });
    expect(yaml?.places['topics']).toEqual({ key: { line: 7, column: 1 }, value: { line: 7, column: 9 } });
    expect(yaml?.places['topics.0']).toEqual({ value: { line: 7, column: 10 } });
    expect(yaml?.places['topics.1']).toEqual({ value: { line: 7, column: 23 } });
  });

  it('reads a field written without a value as empty text, placed after its key', () => {
    const { yaml } = read('topics:\nitems:', 2);
    expect(yaml?.data).toEqual({ topics: '', items: '' });
    expect(yaml?.places['topics']).toEqual({ key: { line: 2, column: 1 }, value: { line: 2, column: 8 } });
  });

  it('reads an empty document as no data', () => {
    const { yaml, messages } = read('');
    expect(yaml).toEqual({ data: undefined, places: {} });
    expect(messages).toEqual([]);
  });
});

describe('YAML that cannot be read', () => {
  it('is reported at its place with a Swedish hint and the line as written, and gives no data', () => {
    expect(read('title: Ogiltig YAML\ndate: 2020-01-07\ntopics: [Vaccination', 2).yaml).toBeUndefined();
    const diagnostics = frontMatterMessages('title: Ogiltig YAML\ndate: 2020-01-07\ntopics: [Vaccination');
    expect(diagnostics.map((d) => [`${d.file}:${d.line}:${d.column}`, d.ruleId, d.fatal, d.message, d.actual])).toEqual([
      [
        `${FILE}:4:21`,
        'front-matter-yaml',
        true,
        'YAML kan inte läsas här: listan saknar sitt avslutande ]. Raden är "topics: [Vaccination".',
        'topics: [Vaccination',
      ],
    ]);
  });

  it('names a field written twice', () => {
    expect(read('title: Möte\ntitle: Annat möte', 2).messages).toEqual([
      '3:1 YAML kan inte läsas här: samma fält står två gånger; ta bort det ena. Raden är "title: Annat möte".',
    ]);
  });

  it('names a tab used for indenting, showing the tab escaped in the quoted line', () => {
    expect(read('speakers:\n\t- name: Anders Tegnell', 2).messages).toEqual([
      '3:1 YAML kan inte läsas här: tabbtecken får inte användas för indrag; använd mellanslag. Raden är "\\t- name: Anders Tegnell".',
    ]);
  });

  it('names a value that starts with a character that must be quoted', () => {
    expect(read('title: @Möte', 2).messages).toEqual([
      '2:8 YAML kan inte läsas här: värdet börjar med ett tecken som måste citeras; sätt värdet inom "…". Raden är "title: @Möte".',
    ]);
  });

  it('is reported once per line, however many errors the line has', () => {
    const { messages } = read('a: [b, c}, d: [e}\nf: "g', 2);
    expect(messages).toEqual([
      '2:9 YAML kan inte läsas här: listan saknar sitt avslutande ]. Raden är "a: [b, c}, d: [e}".',
      '3:6 YAML kan inte läsas här: citattecknet stängs aldrig; avsluta värdet med samma citattecken som det börjar med. Raden är "f: \\"g".',
    ]);
  });

  it('is reported as the registry’s rule in a registry', () => {
    const diagnostics = checkFolder({ 'agencies.yml': '- id: fohm\n  name: [Folkhälsomyndigheten', 'topics.yml': EXAMPLE_TOPIC_REGISTRY });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual(['minutes/agencies.yml:2:30 registry-yaml']);
  });
});

describe('the Swedish hints', () => {
  it('explain the common errors by code or by the library’s message', () => {
    expect(yamlHint('BAD_INDENT', 'Flow sequence in block collection must be sufficiently indented and end with a ]')).toBe(
      'listan saknar sitt avslutande ]',
    );
    expect(yamlHint('BAD_INDENT', 'Flow map must end with a }')).toBe('uppsättningen saknar sin avslutande }');
    expect(yamlHint('MISSING_CHAR', "Missing closing 'quote")).toBe(
      'citattecknet stängs aldrig; avsluta värdet med samma citattecken som det börjar med',
    );
    expect(yamlHint('UNEXPECTED_TOKEN', 'Implicit keys need to be followed by map values')).toBe(
      'kolon saknas efter fältnamnet; skriv namn: värde',
    );
    expect(yamlHint('BAD_ALIAS', '')).toBe('aliaset (*namn) pekar inte på något ankare (&namn); börjar värdet med *, sätt det inom "…"');
    expect(yamlHint('BAD_DQ_ESCAPE', '')).toBe('ogiltig \\-sekvens inom "…"; skriv \\\\ för ett bakstreck');
  });

  it('fall back to what to look at', () => {
    expect(yamlHint('SOMETHING_NEW', 'Something new went wrong')).toBe('kontrollera kolon, bindestreck, citattecken och indrag');
  });
});

describe('YAML tags', () => {
  it('are refused and never run, at the tag', () => {
    expect(read('title: Möte\ndate: !!js/function "function () { return 1 }"', 2).yaml).toBeUndefined();
    const diagnostics = frontMatterMessages('title: Möte\ndate: !!js/function "function () { return 1 }"');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '3:7 front-matter-yaml YAML-taggar (!!…) används inte här och körs aldrig; ta bort taggen och skriv värdet som vanlig text.',
    ]);
  });
});

describe('aliases', () => {
  const list = (uses: number) => ['- &a Vaccination', ...Array.from({ length: uses }, () => '- *a')].join('\n');

  it('give the anchored text where they are used, a few times', () => {
    expect(read('- &a Vaccination\n- *a\n- *a').yaml?.data).toEqual(['Vaccination', 'Vaccination', 'Vaccination']);
  });

  it('are refused when used too many times, at the first alias, with the limit in the message', () => {
    const { yaml, messages } = read(list(60), 2);
    expect(yaml).toBeUndefined();
    expect(messages).toEqual([
      '3:3 YAML kan inte läsas: aliasen (*namn) används för många gånger (högst 50). Skriv värdena som vanlig text i stället för &ankare och *alias.',
    ]);
    expect(MAX_ALIASES).toBe(50);
  });

  it('are refused when they expand a list of aliases again and again', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b]'].join(
      '\n',
    );
    expect(read(bomb).messages).toEqual([expect.stringMatching(/^2:8 YAML kan inte läsas: aliasen \(\*namn\) används för många gånger/)]);
  });

  // Bug (minor): MAX_ALIASES is documented as how many times aliases may be used ("more is refused"), and the
  // message says "högst 50", but the yaml library also counts the anchor itself, so the 50th use is refused.
  it('are accepted when used exactly MAX_ALIASES times', () => {
    const { yaml, messages } = read(list(MAX_ALIASES));
    expect(messages).toEqual([]);
    expect(yaml?.data).toHaveLength(MAX_ALIASES + 1);
  });

  // An alias with no anchor (`*Viktigt`, easily written by someone used to Markdown) was once taken for the alias limit.
  it('with no anchor are reported as pointing at nothing, not as used too many times', () => {
    const { yaml, messages } = read('title: *Viktigt möte\ndate: 2021-01-19', 2);
    expect(yaml).toBeUndefined();
    expect(messages).toEqual([expect.stringContaining('aliaset (*namn) pekar inte på något ankare (&namn)')]);
  });
});

describe('the place of a path', () => {
  const yaml = read(FRONT, 2).yaml!;

  it('is its value, or its key when asked for', () => {
    expect(placeOf(yaml, ['speakers', 0, 'name'])).toEqual({ line: 5, column: 11 });
    expect(placeOf(yaml, ['speakers', 0, 'name'], 'key')).toEqual({ line: 5, column: 5 });
    expect(placeOf(yaml, ['topics', 1])).toEqual({ line: 7, column: 23 });
  });

  it('falls back to the value of the nearest ancestor that has a place', () => {
    expect(placeOf(yaml, ['speakers', 0, 'agency2'])).toEqual({ line: 5, column: 5 });
    expect(placeOf(yaml, ['speakers', 0, 'agency2'], 'key')).toEqual({ line: 5, column: 5 });
    expect(placeOf(yaml, ['speakers', 3, 'name'])).toEqual({ line: 5, column: 3 });
    expect(placeOf(yaml, ['items', 'besoksforbud', 'topics'])).toEqual({ line: 2, column: 1 });
  });

  it('gives the value for a list entry, which has no key', () => {
    expect(placeOf(yaml, ['speakers', 0], 'key')).toEqual({ line: 5, column: 5 });
  });

  it('is the start of the file when nothing has a place', () => {
    expect(placeOf({ data: undefined, places: {} }, ['title'])).toEqual({ line: 1, column: 1 });
  });
});
