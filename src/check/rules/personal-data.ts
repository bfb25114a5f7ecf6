/**
 * Rules: personal data that should not be published: Swedish personal
 * identity numbers and coordination numbers (personnummer,
 * samordningsnummer) and e-mail addresses. The whole file is scanned, front
 * matter and HTML comments included: they are not shown on the site, but the
 * minutes files are published in the repository.
 */
import type { Position } from '../../core/diagnostics.ts';
import { lineText, normalizeForScan, type ScanText } from '../scan-text.ts';
import type { PublishedSubject } from '../subjects.ts';
import { EXAMPLE_BODY, meeting } from './example-archive.ts';
import { defineRule, type Report } from './rule.ts';

const withBody = (extra: string) => ({ 'minutes/2021-03-02-socialchefsnatverket.md': meeting(undefined, `${EXAMPLE_BODY}\n${extra}\n`) });

/** `personal-identity-number` */
export const personalIdentityNumber = defineRule<PublishedSubject>(
  {
    id: 'personal-identity-number',
    severity: 'warning',
    phase: 'published',
    when: 'Ett personnummer eller samordningsnummer (giltigt datum och kontrollsiffra), också i kommentarer och front matter.',
    fix: 'Personnummer ska inte publiceras: ta bort det, också ur kommentarer och front matter, innan mötet publiceras.',
    examples: [
      {
        files: withBody('Kontakta 811218-9876.'),
        message: '15:10: 811218-9876 ser ut som ett personnummer (giltigt datum och kontrollsiffra).',
      },
    ],
  },
  (subject, report) => {
    scanAll(subject, report, (text, place, found) => {
      for (const number of findIdentityNumbers(text)) {
        const where = place(number.index);
        found(
          `${where.line}:${number.text.replace(/\D/g, '').slice(-10)}`,
          where,
          `${number.text} ser ut som ett ${number.kind} (giltigt datum och kontrollsiffra).`,
          number.text,
        );
      }
    });
  },
);

/** `personal-email` */
export const personalEmail = defineRule<PublishedSubject>(
  {
    id: 'personal-email',
    severity: 'warning',
    phase: 'published',
    when: 'En e-postadress, också i kommentarer och front matter.',
    fix: 'Är den en personlig adress, ta bort den eller skriv en funktionsadress. Är den en aktörs publicerade kontaktadress, lägg den under emails för aktören i agencies.yml.',
    examples: [
      {
        files: withBody('Mejla anna.andersson@kommun.se.'),
        message: '15:7: E-postadressen anna.andersson@kommun.se publiceras med mötet.',
      },
    ],
  },
  (subject, report) => {
    scanAll(subject, report, (text, place, found) => {
      for (const email of findEmails(text)) {
        if (subject.allowedEmails.has(email.text.toLowerCase())) continue;
        const where = place(email.index);
        found(`${where.line}:${email.text.toLowerCase()}`, where, `E-postadressen ${email.text} publiceras med mötet.`, email.text);
      }
    });
  },
);

/** `personal-phone` */
export const personalPhone = defineRule<PublishedSubject>(
  {
    id: 'personal-phone',
    severity: 'warning',
    phase: 'published',
    when: 'Ett svenskt mobilnummer (070, 072, 073, 076, 079, också som +46 7…), också i kommentarer och front matter: ett mobilnummer hör oftast till en person.',
    fix: 'Ta bort numret, eller skriv aktörens växel- eller funktionsnummer i stället.',
    examples: [
      {
        files: withBody('Ring Anna på 070-123 45 67.'),
        message: '15:14: Mobilnumret 070-123 45 67 publiceras med mötet.',
      },
    ],
  },
  (subject, report) => {
    scanAll(subject, report, (text, place, found) => {
      for (const phone of findMobileNumbers(text)) {
        const where = place(phone.index);
        found(
          `${where.line}:${phone.text.replace(/\D/g, '').slice(-9)}`,
          where,
          `Mobilnumret ${phone.text} publiceras med mötet.`,
          phone.text,
        );
      }
    });
  },
);

/** A Swedish mobile number: 07X and seven more digits, with spaces or hyphens anywhere, or +46/0046 7X …. */
const MOBILE = /(?<![\d+])(?:(?:\+|00)46[ -]?(?:\(0\))?[ -]?|0)7[02369](?:[ -]?\d){7}(?![\d-])/g;

