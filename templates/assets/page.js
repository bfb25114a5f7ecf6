// Every page: small improvements for readers with JavaScript. Without it the
// pages work as they are: "Länk till punkten" and a question's # are plain
// links to the anchor, and there is no print button (the browser's print works).
// No inline script: the Content-Security-Policy allows scripts from the site only.
//
// - Each item's link becomes a "Kopiera länk" button, and each question gets
//   one after its heading: it copies the address of the item or question
//   (absolute, with its #anchor) and says so in a status message.
// - Slide text, folded away in details.slides, opens when a link leads into it
//   and when the page is printed.
// - Elements marked data-print-tools are shown; their data-print button prints.

const status = document.createElement('p');
status.className = 'copy-status';
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
document.body.append(status);

let hideTimer;
function announce(text) {
  status.textContent = text;
  status.classList.add('visible');
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => status.classList.remove('visible'), 6000);
}

/** Copies text to the clipboard: the Clipboard API, or a selected text area where it is missing. */
async function copy(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions): try the older way.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** A "Kopiera länk" button for the address `href` (a #anchor on this page); `context` names what it links to, for screen readers. */
function copyButton(href, context) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.append('Kopiera länk');
  if (context) {
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = context;
    button.append(hidden);
  }
  button.addEventListener('click', async () => {
    const url = new URL(href, location.href).href;
    if (await copy(url)) announce(`Länken är kopierad: ${url}`);
    else announce(`Det gick inte att kopiera. Adressen är ${url}`);
  });
  return button;
}

// Items: the plain link at the end of each item is replaced by the button.
for (const link of document.querySelectorAll('a.copy-link')) {
  const context = link.querySelector('.visually-hidden')?.textContent ?? '';
  link.replaceWith(copyButton(link.getAttribute('href'), context));
}

// Questions: the heading keeps its # link; a button follows the heading.
for (const anchor of document.querySelectorAll('.minutes h3 > a.anchor-link')) {
  const heading = anchor.parentElement;
  const row = document.createElement('p');
  row.className = 'copy-row';
  const button = copyButton(anchor.getAttribute('href'), ' till frågan');
  if (heading.id) button.setAttribute('aria-describedby', heading.id);
  row.append(button);
  heading.after(row);
}

// Slide text is folded away (details.slides): opened when a link leads into it, and for printing.
function openTarget() {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const slides = target?.querySelector('details.slides') ?? target?.closest('details.slides');
  if (slides) slides.open = true;
}
openTarget();
window.addEventListener('hashchange', openTarget);
const closedForPrint = [];
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details.slides:not([open])')) {
    details.open = true;
    closedForPrint.push(details);
  }
});
window.addEventListener('afterprint', () => {
  for (const details of closedForPrint.splice(0)) details.open = false;
});

for (const tools of document.querySelectorAll('[data-print-tools]')) {
  tools.hidden = false;
  for (const button of tools.querySelectorAll('[data-print]')) button.addEventListener('click', () => window.print());
}
