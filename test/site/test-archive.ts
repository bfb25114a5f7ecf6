/**
 * The reading tests' archive: the bundled minutes plus generated meetings with
 * what real minutes contain and the seeds do not: a long code line, a wide
 * table, long unbroken words, strikethrough, a title with its own number,
 * decisions and follow-ups, an introduction, an agency whose aliases repeat
 * each other, and a meeting with no agenda at all (its title without a date).
 */
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyToTemp } from '../support/helpers.ts';

/** A word longer than any screen is wide. */
export const LONG_WORD = `Socialtjänst${'förvaltnings'.repeat(12)}organisationen`;

/** The generated meetings' ids. */
export const WIDE_MEETING = '2021-04-13';
export const EMPTY_MEETING = '2021-04-20';

/** The first line of the meeting with no agenda. */
export const EMPTY_MEETING_TEXT = 'Mötet ställdes in med kort varsel. Nästa möte hålls som vanligt.';

const WIDE = `---
title: Socialchefsnätverket 13 april 2021
date: ${WIDE_MEETING}
speakers:
  - name: Anders Tegnell
    agency: FoHM
  - name: Xabier Rodríguez
    agency: Igalia
agencies: [FoHM, Igalia]
topics: [Vaccination]
---

Mötet hölls digitalt. Ordförande var ${LONG_WORD}.

## 13. Budget och vaccinet (Anders Tegnell, FoHM)

Om vaccinet: ordet ${LONG_WORD} är långt, och så är adressen https://example.se/${'mycket-lang-sokvag/'.repeat(8)}.

| Kommun | Vaccinerade januari | Vaccinerade februari | Vaccinerade mars | Vaccinerade april | Kommentar om vaccinationsläget i kommunen |
|---|---|---|---|---|---|
| Storstadskommunen | 12 000 | 14 000 | 18 000 | 22 000 | ${LONG_WORD} |
| Landsbygdskommunen | 1 200 | 1 400 | 1 800 | 2 200 | Leveranserna av vaccin räcker inte till alla boenden i kommunen |

\`\`\`
const rapport = hämtaVaccinationsläget({ kommuner: ['Storstadskommunen', 'Landsbygdskommunen', 'Skärgårdskommunen'], månader: ['januari', 'februari', 'mars', 'april'] });
\`\`\`

~~Mötet den 27 april ställs in.~~ Mötet den 27 april hålls som vanligt.

Beslut: Budgeten för vaccinationsinformation antogs.

### Hur länge räcker ${LONG_WORD}s budget?

FoHM: Den räcker året ut.

Uppföljning: FoHM återkommer med siffror i maj.

## Igalias rapport med ett mycket långt ord i rubriken: ${LONG_WORD} (Xabier Rodríguez, Igalia)

Igalia, S.L. rapporterar om arbetet. \`en_mycket_lang_kodrad_utan_mellanslag_${'och_mer_'.repeat(20)}slut\`
`;

const EMPTY = `---
title: Extramöte om vaccinationsläget
date: ${EMPTY_MEETING}
---

${EMPTY_MEETING_TEXT}

Frågorna från förra mötet tas upp nästa gång.
`;

/** An agency with aliases that repeat each other and its name ("Skrivs också: Igalia S.L., Igalia, S.L, Igalia, S.L.." on the old page). */
const IGALIA = `
- id: igalia
  name: Igalia
  aliases: [Igalia S.L., S.L, "Igalia, S.L."]
`;

/** Copies the bundled minutes into a temporary folder, adds the generated meetings and returns the folder. */
export async function testArchive(): Promise<string> {
  const minutes = await copyToTemp('minutes');
  await writeFile(path.join(minutes, `${WIDE_MEETING}-socialchefsnatverket.md`), WIDE);
  await writeFile(path.join(minutes, `${EMPTY_MEETING}-extramote.md`), EMPTY);
  await appendFile(path.join(minutes, 'agencies.yml'), IGALIA);
  return minutes;
}
