/**
 * Redaktionen's configuration (Decap CMS's `config`), generated at build time
 * from the front matter's schema (labels and hints from each field's help),
 * the registries (which the pickers offer) and the site setting (where the
 * repository is), never kept by hand. Pure: data in, the config out; the
 * build writes it as `/redaktion/config.json` beside the archive's snapshot
 * (`snapshot.ts`), and the page (`src/browser/redaktion/`) starts Decap with
 * it.
 */
import { DEFAULT_NETWORK, minutesFileName } from '../core/minutes-files.ts';
import type { SiteSetting } from '../check/site-setting.ts';
import { fieldHelp, frontMatterSchema } from '../check/schema.ts';

/** The folder of the minutes in the repository, and the registries' and setting's files in it. */
export const REPOSITORY_PATHS = {
  minutes: 'minutes',
  agencies: 'minutes/agencies.yml',
  topics: 'minutes/topics.yml',
  setting: 'minutes/webbplats.yml',
} as const;

/** The names of the collections and their files, which the page's code registers its formats and previews for. */
export const COLLECTIONS = {
  meetings: 'moten',
  agencies: 'aktorer',
  topics: 'amnen',
  setting: 'webbplats',
} as const;

/** The address of a single-file collection's form in the page, after `#`: `/collections/aktorer/entries/aktorer`. */
export const entryRoute = (collection: string) => `/collections/${collection}/entries/${collection}`;

/** The custom formats the page registers (`src/browser/redaktion/formats.ts`). */
export const FORMATS = {
  minutes: 'minnesanteckningar',
  agencies: 'aktorsregister',
  topics: 'amnesregister',
  setting: 'webbplatsinstallningar',
} as const;

/** The widgets the page registers (`src/browser/redaktion/widgets/`). */
export const WIDGETS = {
  wordImport: 'ordimport',
  check: 'kontroll',
  line: 'rad',
  date: 'datum',
  agency: 'aktor',
  agencies: 'aktorer',
  topics: 'amnen',
  minutesText: 'anteckningar',
  list: 'lista',
} as const;

/** A Decap field. */
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The help of a front matter field, as the form's hint: what it holds. */
function hint(path: string[]): string {
  return `${capitalized(fieldHelp(frontMatterSchema, path).expected)}.`;
}

/** The meeting form's fields: the Word import and the check first, then the front matter's fields, then the text. */
export function meetingFields(): DecapField[] {
  return [
    { name: 'ordimport', label: 'Word-dokument', widget: WIDGETS.wordImport, required: false },
    { name: 'kontroll', label: 'Kontroll', widget: WIDGETS.check, required: false },
    { name: 'title', label: 'Rubrik', widget: WIDGETS.line, hint: hint(['title']), importKey: 'title' },
    { name: 'date', label: 'Mötesdatum', widget: WIDGETS.date, hint: hint(['date']), importKey: 'date' },
    {
      name: 'speakers',
      label: 'Föredragande',
      label_singular: 'föredragande',
      widget: WIDGETS.list,
      required: false,
      importKey: 'speakers',
      hint: hint(['speakers']),
      summary: '{{fields.name}}, {{fields.agency}}',
      fields: [
        { name: 'name', label: 'Namn', widget: WIDGETS.line, hint: hint(['speakers', '0', 'name']) },
        { name: 'agency', label: 'Aktör', widget: WIDGETS.agency, hint: hint(['speakers', '0', 'agency']) },
      ],
    },
    {
      name: 'agencies',
      label: 'Aktörer som föredrog',
      widget: WIDGETS.agencies,
      required: false,
      hint: hint(['agencies']),
      importKey: 'agencies',
    },
    { name: 'topics', label: 'Ämnen', widget: WIDGETS.topics, required: false, hint: hint(['topics']), importKey: 'topics' },
    {
      name: 'items',
      label: 'Inställningar för enskilda punkter',
      label_singular: 'inställning',
      widget: WIDGETS.list,
      required: false,
      importKey: 'items',
      hint: 'Behövs sällan: ämnen eller svarande aktörer för en punkt eller fråga, när de som hittas av sig själva inte stämmer.',
      summary: '{{fields.anchor}}',
      fields: [
        {
          name: 'anchor',
          label: 'Punktens eller frågans ankare',
          widget: WIDGETS.line,
          hint: 'Rubriken med små bokstäver a–z och bindestreck, till exempel besoksforbud.',
        },
        { name: 'topics', label: 'Ämnen', widget: WIDGETS.topics, required: false },
        { name: 'answeredBy', label: 'Svarande aktörer', widget: WIDGETS.agencies, required: false },
      ],
    },
    {
      name: 'body',
      label: 'Minnesanteckningarna',
      widget: WIDGETS.minutesText,
      hint: 'Varje dagordningspunkt börjar med ## Rubrik (Namn, Aktör).',
      importKey: 'body',
    },
  ];
}

