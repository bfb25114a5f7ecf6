/**
 * Rules: the site setting (`webbplats.yml`): YAML fields with the values its
 * schema allows (`site-setting.ts`), above all a public address that a
 * published site can use.
 */
import { START } from '../../core/diagnostics.ts';
import type { SettingSubject } from '../subjects.ts';
import { defineRule } from './rule.ts';

const SETTING = 'minutes/webbplats.yml';

/** `site-setting-yaml` */
export const siteSettingYaml = defineRule<SettingSubject>(
  {
    id: 'site-setting-yaml',
    severity: 'error',
    phase: 'setting',
    when: 'Webbplatsens inställningar (webbplats.yml) kan inte läsas (kolon, indrag, citattecken), eller är ingen uppsättning fält.',
    fix: 'Rätta raden: lägg till det som saknas eller ta bort det som är för mycket. I Redaktionen ändras inställningarna i ett formulär.',
    examples: [{ files: { [SETTING]: 'url: https://a.example.se/\nname: [Minnesarkivet\n' }, message: '3:1: YAML kan inte läsas här:' }],
  },
  (read, report) => {
    for (const error of read.yamlErrors) report(error.place, error.reason, error.line !== undefined ? { actual: error.line } : {});
    if (read.notMapping) report(START, 'Webbplatsens inställningar ska vara fält med värden (url: …, name: …).');
  },
);

/** `site-setting-invalid` */
export const siteSettingInvalid = defineRule<SettingSubject>(
  {
    id: 'site-setting-invalid',
    severity: 'error',
    phase: 'setting',
    when: 'Ett fält i webbplats.yml som inte finns, saknas eller har ett värde som inte kan användas, till exempel en adress som inte börjar med https://.',
    fix: 'Skriv värdet som i exemplet i meddelandet.',
    examples: [
      {
        files: { [SETTING]: 'url: ftp://a.example.se/\n' },
        message:
          '1:6: Fältet "url" ska vara webbplatsens publika adress, som börjar med https://, men "ftp://a.example.se/" kan inte användas: den börjar med ftp: men ska börja med https://.',
      },
      { files: { [SETTING]: 'adress: https://a.example.se/\n' }, message: '1:1: Okänt fält "adress".' },
    ],
  },
  (read, report) => {
    for (const problem of read.schema) {
      report(problem.place, problem.reason, {
        ...(problem.note ? { note: problem.note } : {}),
        ...(problem.expected?.length ? { expected: problem.expected } : {}),
        ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
      });
    }
  },
);

/** The rules of this family, in the guide's order. */
export const RULES = [siteSettingYaml, siteSettingInvalid];
