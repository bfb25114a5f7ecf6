/**
 * The search page put together: its elements (by the ids `templates/search.njk`
 * gives them), one {@link SearchInstance} over Pagefind, and the components
 * registered with it. Nothing runs until {@link startSearchPage} is called.
 */
import { NARROW_SCREEN } from '../../core/search-contract.ts';
import { AnswerComponent } from './components/answer.ts';
import { ChipsComponent } from './components/chips.ts';
import { FiltersComponent } from './components/filters.ts';
import { FormComponent } from './components/form.ts';
import { ResultsComponent } from './components/results.ts';
import { SearchInstance } from './instance.ts';
import { loadPagefind } from './pagefind.ts';
import { lookUpQuery, SwedishWords, Vocabulary } from './vocabulary.ts';

/** The ids of the search page's elements, as `templates/search.njk` writes them. */
export const SEARCH_PAGE_IDS = {
  form: 'sokformular',
  input: 'sok-fraga',
  answer: 'sokbesked',
  status: 'sokstatus',
  results: 'sokresultat',
  similar: 'liknande-ord',
  more: 'fler-traffar',
  skip: 'till-traffarna',
  fallback: 'bladdra-i-stallet',
  help: 'sokhjalp',
  chips: 'valda-filter',
  disclosure: 'avgransa',
} as const;

/** The element of `document` with `id`, which must be a `type`. */
function byId<T extends HTMLElement>(document: Document, id: string, type: abstract new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`Söksidan saknar #${id}.`);
  return found;
}

/**
 * Starts the search page of `document` in `window`; `siteRoot` is the site's root, under its path
 * prefix (where `pagefind/` and `sok/ordlista/` are). Returns the instance.
 */
export function startSearchPage(document: Document, window: Window, siteRoot: URL): SearchInstance {
  const ids = SEARCH_PAGE_IDS;
  const formElement = byId(document, ids.form, HTMLFormElement);
  const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
  const parts = {
    folders: words(formElement.dataset.searchIndexes),
    ids: words(formElement.dataset.searchParts),
    keys: formElement.dataset.searchKeys ?? '',
  };
  // A key file that is not there holds no key; any other failure is the search's (it says so).
  const fetchJson = async (url: URL) => {
    const response = await window.fetch(url);
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`Sökindexet: ${url.pathname} gav ${response.status}.`);
    return response.json() as Promise<unknown>;
  };
  const vocabulary = new Vocabulary(siteRoot, (url) => window.fetch(url));
  const swedish = new SwedishWords(siteRoot, (url) => window.fetch(url));
  const instance = new SearchInstance(
    window,
    () => loadPagefind(parts, siteRoot, fetchJson),
    (query) => lookUpQuery(query, vocabulary, swedish),
  );
  const form = new FormComponent(formElement, byId(document, ids.input, HTMLInputElement));
  const chipArea = byId(document, ids.chips, HTMLElement);
  const chipList = chipArea.querySelector('ul');
  if (!chipList) throw new Error(`Söksidan saknar listan i #${ids.chips}.`);
  instance
    .add(form)
    .add(
      new ResultsComponent(
        byId(document, ids.results, HTMLElement),
        byId(document, ids.similar, HTMLElement),
        byId(document, ids.more, HTMLButtonElement),
        byId(document, ids.skip, HTMLElement),
        byId(document, ids.fallback, HTMLElement),
      ),
    )
    .add(new FiltersComponent(form, byId(document, ids.disclosure, HTMLDetailsElement), window.matchMedia(NARROW_SCREEN)))
    .add(new ChipsComponent(chipArea, chipList, form))
    .add(
      new AnswerComponent(
        byId(document, ids.answer, HTMLElement),
        byId(document, ids.status, HTMLElement),
        byId(document, ids.help, HTMLElement),
        form,
      ),
    );
  instance.start();
  return instance;
}
