/**
 * The archive every rule's examples are laid over: two registries and one
 * meeting that together give no message at all. An example replaces or adds
 * files (`RuleExample.files`); the guide shows each example with the message
 * it gives, and `test/check/rules/examples.test.ts` runs them all.
 */

/** The folder of the example archive, as messages name it. */
export const EXAMPLE_DIR = 'minutes';

/** The example meeting's path. */
export const EXAMPLE_MINUTES = `${EXAMPLE_DIR}/2021-03-02-socialchefsnatverket.md`;

/** The example agency registry's path. */
export const EXAMPLE_AGENCIES = `${EXAMPLE_DIR}/agencies.yml`;

/** The example topic registry's path. */
export const EXAMPLE_TOPICS = `${EXAMPLE_DIR}/topics.yml`;

/** The example agency registry: three agencies, one with a short name and an alias. */
export const EXAMPLE_AGENCY_REGISTRY = `- id: socialstyrelsen
  name: Socialstyrelsen
- id: fohm
  name: Folkhälsomyndigheten
  short: FoHM
  aliases: [FHM]
- id: skr
  name: Sveriges Kommuner och Regioner
  short: SKR
`;

/** The example topic registry: two topics with their signal words. */
export const EXAMPLE_TOPIC_REGISTRY = `- id: vaccination
  name: Vaccination
  description: Vaccination mot covid-19.
  signals: [vaccin]
- id: besoksforbud
  name: Besöksförbud
  description: Besöksförbud på äldreboenden.
  signals: [besöksförbud]
`;

/** The example meeting's front matter fields (lines 2–8 of the file). */
export const EXAMPLE_FRONT_MATTER = `title: Socialchefsnätverket 2 mars 2021
date: 2021-03-02
speakers:
  - name: Anders Tegnell
    agency: FoHM
agencies: [FoHM]
topics: [Vaccination]`;

/** The example meeting's body (from line 11). */
export const EXAMPLE_BODY = `## Vaccinationsläget (Anders Tegnell, FoHM)

Vaccinet ges först på särskilda boenden.
`;

/** A minutes file with `frontMatter` between its two `---` lines and then `body` (from line 11 with the example's front matter). */
export function meeting(frontMatter = EXAMPLE_FRONT_MATTER, body = EXAMPLE_BODY): string {
  return `---\n${frontMatter}\n---\n\n${body}`;
}

/** The example archive's files, path to text. */
export const EXAMPLE_ARCHIVE: Readonly<Record<string, string>> = {
  [EXAMPLE_AGENCIES]: EXAMPLE_AGENCY_REGISTRY,
  [EXAMPLE_TOPICS]: EXAMPLE_TOPIC_REGISTRY,
  [EXAMPLE_MINUTES]: meeting(),
};
