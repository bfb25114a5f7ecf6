/**
 * The mechanical fixes the check makes itself (`npm run check -- --fix`, and
 * "Rätta automatiskt" in Redaktionen): only changes that cannot change what a
 * meeting says. Invisible characters pasted from other programs are removed
 * (Word's manual line break becomes a space), letters written as a letter and
 * a combining mark become one letter (NFC), headings lose their trailing
 * spaces and their non-breaking spaces become ordinary ones, line endings
 * become LF and a byte order mark goes, and the guidance comment of `npm run
 * new` goes once the meeting has agenda items. Anything that could change the
 * meaning (a misspelt name, a missing comma) is never applied here: the
 * check's message suggests it. Pure: text in, text and what was changed out.
 */

import { count } from '../core/count.ts';
import { CONTROL_CLASS } from '../core/text.ts';

/** One change, at the line it was made (1-based, in the text before the change), in Swedish. */
export interface AppliedFix {
  line: number;
  what: string;
}

/**
 * The control characters that never belong in text ({@link CONTROL_CLASS}) but Word's manual line break,
 * U+000B, which is not removed but made a space (below).
 */
const INVISIBLE = new RegExp(`(?!\\u000B)${CONTROL_CLASS}`, 'g');

/** Word's manual line break (Shift+Enter), which reads as a space. */
const MANUAL_BREAK = /\u000B/g;

/** Spaces that look like spaces but are not, in headings (where they end up in anchors and the search). */
const ODD_SPACES = /[\u00A0\u202F\u2007]/g;

/** The guidance comment that `npm run new` writes below the front matter. */
const NEW_MEETING_GUIDANCE =
  /\n<!--\nSkriv varje dagordningspunkt som en rubrik som börjar med ##[\s\S]*?Den här kommentaren publiceras inte; ta bort den när du vill\.\n-->\n/;

/** Applies every fix that cannot change meaning to `text`. */
export function fixText(text: string): { text: string; fixes: AppliedFix[] } {
  const fixes: AppliedFix[] = [];
  let fixed = text;
  if (fixed.startsWith('\uFEFF')) {
    fixed = fixed.slice(1);
    fixes.push({ line: 1, what: 'Tog bort ett osynligt byte order mark (BOM) först i filen.' });
  }
  if (/\r/.test(fixed)) {
    fixed = fixed.replace(/\r\n?/g, '\n');
    fixes.push({ line: 1, what: 'Gjorde om radsluten till vanliga radbrytningar (LF).' });
  }
  const lines = fixed.split('\n').map((line, index) => {
    let next = line;
    const invisible = next.match(INVISIBLE)?.length ?? 0;
    if (invisible) {
      next = next.replace(INVISIBLE, '');
      fixes.push({ line: index + 1, what: `Tog bort ${count(invisible, 'osynligt styrtecken', 'osynliga styrtecken')}.` });
    }
    const breaks = next.match(MANUAL_BREAK)?.length ?? 0;
    if (breaks) {
      next = next.replace(MANUAL_BREAK, ' ');
      fixes.push({
        line: index + 1,
        what: `Gjorde ${count(breaks, 'manuell radbrytning från Word', 'manuella radbrytningar från Word')} till mellanslag.`,
      });
    }
    const composed = next.normalize('NFC');
    if (composed !== next) {
      next = composed;
      fixes.push({
        line: index + 1,
        what: 'Skrev bokstäver som var skrivna med ett separat accenttecken (till exempel a + ¨) som en bokstav (ä).',
      });
    }
    if (/^\s{0,3}#{1,6}(?:\s|$)/.test(next)) {
      const spaced = next.replace(ODD_SPACES, ' ');
      if (spaced !== next) fixes.push({ line: index + 1, what: 'Gjorde hårda mellanslag i rubriken till vanliga.' });
      const trimmed = spaced.replace(/[ \t]+$/, '');
      if (trimmed !== spaced) fixes.push({ line: index + 1, what: 'Tog bort mellanslag sist i rubriken.' });
      next = trimmed;
    }
    return next;
  });
  fixed = lines.join('\n');
  const guidance = NEW_MEETING_GUIDANCE.exec(fixed);
  if (guidance && /^##\s+\S/m.test(fixed.slice(guidance.index + guidance[0].length))) {
    const line = fixed.slice(0, guidance.index + 1).split('\n').length;
    fixed = fixed.slice(0, guidance.index) + fixed.slice(guidance.index + guidance[0].length - 1);
    fixes.push({ line, what: 'Tog bort mallens kommentar om hur punkterna skrivs (den publicerades inte).' });
  }
  return { text: fixed, fixes };
}
