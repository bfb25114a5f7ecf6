/**
 * Redaktionen's page, `/redaktion/index.html`: Decap CMS and the archive's
 * own code, nothing else. All addresses are relative, so the page works
 * when the site is served under a sub-path. Pure.
 */

/** The files the page loads, relative to `/redaktion/`. */
export const PAGE_SCRIPTS = {
  /** Sets `CMS_MANUAL_INIT` before Decap loads. */
  init: '../assets/redaktion-init.js',
  /** Decap CMS's own bundle, copied from the `decap-cms` package. */
  decap: 'vendor/decap-cms.js',
  /** The archive's parts (`src/browser/redaktion/main.ts`). */
  main: '../assets/redaktion.js',
  /** The stylesheet of the archive's parts in Decap. */
  style: '../assets/redaktion.css',
} as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's HTML for the archive called `name`. */
export function redaktionPage(name: string): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Redaktionen – ${escapeHtml(name)}</title>
<link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${PAGE_SCRIPTS.style}">
</head>
<body>
<noscript><p>Redaktionen behöver JavaScript. Slå på JavaScript i webbläsaren, eller använd Edge eller Chrome.</p></noscript>
<script src="${PAGE_SCRIPTS.init}"></script>
<script src="${PAGE_SCRIPTS.decap}"></script>
<script type="module" src="${PAGE_SCRIPTS.main}"></script>
</body>
</html>
`;
}
