/**
 * A new, empty minutes file for a date: the front matter filled in and
 * commented, and a note on how to write the agenda items; and whether a
 * file is still that template, untouched. Pure.
 */
import { meetingDateProblem, swedishDate } from '../core/dates.ts';
import { DEFAULT_NETWORK } from '../core/minutes-files.ts';

/** The text of a new minutes file, or an error message (Swedish) for a date that is not a real YYYY-MM-DD date. */
export function newMinutes(date: string, network = DEFAULT_NETWORK): { text: string } | { error: string } {
  const problem = meetingDateProblem(date);
  if (problem) return { error: problem };
  const text = `---
# Mötets rubrik, som den visas på webbplatsen.
title: ${network} ${swedishDate(date)}
# Mötesdatum, ÅÅÅÅ-MM-DD. Samma datum som i filnamnet.
date: ${date}
# Alla som föredrog, var och en med sin aktör (namn, förkortning eller id från agencies.yml):
#   - name: Anders Tegnell
#     agency: FoHM
speakers: []
# Aktörerna som föredrog, till exempel [Socialstyrelsen, SKR, FoHM].
agencies: []
# Mötets ämnen från topics.yml, till exempel [Vaccination, Besöksförbud].
topics: []
---

<!--
Skriv varje dagordningspunkt som en rubrik som börjar med ## och avsluta
rubriken med vem som föredrog, inom parentes:

## Lägesrapport (Michaela Prochazka, Socialstyrelsen)

Texten för punkten, i stycken. Frågor under en punkt kan vara underrubriker (###).

Kontrollera med: npm run check. Förhandsgranska med: npm start.
Den här kommentaren publiceras inte; ta bort den när du vill.
-->
`;
  return { text };
}

/**
 * True when `text` is still the template {@link newMinutes} writes for `date`, untouched: the same text
 * after line endings (CRLF), a byte order mark and trailing white space at the end are set aside, for the
 * network its title names (`npm run new -- … --natverk` may have given another than the default).
 */
export function isUntouchedTemplate(text: string, date: string): boolean {
  const normal = (t: string) =>
    t
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .trimEnd();
  const written = normal(text);
  const title = /^title: (.+)$/m.exec(written)?.[1];
  const suffix = ` ${swedishDate(date)}`;
  if (!title?.endsWith(suffix)) return false;
  const template = newMinutes(date, title.slice(0, -suffix.length));
  return 'text' in template && normal(template.text) === written;
}
