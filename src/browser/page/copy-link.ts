/**
 * "Kopiera länk": each item's link to itself becomes a button, and each
 * question gets one after its heading. It copies the absolute address of the
 * item or question (with its `#anchor`) and says so in a status message.
 */
import type { Announcer } from './announce.ts';

/** What the status message says after a copy: the address copied, or the address to copy by hand. */
export function copiedText(url: string, copied: boolean): string {
  return copied ? `Länken är kopierad: ${url}` : `Det gick inte att kopiera. Adressen är ${url}`;
}

/** Copies text to the clipboard: the Clipboard API, or a selected text area where it is missing or refused. */
async function copy(window: Window, text: string): Promise<boolean> {
  if (window.navigator.clipboard && window.isSecureContext) {
    try {
      await window.navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions): try the older way.
    }
  }
  const document = window.document;
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

/** A "Kopiera länk" button for `href` (a `#anchor` on this page); `context` names what it links to, for screen readers. */
function copyButton(window: Window, announcer: Announcer, href: string, context: string): HTMLButtonElement {
  const document = window.document;
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
    const url = new URL(href, window.location.href).href;
    announcer.announce(copiedText(url, await copy(window, url)));
  });
  return button;
}

/** Turns the items' copy links into buttons and adds a button after each question's heading. */
export function addCopyButtons(window: Window, announcer: Announcer): void {
  const document = window.document;
  // Items: the plain link at the end of each item is replaced by the button.
  for (const link of Array.from(document.querySelectorAll('a.copy-link'))) {
    const context = link.querySelector('.visually-hidden')?.textContent ?? '';
    link.replaceWith(copyButton(window, announcer, link.getAttribute('href') ?? '', context));
  }
  // Questions: the heading keeps its # link; a button follows the heading.
  for (const anchor of Array.from(document.querySelectorAll('.minutes h3 > a.anchor-link'))) {
    const heading = anchor.parentElement;
    if (!heading) continue;
    const row = document.createElement('p');
    row.className = 'copy-row';
    const button = copyButton(window, announcer, anchor.getAttribute('href') ?? '', ' till frågan');
    if (heading.id) button.setAttribute('aria-describedby', heading.id);
    row.append(button);
    heading.after(row);
  }
}
