/**
 * The minutes files' names: `YYYY-MM-DD-name.md`. The date gives the meeting's
 * URL, so there is one file per date. The one place that answers "which file
 * is the meeting on this date".
 */
import { slugify } from './slug.ts';

/** The network's name, used in the default title and file name. */
export const DEFAULT_NETWORK = 'Socialchefsnätverket';

/** `YYYY-MM-DD-name.md`: the date first, then lower-case letters a–z, digits and hyphens. */
export const MINUTES_FILE_NAME = /^(\d{4}-\d{2}-\d{2})(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?\.md$/i;

/** The file name for a meeting: `2021-03-02-socialchefsnatverket.md`. */
export function minutesFileName(date: string, network = DEFAULT_NETWORK): string {
  return `${date}-${slugify(network)}.md`;
}

/** The date a minutes file's name gives, or undefined when the name does not follow the pattern. */
export function dateOfMinutesFile(file: string): string | undefined {
  return MINUTES_FILE_NAME.exec(file.split(/[\\/]/).at(-1) ?? file)?.[1];
}

/** The files (of `files`, paths or names) that hold the meeting on `date`, in the order given. */
export function minutesFilesOn(date: string, files: readonly string[]): string[] {
  return files.filter((file) => dateOfMinutesFile(file) === date);
}
