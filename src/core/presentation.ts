/**
 * Slide text: the sections of a meeting whose heading starts with
 * "Ur presentationen" ("Ur presentationen: Lägesrapport"). They are kept and
 * searchable but are not agenda items. The one place that knows the prefix:
 * the check tells such sections apart by it, and the meeting page's table of
 * contents lists them without it.
 */

/** The start of a slide-text heading: "Ur presentationen", then `:`, `–` or `-`, or nothing more. Any case. */
export const PRESENTATION_HEADING = /^ur presentationen(?:\s*[:–-]|$)/i;

/** True for the title of a section that holds slide text ("Ur presentationen: …"). */
export function isPresentationHeading(title: string): boolean {
  return PRESENTATION_HEADING.test(title.trim());
}

/**
 * The label of a slide-text section in the table of contents, under "Ur presentationerna":
 * its title without the prefix ("Ur presentationen: Lägesrapport" → "Lägesrapport"). A title
 * that is the prefix alone, or not slide text at all, stays as it is.
 */
export function presentationLabel(title: string): string {
  const trimmed = title.trim();
  return trimmed.replace(PRESENTATION_HEADING, '').trim() || trimmed;
}
