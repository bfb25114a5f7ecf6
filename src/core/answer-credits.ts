/**
 * Who answered a question, as the meeting page shows it under the question's heading: "Svar från FoHM",
 * each agency a link to its page. One home for the site's meeting page (`site/views/meeting.ts`) and
 * Redaktionen's preview (`redaktion/meeting-preview.ts`), which the browser tests compare.
 */

/** A question as the credits need it: its anchor and the agencies that answered it. */
export interface CreditedQuestion {
  anchor: string;
  answeringAgencyIds: readonly string[];
}

/** An agency's link: where its page is and how it is labelled. */
export interface AgencyLink {
  url: string;
  label: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An item's HTML with, under the heading of each question an agency answered, `<p class="answered-by">Svar
 * från <a …>FoHM</a></p>`. Agencies `linkOf` does not know are left out; a question with none gets nothing.
 */
export function creditAnswers(
  html: string,
  questions: readonly CreditedQuestion[],
  linkOf: (agencyId: string) => AgencyLink | undefined,
): string {
  const credits = new Map(
    questions
      .map((q) => [q.anchor, q.answeringAgencyIds.flatMap((id) => linkOf(id) ?? [])] as const)
      .filter(([, links]) => links.length > 0),
  );
  if (credits.size === 0) return html;
  return html.replace(/<h3 id="([^"]+)">[\s\S]*?<\/h3>/g, (heading, anchor: string) => {
    const links = credits.get(anchor);
    if (!links) return heading;
    return `${heading}\n<p class="answered-by">Svar från ${links.map((a) => `<a href="${escapeHtml(a.url)}">${escapeHtml(a.label)}</a>`).join(', ')}</p>`;
  });
}
