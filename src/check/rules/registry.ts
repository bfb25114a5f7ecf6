/**
 * Rules: The registries beside the minutes.
 */
import { defineRule } from './rule.ts';

/** `registry-missing` */
export const registryMissing = defineRule({
  id: 'registry-missing',
  severity: 'error',
  when: 'agencies.yml eller topics.yml saknas i minutes/.',
  fix: 'Lägg tillbaka filen.',
  example: 'minutes/topics.yml finns inte.',
});

/** `registry-yaml` */
export const registryYaml = defineRule({
  id: 'registry-yaml',
  severity: 'error',
  when: 'Registret kan inte läsas (kolon, indrag, citattecken).',
  fix: 'Rätta raden som meddelandet pekar ut.',
  example: '- id: fohm\n  name: Folkhälsomyndigheten\n   short: FoHM',
});

/** `registry-invalid` */
export const registryInvalid = defineRule({
  id: 'registry-invalid',
  severity: 'error',
  when: 'En post har fel sorts värde, till exempel ett id med stora bokstäver eller en webbadress utan https://.',
  fix: 'Skriv värdet som i exemplet i meddelandet.',
  example: '- id: FoHM',
});

/** `registry-unknown-field` */
export const registryUnknownField = defineRule({
  id: 'registry-unknown-field',
  severity: 'error',
  when: 'Ett fält som inte finns i registret, ofta ett stavfel.',
  fix: 'Rätta fältnamnet; meddelandet räknar upp de tillåtna.',
  example: '  shrot: FoHM',
});

/** `registry-missing-field` */
export const registryMissingField = defineRule({
  id: 'registry-missing-field',
  severity: 'error',
  when: 'En post saknar id, name eller (för ämnen) description.',
  fix: 'Lägg till fältet.',
  example: '- id: fohm (utan name)',
});

/** `registry-duplicate-id` */
export const registryDuplicateId = defineRule({
  id: 'registry-duplicate-id',
  severity: 'error',
  when: 'Två poster har samma id.',
  fix: 'Slå ihop posterna eller byt id på den ena.',
  example: 'två poster med id: fohm',
});

/** `registry-duplicate-name` */
export const registryDuplicateName = defineRule({
  id: 'registry-duplicate-name',
  severity: 'error',
  when: 'Ett namn eller alias används av två poster.',
  fix: 'Ta bort namnet från den ena posten.',
  example: 'aliases: [FoHM] på två aktörer',
});

/** The rules of this family, in the guide's order. */
export const RULES = [
  registryMissing,
  registryYaml,
  registryInvalid,
  registryUnknownField,
  registryMissingField,
  registryDuplicateId,
  registryDuplicateName,
];
