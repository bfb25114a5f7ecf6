/**
 * Every page's script, compiled by the build to `assets/page.js`
 * (`src/build/browser-bundles.ts`): small improvements for readers with
 * JavaScript. Without it the pages work as they are: "Länk till punkten" and
 * a question's `#` are plain links to the anchor, and there is no print
 * button (the browser's print works). No inline script: the
 * Content-Security-Policy allows scripts from the site only.
 */
import { addCopyButtons } from './copy-link.ts';
import { showPrintTools } from './print.ts';
import { unfoldSlides } from './slides.ts';
import { showWhatsNew } from './whats-new.ts';

/** Adds the copy and share buttons, unfolds slide text for links and print, shows the print tools and marks what is new since the last visit. */
function startPage(window: Window): void {
  addCopyButtons(window);
  unfoldSlides(window);
  showPrintTools(window);
  showWhatsNew(window);
}

startPage(window);
