/**
 * The search page's script, compiled by the build to `assets/search.js`
 * (`src/build/browser-bundles.ts`): Pagefind in the browser over the index
 * built by `src/search/search.ts`, one record per meeting, whose agenda items
 * (`<h2>`) and questions (`<h3>`) are Pagefind's sub-results. A result is a
 * meeting with the items that matched, each a deep link; the filters hold
 * meetings, and under each meeting only the items the chosen filters hold are
 * shown. Query, filters and order live in the URL (`?q=…&amne=…`), so results
 * can be shared and back and forward work. No inline script, and no HTML but
 * escaped text and Pagefind's `<mark>` highlights.
 */
import { startSearchPage } from './page.ts';

// The script is `assets/search.js`: the site's root is the folder above it.
startSearchPage(document, window, new URL('../', import.meta.url));
