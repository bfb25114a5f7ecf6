/**
 * Small DOM helpers of the search page's components: elements with their
 * properties and children, and the page's own search links (`a.search-again`),
 * which run their search in place instead of loading the page again.
 */
import type { SearchInstance } from './instance.ts';

/** A new `tag` element of `document` with `properties` set and `children` appended. */
export function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

/** The class of the page's own search links. */
const SEARCH_LINK = 'search-again';

/** A link that runs the search at `href` (`?q=…`) in place, once {@link followSearchLinks} listens in its area. */
export function searchLink(document: Document, text: string, href: string): HTMLAnchorElement {
  return element(document, 'a', { href, textContent: text, className: SEARCH_LINK });
}

/** Makes the search links in `area` run their search in place: a new history entry, then the search. */
export function followSearchLinks(area: HTMLElement, instance: SearchInstance): void {
  area.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest(`a.${SEARCH_LINK}`) : null;
    if (!link) return;
    event.preventDefault();
    void instance.follow(link.getAttribute('href') ?? '');
  });
}