/** Swedish mobile numbers in text, with their offsets. Run it on text made by {@link normalizeForScan}. */
export function findMobileNumbers(text: string): { text: string; index: number }[] {
  return [...text.matchAll(MOBILE)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}

/** The rules of this family, in the guide's order. */
export const RULES = [personalIdentityNumber, personalEmail, personalPhone];

/** Finds in one piece of text (as the reader's form), placing each finding; `found` reports it once per key. */
type Scan = (
  text: string,
  place: (index: number) => Position,
  found: (key: string, place: Position, reason: string, actual: string) => void,
) => void;

/** Text with every run of white space one space, to compare a YAML value with the lines it was read from. */
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Runs `scan` over every line as written (front matter, comments and registries are published in the
 * repository), then over the file's text as published (the body's text, alt text, addresses and titles,
 * YAML values with their escapes decoded, the file name). A piece placed as a whole (a YAML value, an
 * address) whose text stands as written from its line on was read with its lines and is not scanned again.
 * What is found twice on one line is reported once.
 */
function scanAll(subject: PublishedSubject, report: Report, scan: Scan): void {
  const reported = new Set<string>();
  const found = (key: string, place: Position, reason: string, actual: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    report(place, reason, { actual });
  };
  const lines = subject.text.split('\n');
  /** True when a piece placed as a whole stands as written from its line on (no escape, no reference). */
  const asWritten = (piece: ScanText) => {
    const text = collapse(piece.text);
    // Its own lines: from its line, as many as it takes to hold as many characters as it has.
    let from = '';
    for (let line = piece.placeAt(0).line - 1; line < lines.length && from.length < text.length + 1; line++) {
      from = collapse(`${from} ${line === piece.placeAt(0).line - 1 ? lines[line]!.slice(piece.placeAt(0).column - 1) : lines[line]}`);
    }
    return from.includes(text);
  };
  const pieces: ScanText[] = [
    ...lines.map((line, index) => lineText(line, index + 1)),
    ...subject.published.filter((piece) => !piece.whole || !asWritten(piece)),
  ];
  for (const piece of pieces) {
    const { text, at } = normalizeForScan(piece.text);
    scan(text, (index) => piece.placeAt(at[index] ?? 0), found);
  }
}

/** True when the ten digits pass the Luhn check that personal identity numbers use. */
export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    const product = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === 0;
}

/** A personal identity number or coordination number found in text. */
export interface IdentityNumber {
  /** As written. */
  text: string;
  /** Character offset in the text. */
  index: number;
  kind: 'personnummer' | 'samordningsnummer';
}

/**
 * Ten or twelve digits with an optional separator before the last four: `-`, `+` or a space, a hyphen
 * with spaces around it (`850709 - 9805`), or one line break (with spaces) where a line was wrapped. Not
 * inside a longer run of digits; a hyphen before it is allowed (`Pnr-850709-9805`, a file name's
 * `2021-06-01-850709-9805`).
 */
const CANDIDATE = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})( ?[-+] ?| |[ \t]*\n[ \t]*|)(\d{4})(?![\d-])/g;

/**
 * Finds personal identity numbers (YYMMDD-NNNN, YYYYMMDDNNNN, with `-`, `+`,
 * a space, ` - `, a line break or nothing between) whose date exists and whose check digit is
 * right. Coordination numbers are the same with 60 added to the day. Run it on
 * text made by {@link normalizeForScan}, so that other dashes, spaces,
 * invisible characters and full-width digits count too.
 */
export function findIdentityNumbers(text: string): IdentityNumber[] {
  const found: IdentityNumber[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [written, century, yy, mm, dd, , serial] = match as unknown as [
      string,
      string | undefined,
      string,
      string,
      string,
      string,
      string,
    ];
    const month = Number(mm);
    const rawDay = Number(dd);
    const coordination = rawDay > 60;
    const day = coordination ? rawDay - 60 : rawDay;
    const year = century ? Number(`${century}${yy}`) : 2000 + Number(yy);
    if (century && !['18', '19', '20'].includes(century)) continue;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    if (!luhnValid(`${yy}${mm}${dd}${serial}`)) continue;
    found.push({ text: written, index: match.index ?? 0, kind: coordination ? 'samordningsnummer' : 'personnummer' });
  }
  return found;
}

/** A local part cannot start or end with a dot (`this.@x.call` is code, not an address). */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}/gu;

/** E-mail addresses in text, with their offsets. Run it on text made by {@link normalizeForScan}. */
export function findEmails(text: string): { text: string; index: number }[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}
