import { readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Diagnostic, messageText } from '../../src/core/diagnostics.ts';
import { checkArchive, type CheckResult } from '../../src/build/pipeline.ts';
import { copyToTemp, FIXTURES, placesOf } from '../support/helpers.ts';

let bad: CheckResult;
beforeAll(async () => {
  bad = await checkArchive(`${FIXTURES}/bad`);
});

/** The one diagnostic of a rule in a fixture file. */
function only(fileEnd: string, ruleId: string): Diagnostic {
  const found = bad.diagnostics.filter((d) => d.file.endsWith(fileEnd) && d.ruleId === ruleId);
  expect(found, `${fileEnd} ${ruleId}`).toHaveLength(1);
  return found[0]!;
}

describe('the check on a folder of bad minutes', () => {
  it('names every bad file, not only the first (in the place or in the message)', async () => {
    const files = (await readdir(`${FIXTURES}/bad`)).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(30);
    for (const file of files) {
      expect(
        bad.diagnostics.some((d) => d.file.endsWith(file) || messageText(d).includes(file)),
        file,
      ).toBe(true);
    }
    expect(bad.index).toBeUndefined();
  });

  it.each([
    ['2020-01-07-ogiltig-yaml.md', 'front-matter-yaml', '4:21', 'listan saknar sitt avslutande ]. Raden är "topics: [Vaccination"'],
    ['2020-01-14-utan-slut.md', 'front-matter-unclosed', '1:1', 'avslutas aldrig: förväntade en rad med bara ---'],
    ['2020-01-21-lista.md', 'front-matter-not-mapping', '2:1', 'ska vara fält med värden (title: …, date: …), men är en lista'],
    [
      '2020-01-28-okant-falt.md',
      'front-matter-unknown-field',
      '4:1',
      'Okänt fält "tpoics". Menade du "topics"? Tillåtna fält här: title, date, speakers, agencies, topics, items.',
    ],
    ['2020-02-04-utan-datum.md', 'front-matter-missing-field', '2:1', 'Fältet "date" saknas: förväntade ett datum skrivet ÅÅÅÅ-MM-DD.'],
    [
      '2020-02-11-fel-datumformat.md',
      'date-format',
      '3:7',
      'Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-01-19, men är "11 februari 2020".',
    ],
    ['2021-02-30-datum-som-inte-finns.md', 'date-invalid', '3:7', 'Datumet "2021-02-30" finns inte i kalendern.'],
    [
      '2020-02-18-fel-datum.md',
      'date-filename-mismatch',
      '3:7',
      'Datumet 2020-02-19 stämmer inte med filnamnet, som börjar med 2020-02-18.',
    ],
    [
      '2020-02-25-dubblett.md',
      'meeting-duplicate',
      '1:1',
      'Två filer för samma möte den 2020-02-25 (test/fixtures/bad/2020-02-25-dubblett-kopia.md:1:1).',
    ],
    [
      '2020-03-17-talare.md',
      'speaker-undeclared',
      '13:47',
      '"Cecilia Carlsson" står i rubriken men inte under speakers i front matter. Lägg till personen:\n  - name: Cecilia Carlsson\n    agency: SKR',
    ],
    ['2020-03-17-talare.md', 'speaker-unused', '7:11', 'Emma Spak står under speakers men i ingen rubrik.'],
    [
      '2020-03-31-javascript.md',
      'front-matter-language',
      '1:4',
      'Front matter på språket "js" tillåts inte och körs aldrig; förväntade YAML.',
    ],
    ['2020-04-01-javascript-lang.md', 'front-matter-language', '1:4', 'språket "javascript" tillåts inte'],
    ['2020-04-21-windows-1252.md', 'file-encoding', '2:9', 'Filen är inte sparad som UTF-8'],
    ['2020-04-28-tom.md', 'file-empty', '1:1', 'Filen är tom.'],
    [
      '2020-05-12-namn-b.md',
      'name-near-duplicate',
      '5:11',
      'Personnamnet "Ulrica Donhammar" liknar "Ulrica Dohnhammar" (test/fixtures/bad/2020-05-05-namn-a.md:5:11).',
    ],
    ['2020-05-19-h1.md', 'heading-level', '9:1', 'Rubriker med en # används inte'],
    ['2020-06-23 möte.md', 'file-name', '1:1', 'Filnamnet "2020-06-23 möte.md" följer inte mönstret ÅÅÅÅ-MM-DD-namn.md.'],
    [
      '2020-06-30-utan-uppgifter.md',
      'front-matter-missing',
      '1:1',
      'Förväntade front matter som börjar med --- på rad 1, men raden är "## Lägesrapport',
    ],
    ['2020-07-07-tom-titel.md', 'front-matter-invalid', '2:8', 'Fältet "title" är tomt; förväntade mötets rubrik'],
    ['2020-07-14-namn-som-inte-stammer.md', 'speaker-duplicate', '7:11', 'Anders Tegnell står två gånger under speakers (rad 5).'],
    [
      '2020-07-14-namn-som-inte-stammer.md',
      'topic-unmatched',
      '12:10',
      'Ämnet "Besöksförbud" står under topics men ingen dagordningspunkt handlar om det',
    ],
    [
      '2020-07-14-namn-som-inte-stammer.md',
      'item-topic-undeclared',
      '15:14',
      'Ämnet "Vaccination" är satt på punkten "lagesrapport" men står inte under mötets topics.',
    ],
    [
      '2020-07-14-namn-som-inte-stammer.md',
      'speaker-agency-mismatch',
      '18:47',
      'Emma Spak står för IVO i rubriken men för SKR under speakers.',
    ],
    ['2020-07-14-namn-som-inte-stammer.md', 'heading-empty', '26:1', 'Rubriken är tom: förväntade punktens titel efter ##.'],
    [
      '2020-08-11-text-som-forsvinner.md',
      'html-comment-text',
      '8:1',
      'Texten "Beslut: budgeten antogs." står på samma rad som en kommentar <!-- … --> och publiceras inte.',
    ],
    ['2020-08-11-text-som-forsvinner.md', 'link-relative', '10:4', 'Länken pekar på "./slides.pdf", en fil som inte finns på webbplatsen'],
    ['2020-08-11-text-som-forsvinner.md', 'image-remote', '10:44', 'Bilden hämtas från "https://example.com/diagram.png".'],
    ['2020-08-25-djupt.md', 'nesting-too-deep', '8:1', 'Texten är inbäddad i för många nivåer här'],
    ['2020-08-18-ofylld-mall.md', 'meeting-empty', '1:1', 'Mötet har ingen text att publicera'],
    [
      '2020-05-19-h1.md',
      'item-unknown',
      '5:3',
      'Det finns ingen dagordningspunkt med ankaret "vacinationsfragor". Menade du "vaccinationsfragor"?',
    ],
  ])('%s: %s at %s', (file, ruleId, place, message) => {
    const diagnostic = only(file, ruleId);
    expect(`${diagnostic.line}:${diagnostic.column}`).toBe(place);
    expect(messageText(diagnostic)).toContain(message);
    expect(diagnostic.file).toBe(`${FIXTURES}/bad/${file}`);
  });

  it('refuses invisible control characters from Word and elsewhere, each at its place', () => {
    const found = bad.diagnostics.filter((d) => d.file.endsWith('styrtecken.md'));
    expect(
      found.map(
        (d) =>
          `${d.line}:${d.column} ${d.ruleId} ${d.actual === undefined ? '' : `U+${d.actual.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`}`,
      ),
    ).toEqual(['6:10 file-control-character U+000B', '8:13 file-control-character U+0000', '8:35 file-control-character U+202E']);
    expect(messageText(found[0]!)).toContain('U+000B (manuell radbrytning från Word, Skift+Enter)');
    expect(found.every((d) => d.fatal)).toBe(true);
  });

  it('names unknown agencies and topics with a did-you-mean from the registry', () => {
    expect(placesOf(bad.diagnostics, 'okand-aktor.md')).toEqual([
      '6:13 agency-unknown',
      '7:29 agency-unused',
      '7:51 agency-unknown',
      '8:23 topic-unknown',
      '15:11 speaker-undeclared',
      '15:24 agency-unknown',
    ]);
    const messages = bad.diagnostics.filter((d) => d.file.endsWith('okand-aktor.md')).map(messageText);
    expect(messages[0]).toBe(
      'Okänd aktör "Socialstyrelssen". Menade du "Socialstyrelsen"? Skriv aktören som i agencies.yml (id, namn, kort namn eller alias), eller lägg till den där.',
    );
    expect(messages[2]).not.toContain('Menade du');
    expect(messages[3]).toContain('Okänt ämne "Vacination". Menade du "Vaccination"?');
    expect(messages[5]).toContain('"Socialstyrelssen" i rubriken är ingen känd aktör. Menade du "Socialstyrelsen"?');
  });

  it('reports every unreadable heading parenthesis', () => {
    expect(placesOf(bad.diagnostics, 'parentes.md')).toEqual([
      '10:39 heading-parenthesis',
      '14:23 heading-parenthesis',
      '18:17 heading-parenthesis',
    ]);
    const messages = bad.diagnostics.filter((d) => d.file.endsWith('parentes.md')).map(messageText);
    expect(messages[0]).toContain('parentesen stängs aldrig; förväntade ")" sist i rubriken');
  });

  it('warns about personal identity numbers and e-mail addresses, in front matter and comments too', () => {
    expect(placesOf(bad.diagnostics, 'personuppgifter.md')).toEqual([
      '2:24 personal-identity-number',
      '6:15 personal-email',
      '6:48 personal-identity-number',
      '10:16 personal-identity-number',
      '10:50 personal-identity-number',
    ]);
  });

  it('never runs JavaScript front matter', () => {
    expect((globalThis as Record<string, unknown>).__minutesPayloadRan).toBeUndefined();
  });

  it('warns about raw HTML and unsafe links, and allows HTML comments', () => {
    expect(placesOf(bad.diagnostics, 'html.md')).toEqual([
      '8:1 html-raw',
      '10:9 html-raw',
      '12:1 html-raw',
      '14:4 link-unsafe',
      '14:39 link-unsafe',
    ]);
    expect(bad.diagnostics.filter((d) => d.file.endsWith('html.md')).every((d) => !d.fatal)).toBe(true);
  });

  it('sorts the diagnostics: the registries first (their problems are the cause of others), then by file, line and column', () => {
    const registry = (file: string) => (/(agencies|topics|webbplats)\.yml$/.test(file) ? 0 : 1);
    const keys = bad.diagnostics.map((d) => [d.file, d.line, d.column] as const);
    const sorted = [...keys].sort(
      (a, b) => registry(a[0]) - registry(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]),
    );
    expect(keys[0]?.[0]).toBe('test/fixtures/bad/agencies.yml');
    expect(keys).toEqual(sorted);
  });
});

