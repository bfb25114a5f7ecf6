/**
 * Rules: personal data that should not be published: Swedish personal
 * identity numbers and coordination numbers (personnummer,
 * samordningsnummer) and e-mail addresses. The whole file is scanned, front
 * matter and HTML comments included: they are not shown on the site, but the
 * minutes files are published in the repository.
 */
import type { FileReporter } from '../../core/diagnostics.ts';
import { defineRule } from './rule.ts';

/** `personal-identity-number` */
export const personalIdentityNumber = defineRule({
  id: 'personal-identity-number',
  severity: 'warning',
  when: 'Ett personnummer eller samordningsnummer (giltigt datum och kontrollsiffra), också i kommentarer och front matter.',
  fix: 'Ta bort det innan mötet publiceras.',
  example: 'Kontakta 811218-9876.',
});

/** `personal-email` */
export const personalEmail = defineRule({
  id: 'personal-email',
  severity: 'warning',
  when: 'En e-postadress, också i kommentarer och front matter.',
  fix: 'Ta bort en personlig adress. En aktörs publicerade kontaktadress läggs under emails i agencies.yml.',
  example: 'Mejla anna.andersson@kommun.se.',
});

/** The rules of this family, in the guide's order. */
export const RULES = [personalIdentityNumber, personalEmail];

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

const CANDIDATE = /(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?![\d-])/g;

/**
 * Finds personal identity numbers (YYMMDD-NNNN, YYYYMMDDNNNN, with `-`, `+`
 * or nothing) whose date exists and whose check digit is right. Coordination
 * numbers are the same with 60 added to the day.
 */
export function findIdentityNumbers(text: string): IdentityNumber[] {
  const found: IdentityNumber[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [written, century, yy, mm, dd, , serial] = match as unknown as [string, string | undefined, string, string, string, string, string];
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

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** E-mail addresses in text, with their offsets. */
export function findEmails(text: string): { text: string; index: number }[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}

/**
 * Warnings for personal data in a file's text (front matter, body and HTML
 * comments alike). Addresses in `allowedEmails` (published contacts from the
 * agency registry) are not reported.
 */
export function checkPersonalData(text: string, allowedEmails: ReadonlySet<string>, report: FileReporter['report']): void {
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const number of findIdentityNumbers(line)) {
      report(
          personalIdentityNumber,
          { line: index + 1, column: number.index + 1 },
          `${number.text} ser ut som ett ${number.kind} (giltigt datum och kontrollsiffra). Personnummer ska inte publiceras: ta bort det, också ur kommentarer och front matter, innan mötet publiceras.`,
          { actual: number.text },
      );
    }
    for (const email of findEmails(line)) {
      if (allowedEmails.has(email.text.toLowerCase())) continue;
      report(
          personalEmail,
          { line: index + 1, column: email.index + 1 },
          `E-postadressen ${email.text} publiceras med mötet. Är den en personlig adress, ta bort den eller skriv en funktionsadress. Är den en aktörs publicerade kontaktadress, lägg den under emails för aktören i agencies.yml.`,
          { actual: email.text },
      );
    }
  });
}
