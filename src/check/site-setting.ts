/**
 * The site setting, `webbplats.yml` beside the minutes: the one committed
 * file that says where the archive is published and what it says about
 * itself (its address, name, publisher, the accessibility statement's
 * contact, how members follow it by e-mail, and where Redaktionen saves).
 * Its schema, with each field's help, and its reader; what is wrong is
 * recorded for the rules in `rules/site-setting.ts`. Edited in Redaktionen
 * as a form ("Inställningar"), never by hand as YAML.
 */
import { z } from 'zod';
import { isRealDate } from '../core/dates.ts';
import { siteUrlProblem } from '../core/urls.ts';
import { schemaProblems, type SchemaProblem } from './error-map.ts';
import { help, list, RULE, text } from './schema.ts';
import type { SourceFile } from './source.ts';
import { readYaml, type YamlError } from './yaml.ts';

export { SITE_SETTING_FILE } from './archive-files.ts';

const https = (expected: string, example: string) =>
  help(
    z
      .string()
      .trim()
      .refine((value) => siteUrlProblem(value) === undefined && value.startsWith('https://'), { message: RULE.websiteFormat }),
    expected,
    example,
  );

const day = (example: string) =>
  help(
    z
      .string()
      .trim()
      .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), { message: RULE.dateFormat }),
    'ett datum skrivet ÅÅÅÅ-MM-DD',
    example,
  );

/** The accessibility statement's facts (the law on accessibility to digital public services, DOS-lagen). */
export const accessibilitySchema = help(
  z.strictObject({
    /** How far the site meets WCAG 2.1 AA: `förenlig`, `delvis förenlig` or `inte förenlig`. */
    complianceStatus: help(
      z.enum(['förenlig', 'delvis förenlig', 'inte förenlig']),
      'förenlig, delvis förenlig eller inte förenlig',
      'complianceStatus: delvis förenlig',
    ),
    /** When the statement was written. */
    statementDate: day('statementDate: 2026-11-23'),
    /** When it was last reviewed. */
    reviewedDate: day('reviewedDate: 2026-11-23'),
    /** Who to contact about accessibility, as a phrase: "nätverkets sekreterare på SKR". */
    contactText: help(text(), 'vem som kontaktas', 'contactText: nätverkets sekreterare på SKR'),
    /** Where to contact them. */
    contactUrl: https('en adress som börjar med https://', 'contactUrl: https://skr.se/kontakt'),
    /** How soon they answer: "två arbetsdagar". */
    responseTime: help(text(), 'hur snart svar ges', 'responseTime: två arbetsdagar'),
    /** What is known not to be accessible. Default: none. */
    knownIssues: help(list(text()), 'en lista med kända brister', 'knownIssues: [Bilderna finns inte med.]').default([]),
    /** How the site was tested. */
    testMethod: help(text(), 'hur webbplatsen har granskats', 'testMethod: Självskattning med axe-core.'),
  }),
  'tillgänglighetsredogörelsens uppgifter',
  'accessibility:\n  complianceStatus: delvis förenlig',
);

/** The accessibility statement of an archive whose setting gives none: the product's own, as reviewed for the bundled site. */
const DEFAULT_ACCESSIBILITY: z.input<typeof accessibilitySchema> = {
  complianceStatus: 'delvis förenlig',
  statementDate: '2026-11-23',
  reviewedDate: '2026-11-23',
  contactText: 'nätverkets sekreterare på SKR:s avdelning för vård och omsorg',
  contactUrl: 'https://skr.se/skr/omskr/kontaktaoss.html',
  responseTime: 'två arbetsdagar',
  knownIssues: [
    'Bilderna i presentationerna finns inte med; bara deras text (rubriker, diagramtexter och källor) är återgiven under ”Ur presentationen”.',
    'Sökningen kräver JavaScript. Utan JavaScript går det att hitta allt via sidorna för ämnen, aktörer, personer och år.',
  ],
  testMethod:
    'Självskattning: varje sidtyp kontrolleras automatiskt med axe-core (WCAG 2.1 nivå A och AA) och html-validate i en riktig webbläsare, och granskas manuellt med tangentbord och i 360 pixlars bredd.',
};

/** Following the archive by e-mail, through a feed-to-e-mail service the network has chosen. Shown only when set. */
export const followSchema = help(
  z.strictObject({
    /** The service's sign-up page, for example Buttondown's or a self-hosted listmonk's. */
    emailUrl: https('en adress som börjar med https://', 'emailUrl: https://buttondown.com/minnesarkivet'),
    /** The service's name as members see it. */
    emailService: help(text(), 'tjänstens namn', 'emailService: Buttondown'),
  }),
  'hur man följer arkivet med e-post',
  'follow:\n  emailUrl: https://buttondown.com/minnesarkivet',
);

