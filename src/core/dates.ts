/**
 * Dates as the archive writes them: `YYYY-MM-DD` in data and `<time datetime>`,
 * "19 januari 2021" in Swedish text. The one place month names live.
 */

/** Swedish month names, lower case, January first. */
export const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** `YYYY-MM-DD`, the shape of every date in the archive. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` (YYYY-MM-DD) is a date that exists in the calendar. */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Why `text` cannot be a meeting's date, in Swedish, or undefined when it is a
 * real `YYYY-MM-DD` date. `npm run new` and the import's `--datum` both ask this.
 */
export function meetingDateProblem(text: string): string | undefined {
  if (!ISO_DATE.test(text)) return `Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2021-03-02, men är "${text}".`;
  if (!isRealDate(text)) return `Datumet ${text} finns inte i kalendern.`;
  return undefined;
}

/** `2021-01-19` → `19 januari 2021`. */
export function swedishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`Not a date: ${iso}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** `19 januari 2021` (or `19 Januari 2021`) → `2021-01-19`; undefined when it is not such a date or not a real one. */
export function parseSwedishDate(text: string): string | undefined {
  const match = new RegExp(`^(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})$`, 'i').exec(text.trim());
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1;
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

/** `2021-01-19` → `2021-01-19T00:00:00Z`, for Atom and sitemaps. */
export function rfc3339(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00Z`;
}
