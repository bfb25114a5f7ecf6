/**
 * The print tools: elements marked `data-print-tools` are hidden without
 * JavaScript; shown, their `data-print` buttons print the page.
 */

/** Shows the print tools and makes their buttons print. */
export function showPrintTools(window: Window): void {
  for (const tools of Array.from(window.document.querySelectorAll<HTMLElement>('[data-print-tools]'))) {
    tools.hidden = false;
    for (const button of Array.from(tools.querySelectorAll('[data-print]'))) button.addEventListener('click', () => window.print());
  }
}