/** Where the archive's repository is, so that Redaktionen saves there and CI publishes from it. */
export const deploySchema = help(
  z.strictObject({
    /** The forge: `github` or `gitlab`. */
    forge: help(z.enum(['github', 'gitlab']), 'github eller gitlab', 'forge: github'),
    /** The repository, `owner/name`. */
    repository: help(
      z
        .string()
        .trim()
        .regex(/^[\w.-]+(?:\/[\w.-]+)+$/, { message: RULE.idFormat }),
      'förrådet som ägare/namn',
      'repository: skr/minnesarkivet',
    ),
    /** The branch that is published. Default: `main`. */
    branch: help(text(), 'grenen som publiceras', 'branch: main').default('main'),
    /** A self-hosted GitLab's address. Default: gitlab.com. */
    gitlabUrl: https('en adress som börjar med https://', 'gitlabUrl: https://gitlab.example.se').optional(),
    /** The OAuth application's id (GitLab: the application id, with PKCE; GitHub: the OAuth app's client id). */
    oauthClientId: help(text(), 'OAuth-programmets id', 'oauthClientId: 0123456789abcdef').optional(),
    /** GitHub only: the address of the small OAuth step that exchanges the code for a token (see the IT guide). */
    oauthUrl: https('en adress som börjar med https://', 'oauthUrl: https://oauth.example.se').optional(),
  }),
  'var arkivets förråd finns',
  'deploy:\n  forge: github\n  repository: skr/minnesarkivet',
);

/** The site setting. Every field but `url` has a default, so a missing file is an archive that is not yet published. */
export const siteSettingSchema = help(
  z.strictObject({
    /** The public address, `https://…/`, with the path the site is served under. Required to publish. */
    url: help(
      z
        .string()
        .trim()
        .refine((value) => siteUrlProblem(value) === undefined, { message: RULE.siteUrl }),
      'webbplatsens publika adress, som börjar med https://',
      'url: https://minnesarkiv.example.se/',
    ).optional(),
    /** The archive's name, in every page's title. */
    name: help(text(), 'arkivets namn', 'name: Minnesarkivet').default('Minnesarkivet'),
    /** One sentence on what the archive holds, for the start page and the feeds. */
    description: help(text(), 'en mening om arkivet', 'description: Minnesanteckningar från Socialchefsnätverkets möten.').default(
      'Minnesanteckningar från Socialchefsnätverkets möten: sök och följ ämnen, aktörer och personer mellan mötena.',
    ),
    /** The network's name. */
    network: help(text(), 'nätverkets namn', 'network: Socialchefsnätverket').default('Socialchefsnätverket'),
    /** How the network's own items are labelled: "Nätverket". */
    networkLabel: help(text(), 'hur nätverkets egna punkter märks', 'networkLabel: Nätverket').default('Nätverket'),
    /** Who publishes the archive. */
    publisher: help(text(), 'utgivaren', 'publisher: Sveriges Kommuner och Regioner (SKR)').default(
      'Sveriges Kommuner och Regioner (SKR), Avdelningen för vård och omsorg',
    ),
    /** The publisher's website. */
    publisherUrl: https('en adress som börjar med https://', 'publisherUrl: https://skr.se/').default('https://skr.se/'),
    /** How many meetings the start page lists. Default: 5. */
    latestCount: help(
      z.preprocess(
        (value) => (typeof value === 'string' && /^\d{1,2}$/.test(value.trim()) ? Number(value) : value),
        z.number({ message: RULE.number }).int().min(1).max(50),
      ),
      'ett tal från 1 till 50',
      'latestCount: 5',
    ).default(5),
    accessibility: accessibilitySchema.prefault(DEFAULT_ACCESSIBILITY),
    follow: followSchema.optional(),
    deploy: deploySchema.optional(),
  }),
  'webbplatsens inställningar (url, name …)',
  'url: https://minnesarkiv.example.se/',
);

/** The site setting after validation. */
export type SiteSetting = z.infer<typeof siteSettingSchema>;

/** The site setting of an archive without `webbplats.yml` (or with one that cannot be read): the defaults, no address. */
export const DEFAULT_SITE_SETTING: SiteSetting = siteSettingSchema.parse({});

/** The site setting as read: what is wrong with it, for the rules in `rules/site-setting.ts`. */
export interface SiteSettingRead {
  file: SourceFile;
  yamlErrors: YamlError[];
  /** Set when the document is not a mapping. */
  notMapping?: boolean;
  schema: SchemaProblem[];
}

/** Reads the site setting; the defaults where it is missing or cannot be read. */
export function readSiteSetting(file: SourceFile | undefined): { setting: SiteSetting; read: SiteSettingRead | undefined } {
  if (!file) return { setting: DEFAULT_SITE_SETTING, read: undefined };
  const read: SiteSettingRead = { file, yamlErrors: [], schema: [] };
  if (file.text === undefined) return { setting: DEFAULT_SITE_SETTING, read };
  const yaml = readYaml(file.text);
  if (!yaml.ok) return { setting: DEFAULT_SITE_SETTING, read: { ...read, yamlErrors: yaml.errors } };
  const data = yaml.yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { setting: DEFAULT_SITE_SETTING, read: { ...read, notMapping: true } };
  const result = siteSettingSchema.safeParse(data);
  if (!result.success)
    return { setting: DEFAULT_SITE_SETTING, read: { ...read, schema: schemaProblems(result.error.issues, yaml.yaml, siteSettingSchema) } };
  return { setting: result.data, read };
}
