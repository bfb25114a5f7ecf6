/**
 * Input nobody here wrote: YAML that expands without end, names in other
 * scripts, headings that are code or links, stray empty headings, and
 * personal data hidden by Markdown, entities or Unicode. Each case failed
 * (crashed, was silently wrong or slipped through) before it was handled.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/check/process-file.ts';
import { readRegistries } from '../../src/check/registry.ts';
import { archiveOfTexts } from '../../src/check/archive-files.ts';
import { checkRegistries } from '../../src/check/check-archive.ts';

const AGENCIES = '- id: skr\n  name: Sveriges Kommuner och Regioner\n  short: SKR\n  emails: [info@skr.se]\n';
const TOPICS = '- id: ekonomi\n  name: Ekonomi\n  description: Kommunernas ekonomi.\n  signals: [budget]\n';
const registriesFrom = (agencies = AGENCIES, topics = TOPICS) =>
  readRegistries({ path: 'minutes/agencies.yml', text: agencies, bytes: 0 }, { path: 'minutes/topics.yml', text: topics, bytes: 0 });
const { registries } = registriesFrom();
/** The messages of the registries `agencies` and `topics`, as the check gives them. */
const registryMessages = (agencies: string, topics: string) =>
  checkRegistries(archiveOfTexts({ 'agencies.yml': agencies, 'topics.yml': topics })).diagnostics;

const FILE = 'minutes/2021-03-02-natverket.md';
const front = (extra = '') => `---\ntitle: Möte\ndate: 2021-03-02\n${extra}---\n`;
const check = (text: string) => processFile({ path: FILE, text, bytes: text.length }, registries);
const rules = (text: string) => check(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('YAML that expands without end', () => {
  const bomb = `title: &t T\ndate: 2021-03-02\ntopics: [${Array.from({ length: 51 }, () => '*t').join(', ')}]\n`;

  it('is a front matter message, not a crash', () => {
    const result = check(`---\n${bomb}---\n\n## Punkt\n\nText.\n`);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['4:10 front-matter-yaml']);
    expect(result.diagnostics[0]?.message).toContain('aliasen (*namn) används för många gånger (högst 50)');
    expect(result.meeting).toBeUndefined();
  });

  it('is a registry message in topics.yml, not a crash', () => {
    const diagnostics = registryMessages(
      AGENCIES,
      `- id: &i x\n  name: X\n  description: D\n  aliases: [${Array.from({ length: 60 }, () => '*i').join(', ')}]\n`,
    );
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['minutes/topics.yml:4 registry-yaml']);
  });
});

describe('names in other scripts', () => {
  it('give the person a Latin id and page address', () => {
    const result = check(
      `${front('speakers:\n  - name: Юлия Петрова\n    agency: SKR\nagencies: [SKR]\n')}\n## Rapport (Юлия Петрова, SKR)\n\nText.\n`,
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.meeting?.items[0]?.presenters).toEqual([{ name: 'Юлия Петрова', personId: 'yuliya-petrova', agencyId: 'skr' }]);
  });
});

describe('headings that are code or links', () => {
  it('keep a parenthesis inside code or a link as part of the title, naming no one', () => {
    const text = `${front()}\n## \`catch ({})\`\n\nA.\n\n## \`Array.prototype.at()\`\n\nB.\n\n## [Make X drop Y(t\\)](https://example.com/x)\n\nC.\n`;
    const result = check(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.meeting?.items.map((i) => [i.title, i.presenters.length, i.network])).toEqual([
      ['catch ({})', 0, true],
      ['Array.prototype.at()', 0, true],
      ['Make X drop Y(t)', 0, true],
    ]);
  });

  it('still read a plain parenthesis after code', () => {
    const result = check(
      `${front('speakers:\n  - name: Anna Berg\n    agency: SKR\nagencies: [SKR]\n')}\n## Om \`x()\` (Anna Berg, SKR)\n\nText.\n`,
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.meeting?.items[0]?.title).toBe('Om x()');
  });

  it('refuse a parenthesis with formatting inside, instead of reading it as the title', () => {
    expect(rules(`${front()}\n## Rapport (Anna **Berg**, SKR)\n\nText.\n`)).toEqual(['6:1 heading-parenthesis']);
  });
});

describe('a stray empty ## heading', () => {
  it('is a warning, and its text stays with the item above', () => {
    const result = check(`${front()}\n## Ekonomi\n\nFörsta stycket.\n\n##\n\nAndra stycket.\n`);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.fatal}`)).toEqual(['10:1 heading-empty false']);
    expect(result.diagnostics[0]?.message).toContain('Texten under den visas som en del av punkten ovanför ("Ekonomi")');
    expect(result.meeting?.items.map((i) => i.text)).toEqual(['Första stycket.\n\nAndra stycket.']);
  });
});

describe('personal data as published', () => {
  // 850709-9805 and 811218-9876 have valid check digits; they are made up.
  it.each([
    ['a backslash escape', '850709\\-9805'],
    ['an HTML entity', '850709&#45;9805'],
    ['emphasis splitting the number', '850709-98**05**'],
    ['a space', '850709 9805'],
    ['a minus sign', '850709\u22129805'],
    ['an en dash', '850709\u20139805'],
    ['a no-break space', '850709\u00a09805'],
    ['a zero-width space', '850709-\u200b9805'],
    ['full-width digits', '\uff18\uff15\uff10\uff17\uff10\uff19-\uff19\uff18\uff10\uff15'],
  ])('finds a personal identity number written with %s', (_, written) => {
    expect(rules(`${front()}\n## Punkt\n\nKontakta ${written} i dag.\n`)).toEqual(['8:10 personal-identity-number']);
  });

  it.each([
    ['a backslash escape', 'anna\\@kommun.se'],
    ['an HTML entity', 'anna&#64;kommun.se'],
    ['emphasis in the address', 'anna@**kommun.se**'],
  ])('finds an e-mail address written with %s', (_, written) => {
    expect(rules(`${front()}\n## Punkt\n\nMejla ${written} i dag.\n`)).toEqual(['8:7 personal-email']);
  });

  it('reports a number once when the text shows it as written', () => {
    expect(rules(`${front()}\n## Punkt\n\nText\nmed 811218-9876 på andra raden.\n`)).toEqual(['9:5 personal-identity-number']);
  });

  it('does not take code like this.@x.call for an address', () => {
    expect(rules(`${front()}\n## Punkt\n\nAnropet \`this.@x.call\` och this.@y.call.\n`)).toEqual([]);
  });

  it('scans the registries, which are published too, except the agencies’ own contact addresses', () => {
    const diagnostics = registryMessages(
      AGENCIES,
      TOPICS.replace('Kommunernas ekonomi.', 'Kommunernas ekonomi, frågor till eva.ek@kommun.se.'),
    );
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual(['minutes/topics.yml:3:49 personal-email']);
  });
});

describe('a failure while checking one file', () => {
  it('becomes a message at that file instead of stopping the run', () => {
    const source = {
      path: FILE,
      bytes: 10,
      get text(): string {
        throw new Error('oväntat fel');
      },
    };
    const result = processFile(source, registries);
    expect(result.meeting).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.fatal}`)).toEqual([
      `${FILE}:1:1 file-failed true`,
    ]);
    expect(result.diagnostics[0]?.message).toContain('Filen kunde inte kontrolleras till slut (oväntat fel).');
  });
});