const text = (name: string, label: string, extra: Record<string, unknown> = {}): DecapField => ({
  name,
  label,
  widget: WIDGETS.line,
  ...extra,
});
const words = (name: string, label: string, hint: string): DecapField => ({ name, label, widget: 'list', required: false, hint });

/** The agency registry's form: one row per agency. */
export function agencyFields(): DecapField[] {
  return [
    {
      name: 'entries',
      label: 'Aktörer',
      label_singular: 'aktör',
      widget: WIDGETS.list,
      summary: '{{fields.name}}',
      fields: [
        text('name', 'Namn', { hint: 'Hela namnet, som det ska visas: Folkhälsomyndigheten.' }),
        text('short', 'Kort namn', { required: false, hint: 'Förkortningen som används i rubrikerna: FoHM.' }),
        words('aliases', 'Andra skrivsätt', 'Andra namn som betyder samma aktör: FHM.'),
        text('website', 'Webbplats', { required: false, hint: 'Adressen, som börjar med https://. Lämna tomt om du inte vet.' }),
        words('emails', 'Publicerade e-postadresser', 'Aktörens kontaktadresser som får stå i minnesanteckningarna.'),
        text('id', 'Id', { required: false, hint: 'Fylls i av sig självt från namnet; ändra det inte för en aktör som redan finns.' }),
      ],
    },
  ];
}

/** The topic registry's form: one row per topic. */
export function topicFields(): DecapField[] {
  return [
    {
      name: 'entries',
      label: 'Ämnen',
      label_singular: 'ämne',
      widget: WIDGETS.list,
      summary: '{{fields.name}}',
      fields: [
        text('name', 'Namn', { hint: 'Ämnets namn: Besöksförbud.' }),
        { name: 'description', label: 'Beskrivning', widget: 'text', hint: 'En mening om vad ämnet omfattar.' },
        words('signals', 'Signalord', 'Ord som visar att en punkt handlar om ämnet, till exempel besöksförbud.'),
        words('aliases', 'Andra namn', 'Andra namn på ämnet.'),
        words('searchTerms', 'Sökord', 'Vad folk söker på: engelska eller vardagliga ord.'),
        {
          name: 'synonyms',
          label: 'Synonymer',
          label_singular: 'grupp',
          widget: 'list',
          required: false,
          hint: 'Grupper av vardagliga ord som betyder samma sak, minst två ord i varje: säbo, särskilt boende, äldreboende. Sökningen hittar då en punkt som säger ett av orden också på de andra.',
          field: { name: 'ord', label: 'Ord som betyder samma sak', widget: 'list', hint: 'Skriv orden med kommatecken emellan.' },
        },
        text('id', 'Id', { required: false, hint: 'Fylls i av sig självt från namnet.' }),
      ],
    },
  ];
}

/** The site setting's form. */
export function settingFields(): DecapField[] {
  const url = (name: string, label: string, hint: string) => text(name, label, { required: false, hint });
  return [
    url('url', 'Webbplatsens adress', 'Den publika adressen, som börjar med https://. Utan den publiceras inget.'),
    text('name', 'Arkivets namn'),
    { name: 'description', label: 'Beskrivning', widget: 'text' },
    text('network', 'Nätverkets namn'),
    text('networkLabel', 'Etikett för nätverkets egna punkter'),
    text('publisher', 'Utgivare'),
    url('publisherUrl', 'Utgivarens webbplats', 'Adressen, som börjar med https://.'),
    {
      name: 'accessibility',
      label: 'Tillgänglighetsredogörelsen',
      widget: 'object',
      collapsed: true,
      fields: [
        { name: 'complianceStatus', label: 'Förenlighet', widget: 'select', options: ['förenlig', 'delvis förenlig', 'inte förenlig'] },
        { name: 'statementDate', label: 'Redogörelsen skrevs', widget: WIDGETS.date },
        { name: 'reviewedDate', label: 'Senast granskad', widget: WIDGETS.date },
        text('contactText', 'Kontakt'),
        url('contactUrl', 'Kontaktens adress', 'Adressen, som börjar med https://.'),
        text('responseTime', 'Svarstid'),
        words('knownIssues', 'Kända brister', 'En brist per rad.'),
        { name: 'testMethod', label: 'Så har webbplatsen granskats', widget: 'text' },
      ],
    },
    {
      name: 'follow',
      label: 'Följa med e-post',
      widget: 'object',
      required: false,
      collapsed: true,
      fields: [
        url('emailUrl', 'Tjänstens anmälningssida', 'Till exempel Buttondown eller listmonk.'),
        text('emailService', 'Tjänstens namn', { required: false }),
      ],
    },
    {
      name: 'deploy',
      label: 'Förrådet (fylls i av IT)',
      widget: 'object',
      required: false,
      collapsed: true,
      fields: [
        { name: 'forge', label: 'Tjänst', widget: 'select', options: ['github', 'gitlab'] },
        text('repository', 'Förråd (ägare/namn)'),
        text('branch', 'Gren som publiceras', { required: false }),
        url('gitlabUrl', 'GitLab-adress (egen server)', 'Lämna tomt för gitlab.com.'),
        text('oauthClientId', 'OAuth-programmets id', { required: false }),
        url('oauthUrl', 'GitHub: OAuth-stegets adress', 'Se IT-guiden.'),
      ],
    },
  ];
}

