/**
 * Rules: the registries beside the minutes (`agencies.yml`, `topics.yml`):
 * both are there, they are YAML lists of entries with the fields of their
 * schemas, and no id or name means two entries.
 */
import { START } from '../../core/diagnostics.ts';
import { AGENCY_REGISTRY, TOPIC_REGISTRY } from '../archive-files.ts';
import type { SchemaProblemKind } from '../error-map.ts';
import type { FolderSubject, RegistrySubject } from '../subjects.ts';
import { EXAMPLE_AGENCIES, EXAMPLE_AGENCY_REGISTRY, EXAMPLE_TOPICS } from './example-archive.ts';
import { defineRule, type Report } from './rule.ts';

/** Reports a registry's schema problems of `kind`. */
function reportSchema(kind: SchemaProblemKind) {
  return (read: RegistrySubject, report: Report) => {
    for (const problem of read.schema) {
      if (problem.kind !== kind) continue;
      report(problem.place, problem.reason, {
        ...(problem.note ? { note: problem.note } : {}),
        ...(problem.expected?.length ? { expected: problem.expected } : {}),
        ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
      });
    }
  };
}

const agencies = (text: string) => ({ [EXAMPLE_AGENCIES]: text });

/** `registry-missing` */
export const registryMissing = defineRule<FolderSubject>(
  {
    id: 'registry-missing',
    severity: 'error',
    phase: 'folder',
    when: 'agencies.yml eller topics.yml saknas i minutes/.',
    fix: 'Lägg tillbaka filen; se README för formatet.',
    examples: [{ files: { [EXAMPLE_TOPICS]: null }, file: EXAMPLE_TOPICS, message: '1:1: Registret topics.yml saknas.' }],
  },
  (folder, report) => {
    for (const [name, file] of [
      [AGENCY_REGISTRY, folder.agencies],
      [TOPIC_REGISTRY, folder.topics],
    ] as const) {
      if (file) continue;
      report(START, `Registret ${name} saknas. Det ska ligga bredvid minnesanteckningarna i ${folder.dir}/.`, {
        file: `${folder.dir}/${name}`,
      });
    }
  },
);

/** `registry-yaml` */
export const registryYaml = defineRule<RegistrySubject>(
  {
    id: 'registry-yaml',
    severity: 'error',
    phase: 'registry',
    when: 'Registret kan inte läsas (kolon, indrag, citattecken).',
    fix: 'Rätta raden: lägg till det som saknas eller ta bort det som är för mycket.',
    examples: [
      {
        files: agencies(EXAMPLE_AGENCY_REGISTRY.replace('  short: FoHM', '   short: FoHM')),
        message: '4:9: YAML kan inte läsas här: raden efter är indragen mer än den här',
      },
    ],
  },
  (read, report) => {
    for (const error of read.yamlErrors) report(error.place, error.reason, error.line !== undefined ? { actual: error.line } : {});
  },
);

/** `registry-invalid` */
export const registryInvalid = defineRule<RegistrySubject>(
  {
    id: 'registry-invalid',
    severity: 'error',
    phase: 'registry',
    when: 'En post har fel sorts värde, till exempel ett id med stora bokstäver eller en webbadress utan https://, eller registret är ingen lista.',
    fix: 'Skriv värdet som i exemplet i meddelandet.',
    examples: [
      {
        files: agencies(EXAMPLE_AGENCY_REGISTRY.replace('id: fohm', 'id: FoHM')),
        message:
          '3:7: Fältet "post 2 → id" ska vara ett id med små bokstäver a–z, siffror och bindestreck (till exempel id: fohm), men är "FoHM".',
      },
    ],
  },
  (read, report) => {
    if (read.notList) {
      report(START, `Registret ska vara en lista där varje post börjar med "- id: …", men är ${read.notList}.`, {
        note: 'Se README för formatet.',
      });
    }
    reportSchema('invalid')(read, report);
  },
);

/** `registry-unknown-field` */
export const registryUnknownField = defineRule<RegistrySubject>(
  {
    id: 'registry-unknown-field',
    severity: 'error',
    phase: 'registry',
    when: 'Ett fält som inte finns i registret, ofta ett stavfel.',
    fix: 'Rätta fältnamnet; meddelandet räknar upp de tillåtna.',
    examples: [
      {
        files: agencies(EXAMPLE_AGENCY_REGISTRY.replace('short: FoHM', 'shrot: FoHM')),
        message: '5:3: Okänt fält "shrot". Menade du "short"? Tillåtna fält här: id, name, short, aliases, website, emails.',
      },
    ],
  },
  reportSchema('unknown-field'),
);

/** `registry-missing-field` */
export const registryMissingField = defineRule<RegistrySubject>(
  {
    id: 'registry-missing-field',
    severity: 'error',
    phase: 'registry',
    when: 'En post saknar id, name eller (för ämnen) description.',
    fix: 'Lägg till fältet; meddelandet visar ett exempel.',
    examples: [
      {
        files: agencies(EXAMPLE_AGENCY_REGISTRY.replace('- id: socialstyrelsen\n  name: Socialstyrelsen\n', '- id: socialstyrelsen\n')),
        message: '1:3: Fältet "post 1 → name" saknas: förväntade namnet som det ska visas.',
      },
    ],
  },
  reportSchema('missing-field'),
);

/** `registry-duplicate-id` */
export const registryDuplicateId = defineRule<RegistrySubject>(
  {
    id: 'registry-duplicate-id',
    severity: 'error',
    phase: 'registry',
    when: 'Två poster har samma id.',
    fix: 'Varje post behöver ett eget id; slå ihop posterna eller byt id på den ena.',
    examples: [
      {
        files: agencies(`${EXAMPLE_AGENCY_REGISTRY}- id: fohm\n  name: Folkhälsomyndigheten igen\n`),
        message: '10:7: Id "fohm" finns redan (rad 3).',
      },
    ],
  },
  (read, report) => {
    for (const duplicate of read.duplicateIds) {
      report(duplicate.place, `Id "${duplicate.id}" finns redan.`, { related: [{ file: read.file.path, ...duplicate.first }] });
    }
  },
);

/** `registry-duplicate-name` */
export const registryDuplicateName = defineRule<RegistrySubject>(
  {
    id: 'registry-duplicate-name',
    severity: 'error',
    phase: 'registry',
    when: 'Ett namn eller alias används av två poster.',
    fix: 'Ett namn eller alias kan bara betyda en sak; ta bort det från den ena posten.',
    examples: [
      {
        files: agencies(`${EXAMPLE_AGENCY_REGISTRY}- id: fohm-2\n  name: Folkhälsomyndigheten (FHM)\n  aliases: [FHM]\n`),
        message: '10:3: Namnet "FHM" används redan för aktör "fohm" (rad 3).',
      },
    ],
  },
  (read, report) => {
    for (const duplicate of read.duplicateNames) {
      report(duplicate.place, `Namnet "${duplicate.written}" används redan för ${read.kind} "${duplicate.otherId}".`, {
        related: [{ file: duplicate.otherPlace.file, line: duplicate.otherPlace.line, column: duplicate.otherPlace.column }],
      });
    }
  },
);

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
