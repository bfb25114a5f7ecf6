/**
 * Slide text, folded away in `details.slides`: opened when a link leads into
 * it, and for printing (closed again afterwards).
 */

/** The id an address's `#fragment` names (`#l%C3%A4get` → `läget`; not decodable: as written), or undefined without one. */
export function targetId(hash: string): string | undefined {
  if (!hash) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** Opens the slide text the address's target is in or holds. */
function openTarget(window: Window): void {
  const id = targetId(window.location.hash);
  const target = id === undefined ? null : window.document.getElementById(id);
  const slides = target?.querySelector('details.slides') ?? target?.closest('details.slides');
  if (slides instanceof HTMLDetailsElement) slides.open = true;
}

/** Opens slide text for links into it and for printing. */
export function unfoldSlides(window: Window): void {
  openTarget(window);
  window.addEventListener('hashchange', () => openTarget(window));
  const closedForPrint: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    for (const details of Array.from(window.document.querySelectorAll<HTMLDetailsElement>('details.slides:not([open])'))) {
      details.open = true;
      closedForPrint.push(details);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const details of closedForPrint.splice(0)) details.open = false;
  });
}