describe('the check on good minutes', () => {
  it('accepts a BOM, CRLF line endings and values YAML 1.1 would reinterpret', async () => {
    const good = await checkArchive(`${FIXTURES}/good`);
    expect(good.diagnostics).toEqual([]);
    expect(good.index?.meetings.map((m) => m.title)).toEqual(['Möte med BOM och CRLF', '13:30', '0123']);
    expect(good.index?.people.map((p) => p.name)).toEqual(['Åsa Furén-Thulin']);
  });

  it('passes on the bundled minutes, with the one expected warning (an e-mail address in the minutes)', async () => {
    const result = await checkArchive('minutes');
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.fatal ? 'error' : 'warning'}`)).toEqual([
      'minutes/2021-01-19-socialchefsnatverket.md:82:331 personal-email warning',
    ]);
    expect(result.index?.meetings).toHaveLength(2);
  });
});

describe('two files for one meeting', () => {
  it('are reported when the names differ only in letter case', async () => {
    const dir = await copyToTemp(`${FIXTURES}/good`);
    await writeFile(path.join(dir, '2020-06-09-Klockslag.md'), '---\ntitle: Kopia\ndate: 2020-06-09\n---\n\n## Punkt\n');
    const result = await checkArchive(dir);
    const duplicate = result.diagnostics.filter((d) => d.ruleId === 'meeting-duplicate');
    expect(duplicate).toHaveLength(1);
    expect(messageText(duplicate[0]!)).toContain('skiljer sig bara i stora och små bokstäver');
  });

  it('are not reported after one is renamed to another date', async () => {
    const dir = await copyToTemp(`${FIXTURES}/good`);
    await rename(path.join(dir, '2020-06-09-klockslag.md'), path.join(dir, '2020-06-10-klockslag.md'));
    const result = await checkArchive(dir);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['date-filename-mismatch']);
  });
});

describe('the registries', () => {
  it('report bad entries and keep the good ones', async () => {
    const result = await checkArchive(`${FIXTURES}/bad-registry`);
    expect(result.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      'agencies.yml:3:7 registry-duplicate-id',
      'agencies.yml:5:7 registry-invalid',
      'agencies.yml:7:3 name-near-duplicate',
      'agencies.yml:11:3 registry-unknown-field',
      'agencies.yml:12:3 name-near-duplicate',
      'agencies.yml:12:3 registry-duplicate-name',
      'agencies.yml:15:3 registry-missing-field',
      'topics.yml:3:16 registry-yaml',
    ]);
    expect(result.registries.agencies.map((a) => a.id)).toEqual(['socialstyrelsen', 'sos2', 'ivo']);
  });

  it('keep a topic’s synonyms, and report an empty group or a group of one word at its place', async () => {
    const dir = await copyToTemp(`${FIXTURES}/good`);
    const topic = (id: string, synonyms: string) => `- id: ${id}\n  name: ${id}\n  description: Om ${id}.\n  synonyms: ${synonyms}\n`;
    await writeFile(
      path.join(dir, 'topics.yml'),
      [
        topic('boende', '[[säbo, särskilt boende, äldreboende]]'),
        topic('ensam', '[[säbo, särskilt boende], [äldreboende]]'),
        topic('tom', '\n    - [covid, corona]\n    - []'),
      ].join('\n'),
    );
    const result = await checkArchive(dir);
    const problems = result.diagnostics.filter((d) => d.file.endsWith('topics.yml'));
    expect(problems.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['9:39 registry-invalid', '16:7 registry-invalid']);
    expect(messageText(problems[0]!)).toContain(
      '"post 2 → synonyms → post 2" ska vara en grupp med minst två ord som betyder samma sak, men har bara ett ord.',
    );
    expect(messageText(problems[1]!)).toContain('men är tomt.');
    expect(result.registries.topics.map((t) => [t.id, t.synonyms])).toEqual([['boende', [['säbo', 'särskilt boende', 'äldreboende']]]]);
  });
});
