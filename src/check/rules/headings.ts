/**
 * Rules: agenda item headings have a title and a readable parenthesis of
 * presenters (`## Titel (Namn, Aktör)`), and no heading uses a single `#`.
 */
import type { MinutesSubject } from '../subjects.ts';
import { EXAMPLE_BODY, meeting } from './example-archive.ts';
import { defineRule } from './rule.ts';

const PARENTHESIS_FORM = 'Skriv den som (Namn, Aktör) eller (Namn, Namn, Aktör & Namn, Aktör)';

const withBody = (body: string) => ({ 'minutes/2021-03-02-socialchefsnatverket.md': meeting(undefined, body) });

/** `heading-parenthesis` */
export const headingParenthesis = defineRule<MinutesSubject>(
  {
    id: 'heading-parenthesis',
    severity: 'error',
    phase: 'minutes',
    when: 'Parentesen efter en rubrik kan inte läsas: den stängs aldrig, är tom, innehåller en parentes till, formatering eller två skiljetecken i rad, eller ett kommatecken saknas mellan namn och aktör.',
    fix: `${PARENTHESIS_FORM}; hör parentesen till titeln, skriv \\) sist.`,
    examples: [
      {
        files: withBody(EXAMPLE_BODY.replace('(Anders Tegnell, FoHM)', '(Anders Tegnell, FoHM')),
        message: '11:22: Parentesen i rubriken kan inte läsas: parentesen stängs aldrig; förväntade ")" sist i rubriken.',
      },
      {
        files: withBody(EXAMPLE_BODY.replace('(Anders Tegnell, FoHM)', '(Anders Tegnell FoHM)')),
        message: '11:23: Ett kommatecken saknas mellan "Anders Tegnell" och "FoHM" i rubrikens parentes, så de lästes som ett namn.',
      },
    ],
  },
  (file, report) => {
    for (const problem of file.findings.parentheses) {
      report(
        problem.place,
        problem.formatted
          ? 'Parentesen sist i rubriken innehåller formatering (kod, länk, fet eller kursiv stil) och kan inte läsas som namn och aktörer.'
          : `Parentesen i rubriken kan inte läsas: ${problem.problem}.`,
        problem.formatted ? { note: `${PARENTHESIS_FORM}, utan formatering; hör parentesen till titeln, skriv \\) sist.` } : {},
      );
    }
    for (const missing of file.findings.missingCommas) {
      report(
        missing.place,
        `Ett kommatecken saknas mellan "${missing.person}" och "${missing.agency}" i rubrikens parentes, så de lästes som ett namn.`,
        {
          note: `Skriv (${missing.person}, ${missing.agency}).`,
          actual: missing.written,
          expected: [`${missing.person}, ${missing.agency}`],
        },
      );
    }
  },
);

/** `heading-empty` */
export const headingEmpty = defineRule<MinutesSubject>(
  {
    id: 'heading-empty',
    severity: 'warning',
    phase: 'minutes',
    when: 'En rubrik med ## men utan titel. Den blir ingen dagordningspunkt: texten under den visas som en del av punkten ovanför (eller inledningen).',
    fix: 'Skriv titeln om det är en egen punkt, annars ta bort raden med ##.',
    examples: [
      {
        files: withBody(`${EXAMPLE_BODY}\n##\n\nMer text.\n`),
        message:
          '15:1: Rubriken är tom: förväntade punktens titel efter ##. Texten under den visas som en del av punkten ovanför ("Vaccinationsläget (Anders Tegnell, FoHM)").',
      },
    ],
  },
  (file, report) => {
    for (const empty of file.parsed.emptyHeadings) {
      const into = empty.into !== undefined ? `punkten ovanför ("${empty.into}")` : 'inledningen före den första punkten';
      report(empty.place, `Rubriken är tom: förväntade punktens titel efter ##. Texten under den visas som en del av ${into}.`);
    }
  },
);

/** `heading-level` */
export const headingLevel = defineRule<MinutesSubject>(
  {
    id: 'heading-level',
    severity: 'error',
    phase: 'minutes',
    when: 'En rubrik med en enda #. Mötets rubrik står i title.',
    fix: 'Skriv ## för en dagordningspunkt och ### för en underrubrik.',
    examples: [
      {
        files: withBody(`# Lägesrapport\n\n${EXAMPLE_BODY}`),
        message: '11:1: Rubriker med en # används inte: mötets titel står i front matter (title).',
      },
    ],
  },
  (file, report) => {
    for (const heading of file.parsed.singleHashHeadings) {
      report(heading.place, 'Rubriker med en # används inte: mötets titel står i front matter (title).', {
        note: `Skriv "## ${heading.text}" om det är en dagordningspunkt, annars "### …" för en underrubrik.`,
      });
    }
  },
);

/** The rules of this family, in the guide's order. */
export const RULES = [headingParenthesis, headingEmpty, headingLevel];