/** The commit messages Redaktionen writes, in Swedish (Decap's `backend.commit_messages`). */
export const COMMIT_MESSAGES = {
  create: 'Redaktionen: nytt {{collection}} "{{slug}}"',
  update: 'Redaktionen: ändrat {{collection}} "{{slug}}"',
  delete: 'Redaktionen: tog bort {{collection}} "{{slug}}"',
  uploadMedia: 'Redaktionen: laddade upp "{{path}}"',
  deleteMedia: 'Redaktionen: tog bort "{{path}}"',
} as const;

/** A collection of one file (a registry, the site setting), edited as one form. */
function fileCollection(name: string, label: string, file: string, format: string, fields: DecapField[]): Record<string, unknown> {
  return { name, label, format, delete: false, files: [{ name, label, file, fields }] };
}

/** The backend the published Redaktionen saves through: the repository the site setting names, or none. */
export function forgeBackend(setting: SiteSetting): Record<string, unknown> | undefined {
  const deploy = setting.deploy;
  if (!deploy) return undefined;
  if (deploy.forge === 'gitlab') {
    const root = deploy.gitlabUrl?.replace(/\/+$/, '') ?? 'https://gitlab.com';
    return {
      name: 'gitlab',
      commit_messages: COMMIT_MESSAGES,
      repo: deploy.repository,
      branch: deploy.branch,
      auth_type: 'pkce',
      app_id: deploy.oauthClientId,
      base_url: root,
      api_root: `${root}/api/v4`,
      auth_endpoint: 'oauth/authorize',
    };
  }
  return {
    name: 'github',
    commit_messages: COMMIT_MESSAGES,
    repo: deploy.repository,
    branch: deploy.branch,
    ...(deploy.oauthUrl ? { base_url: deploy.oauthUrl } : {}),
  };
}

/**
 * The whole configuration. `backend` is the forge's (from the site setting) or undefined when none is set;
 * the page replaces it with the local one when the server it comes from offers `/redaktion/api/v1`.
 */
export function redaktionConfig(setting: SiteSetting): Record<string, unknown> {
  const network = setting.network ?? DEFAULT_NETWORK;
  const slugOfNetwork = minutesFileName('2000-01-01', network).slice('2000-01-01-'.length, -'.md'.length);
  return {
    load_config_file: false,
    backend: forgeBackend(setting),
    publish_mode: 'editorial_workflow',
    locale: 'sv',
    site_url: setting.url,
    logo_url: undefined,
    // Decap needs a media folder; the minutes have no images (the check says so), and none is uploaded.
    media_folder: `${REPOSITORY_PATHS.minutes}/bilagor`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: COLLECTIONS.meetings,
        label: 'Möten',
        label_singular: 'möte',
        description: 'Ett möte per fil. Börja med att släppa Word-dokumentet i rutan överst.',
        folder: REPOSITORY_PATHS.minutes,
        extension: 'md',
        format: FORMATS.minutes,
        create: true,
        slug: `{{fields.date}}-${slugOfNetwork}`,
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['date', 'title'],
        fields: meetingFields(),
      },
      // One collection per file: Decap reads a collection's files in one format.
      fileCollection(COLLECTIONS.agencies, 'Aktörer', REPOSITORY_PATHS.agencies, FORMATS.agencies, agencyFields()),
      fileCollection(COLLECTIONS.topics, 'Ämnen', REPOSITORY_PATHS.topics, FORMATS.topics, topicFields()),
      fileCollection(COLLECTIONS.setting, 'Webbplatsens inställningar', REPOSITORY_PATHS.setting, FORMATS.setting, settingFields()),
    ],
  };
}
