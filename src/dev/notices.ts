/**
 * What the box over the preview's pages says (see `live-reload.ts`): the
 * check's errors after a save, or why a build failed after its check passed.
 * Pure.
 */
import { type Diagnostic, formatDiagnostic, summarize } from '../core/diagnostics.ts';
import type { Notice } from './live-reload.ts';

/** The most messages the box lists; the terminal has them all. */
export const NOTICE_LINES = 30;

/** The box for a check with errors: the errors (not the warnings), at most {@link NOTICE_LINES} of them, and the summary. */
export function errorNotice(diagnostics: readonly Diagnostic[], filesChecked: number): Notice {
  const errors = diagnostics.filter((d) => d.fatal).map(formatDiagnostic);
  const lines =
    errors.length > NOTICE_LINES
      ? [...errors.slice(0, NOTICE_LINES), `… och ${errors.length - NOTICE_LINES} till (se terminalen).`]
      : errors;
  return {
    title: 'Sidan kunde inte byggas om',
    intro: `Kontrollen hittade fel: ${summarize(diagnostics, filesChecked)} Förhandsvisningen visar den senaste fungerande versionen tills felen är rättade och filen sparad.`,
    lines,
  };
}

/** The box for a build that failed after its check passed: what the build printed, but its warnings, at most the last {@link NOTICE_LINES} lines. */
export function failureNotice(output: string): Notice {
  const lines = output
    .split('\n')
    .filter((line) => line.trim() && !/:\d+:\d+: varning: /.test(line))
    .slice(-NOTICE_LINES);
  return { title: 'Arkivet kunde inte byggas', intro: 'Förhandsvisningen visar den senaste fungerande versionen.', lines };
}

/**
 * What the terminal says when a full build of the files as they were at save `built` is done, so that its
 * last line agrees with the pages: when a later save's errors are in the box (`shown`, the box's save, -1
 * for none), the build is said to be of the files before that save, and the errors to stand.
 */
export function fullBuildLines(built: number, shown: number, ms: number): string[] {
  const done = `Byggde hela arkivet på ${ms} ms.`;
  if (shown <= built) return [done];
  return [
    `Byggde hela arkivet på ${ms} ms, från filerna före den senaste ändringen.`,
    'Den senaste ändringen har fel (se ovan): sidorna visar felen över den senaste fungerande versionen tills de är rättade och filen sparad.',
  ];
}
