/**
 * What the preview adds to pages in the browser: a small script that reloads
 * the page when the site was rebuilt, and shows the check's messages in a
 * box over the page while the files have errors (so that a save with errors
 * is seen where the secretary looks, not only in the terminal). Also the
 * page shown while the site is being built. The server (`serve.ts`) serves
 * the script and the event stream it listens to.
 */
import { PAGE_IDS } from '../core/urls.ts';

/** The event stream pages listen to. */
export const EVENTS_PATH = '/__reload';

/** The script every page gets. */
export const SCRIPT_PATH = `${EVENTS_PATH}.js`;

/** What the box over the page says. */
export interface Notice {
  /** Its heading: `Sidan kunde inte byggas om`. */
  title: string;
  /** One sentence under the heading: what it means for the page shown. */
  intro: string;
  /** The messages, one a line: `minutes/…md:4:1: Okänt fält … [front-matter-unknown-field]`. */
  lines: string[];
}

/** The tag that loads the script, placed before `</body>`. */
export const SCRIPT_TAG = `<script src="${SCRIPT_PATH}" type="module"></script>`;

/** The id of the box, for tests and styles. */
export const NOTICE_ID = PAGE_IDS.notice;

/**
 * The browser script: listens to the event stream; `reload` reloads the page, `notice` shows the
 * box (or removes it when its data is `null`). The box is built with DOM calls and `textContent`
 * (never HTML from the messages) and styled through the CSSOM, which a strict Content-Security-Policy
 * allows. It is an alert (read out when it appears), has a heading, and a button (or Escape) hides it
 * until the next notice.
 */
export const RELOAD_SCRIPT = `const id = ${JSON.stringify(NOTICE_ID)};
const source = new EventSource(${JSON.stringify(EVENTS_PATH)});
source.addEventListener('reload', () => location.reload());
source.addEventListener('notice', (event) => show(JSON.parse(event.data)));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') document.getElementById(id)?.remove();
});

function show(notice) {
  document.getElementById(id)?.remove();
  if (!notice) return;
  const box = document.createElement('section');
  box.id = id;
  box.lang = 'sv';
  box.setAttribute('role', 'alert');
  box.setAttribute('aria-labelledby', id + '-rubrik');
  Object.assign(box.style, {
    position: 'fixed', top: '0', left: '0', right: '0', zIndex: '2147483647', maxHeight: '60vh', overflow: 'auto',
    boxSizing: 'border-box', padding: '1rem 1.25rem', background: '#ffffff', color: '#1b1b1b',
    borderTop: '0.5rem solid #b3261e', borderBottom: '2px solid #1b1b1b', boxShadow: '0 0.25rem 1rem rgba(0, 0, 0, 0.35)',
    font: '1rem/1.5 system-ui, sans-serif', textAlign: 'left',
  });
  const heading = document.createElement('h2');
  heading.id = id + '-rubrik';
  heading.textContent = notice.title;
  Object.assign(heading.style, { margin: '0 0 0.5rem', fontSize: '1.25rem', color: '#b3261e' });
  const intro = document.createElement('p');
  intro.textContent = notice.intro;
  Object.assign(intro.style, { margin: '0 0 0.5rem' });
  const list = document.createElement('ul');
  Object.assign(list.style, { margin: '0 0 0.75rem', paddingLeft: '1.25rem' });
  for (const line of notice.lines) {
    const item = document.createElement('li');
    item.textContent = line;
    Object.assign(item.style, { fontFamily: 'ui-monospace, monospace', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginBottom: '0.25rem' });
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dölj meddelandena';
  Object.assign(close.style, { font: 'inherit', padding: '0.375rem 0.875rem', cursor: 'pointer' });
  close.addEventListener('click', () => box.remove());
  box.append(heading, intro, list, close);
  document.body.prepend(box);
}
`;

/** The HTML of a page with `heading` and `text`, the reload script, and (while building) a refresh every few seconds in case the script cannot run. */
function page(heading: string, text: string, refresh: boolean): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="5">\n' : ''}<title>${heading}</title>
</head>
<body>
<main>
<h1>${heading}</h1>
<p>${text}</p>
</main>
${SCRIPT_TAG}
</body>
</html>
`;
}

/** The page every address answers with while the site is being built for the first time. */
export const BUILDING_PAGE = page(
  'Arkivet byggs …',
  'Förhandsvisningen bygger arkivet. Sidan laddas om av sig själv när bygget är klart.',
  true,
);

/** The page every address answers with when there is no built site (the first build failed). */
export const NOT_BUILT_PAGE = page(
  'Arkivet är inte byggt',
  'Det finns ännu inget byggt arkiv att visa. Rätta felen som står i terminalen och spara filen igen: sidan laddas om när bygget lyckas.',
  false,
);
