/**
 * The results list: each meeting found with its items (shaped by
 * `result-view.ts`), a page at a time, and "Visa fler möten" for the next;
 * under "Ord som börjar likadant" when a word of the query is not in the
 * archive and Pagefind found only words that begin alike.
 * Text is set as text; only excerpts are HTML, escaped but for Pagefind's
 * `<mark>` highlights.
 */
import { element } from '../dom.ts';
import { onlySimilar } from '../help.ts';
import type { ItemHit } from '../hits.ts';
import type { SearchComponent, SearchInstance } from '../instance.ts';
import { anchorHref, type ItemList, type ResultView, resultView } from '../result-view.ts';

/** The results component. */
export class ResultsComponent implements SearchComponent {
  /**
   * @param list the results list (`#sokresultat`)
   * @param similar the heading over results that only have words beginning alike (`#liknande-ord`, "Ord som börjar likadant")
   * @param more the button that shows more results (`#fler-traffar`)
   * @param skip the link past the filters to the results (`#till-traffarna`), shown while there are results
   * @param fallback the indexes offered without JavaScript (`#bladdra-i-stallet`), hidden with it
   */
  constructor(
    private readonly list: HTMLElement,
    private readonly similar: HTMLElement,
    private readonly more: HTMLButtonElement,
    private readonly skip: HTMLElement,
    private readonly fallback: HTMLElement,
  ) {}

  /** Registers with the instance. */
  register(instance: SearchInstance): void {
    this.fallback.hidden = true;
    this.more.addEventListener('click', () => void instance.showMore());
    instance.on('clear', () => {
      this.list.replaceChildren();
      this.similar.hidden = true;
      this.skip.hidden = true;
      this.more.hidden = true;
    });
    instance.on('results', (run) => {
      this.list.replaceChildren();
      // A word of the query is not in the archive: what Pagefind found has only words that begin alike.
      this.similar.hidden = !onlySimilar(run.words, run.results.length);
      this.skip.hidden = run.results.length === 0;
    });
    instance.on('page', (run, records) => {
      this.list.append(...records.map((record) => this.result(resultView(record, run))));
      this.more.hidden = run.shown >= run.results.length;
    });
  }

  private get document(): Document {
    return this.list.ownerDocument;
  }

  /** A meeting found: its date and title, then what it shows under them. */
  private result(view: ResultView): HTMLLIElement {
    const doc = this.document;
    const time = element(doc, 'time', { dateTime: view.date, textContent: view.dateText });
    // The date once: in the title when it gives it, else above it.
    const parts = view.titleParts;
    const title = parts
      ? element(doc, 'a', { href: view.url }, parts.before, time, parts.after)
      : element(doc, 'a', { href: view.url, textContent: view.title });
    const result = element(
      doc,
      'li',
      {},
      ...(parts ? [] : [element(doc, 'p', { className: 'item-meta' }, time)]),
      element(doc, 'h2', {}, title),
    );
    const { body } = view;
    if (body.kind === 'count') result.append(element(doc, 'p', { className: 'excerpt', textContent: body.text }));
    else if (body.kind === 'items') result.append(...this.items(view, body.items));
    else {
      result.append(element(doc, 'p', { className: 'excerpt', innerHTML: body.html }));
      if (body.items) result.append(...this.items(view, body.items));
    }
    return result;
  }

  /** The items listed under a meeting, and the link to the meeting for the rest. */
  private items(view: ResultView, items: ItemList): HTMLElement[] {
    const doc = this.document;
    const list = element(doc, 'ul', { className: 'result-items' }, ...items.hits.map((hit) => this.hit(view, hit)));
    if (!items.more) return [list];
    return [list, element(doc, 'p', { className: 'result-more' }, element(doc, 'a', { href: view.url, textContent: items.more }))];
  }

  /** An item found: its title linking to it, the question it lands on, who presented it, who answered, its excerpt. */
  private hit(view: ResultView, hit: ItemHit): HTMLLIElement {
    const doc = this.document;
    const link = (id: string, text: string) => element(doc, 'a', { href: anchorHref(view.url, id, doc.location.href), textContent: text });
    const entry = element(doc, 'li', {}, element(doc, 'h3', {}, link(hit.item.id, hit.item.title)));
    if (hit.question) {
      const lead = hit.item.kind === 'agenda' ? 'Frågan: ' : 'Avsnittet: ';
      entry.append(element(doc, 'p', { className: 'result-question' }, lead, link(hit.question.id, hit.question.text)));
    }
    if (hit.item.presenters) entry.append(element(doc, 'p', { className: 'presenters', textContent: hit.item.presenters }));
    // Who answered: the question's agencies when the hit lands on a question, else the item's.
    const answered = hit.question ? hit.question.answeredBy : hit.item.answeredBy;
    if (answered) entry.append(element(doc, 'p', { className: 'answered-by', textContent: `Svar från ${answered}` }));
    entry.append(element(doc, 'p', { className: 'excerpt', innerHTML: hit.excerpt }));
    return entry;
  }
}
