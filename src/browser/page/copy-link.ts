/**
 * "Kopiera länk": each item's link to itself becomes a button, and each
 * question gets one after its heading. It copies the absolute address of the
 * item or question (with its `#anchor`) and says so in a status message beside
 * it. Where the browser can share (`navigator.share`, phones mostly), a "Dela"
 * button beside it opens the device's own sharing with the same address.
 */
import { Announcer } from './announce.ts';

/** What the status message says after a copy: the address copied, or the address to copy by hand. */
export function copiedText(url: string, copied: boolean): string {
  return copied ? `Länken är kopierad: ${url}` : `Det gick inte att kopiera. Adressen är ${url}`;
}

/** What is shared: what the link leads to, with the page's title ("Besöksförbud – Socialchefsnätverket 19 januari 2021 – …"), and the address. */
export function shareData(name: string, pageTitle: string, url: string): ShareData {
  return { title: name ? `${name} – ${pageTitle}` : pageTitle, url };
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

/** A small button saying `label`; `context` (hidden) names what it links to, for screen readers. */
function button(document: Document, className: string, label: string, context: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.append(label);
  if (context) {
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = context;
    element.append(hidden);
  }
  return element;
}

/** What a row's buttons lead to: its `name`, and how each button's hidden text says it (": Besöksförbud", " till frågan"). */
interface Target {
  href: string;
  name: string;
  copyContext: string;
  shareContext: string;
}

/**
 * The buttons for `target.href` (a `#anchor` on this page) at the start of `row`: "Kopiera länk", and "Dela"
 * where the browser can share; their message at the end of the row.
 */
function addButtons(window: Window, row: Element, { href, name, copyContext, shareContext }: Target): HTMLButtonElement[] {
  const document = window.document;
  const announcer = new Announcer(window, row);
  const url = () => new URL(href, window.location.href).href;
  const copyButton = button(document, 'copy-link', 'Kopiera länk', copyContext);
  copyButton.addEventListener('click', async () => {
    const address = url();
    announcer.announce(copiedText(address, await copy(window, address)));
  });
  const buttons: HTMLButtonElement[] = [copyButton];
  if (typeof window.navigator.share === 'function') {
    const shareButton = button(document, 'share-link', 'Dela', shareContext);
    shareButton.addEventListener('click', async () => {
      const address = url();
      try {
        await window.navigator.share(shareData(name, document.title, address));
      } catch (error) {
        // The reader closed the sharing: nothing to say. Refused otherwise: copy instead.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        announcer.announce(copiedText(address, await copy(window, address)));
      }
    });
    buttons.push(shareButton);
  }
  row.prepend(...buttons.flatMap((b) => [b, ' ']));
  return buttons;
}

/** Turns the items' copy links into buttons and adds buttons after each question's heading. */
export function addCopyButtons(window: Window): void {
  const document = window.document;
  // Items: the plain link at the end of each item is replaced by the buttons.
  for (const link of Array.from(document.querySelectorAll('a.copy-link'))) {
    const row = link.parentElement;
    if (!row) continue;
    const context = link.querySelector('.visually-hidden')?.textContent ?? '';
    const href = link.getAttribute('href') ?? '';
    link.remove();
    addButtons(window, row, { href, name: context.replace(/^:\s*/, ''), copyContext: context, shareContext: context });
  }
  // Questions: the heading keeps its # link; a row of buttons follows the heading.
  for (const anchor of Array.from(document.querySelectorAll('.minutes h3 > a.anchor-link'))) {
    const heading = anchor.parentElement;
    if (!heading) continue;
    const row = document.createElement('p');
    row.className = 'copy-row';
    heading.after(row);
    const name = Array.from(heading.childNodes)
      .filter((node) => node !== anchor)
      .map((node) => node.textContent)
      .join('')
      .trim();
    const buttons = addButtons(window, row, {
      href: anchor.getAttribute('href') ?? '',
      name,
      copyContext: ' till frågan',
      shareContext: ' frågan',
    });
    if (heading.id) for (const b of buttons) b.setAttribute('aria-describedby', heading.id);
  }
}
