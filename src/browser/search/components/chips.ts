/**
 * The active filters as chips: each a link to the same search without that
 * filter, run in place.
 */
import { element, followSearchLinks, searchLink } from '../dom.ts';
import type { SearchComponent, SearchInstance } from '../instance.ts';
import { chipText } from '../text.ts';
import type { FormComponent } from './form.ts';

/** The chips component. */
export class ChipsComponent implements SearchComponent {
  /**
   * @param area the chips' area (`#valda-filter`), hidden without chips
   * @param chips its list
   * @param form the form, for what is chosen
   */
  constructor(
    private readonly area: HTMLElement,
    private readonly chips: HTMLElement,
    private readonly form: FormComponent,
  ) {}

  /** Registers with the instance: the chips of every search. */
  register(instance: SearchInstance): void {
    followSearchLinks(this.chips, instance);
    instance.on('search', () => this.show(instance));
  }

  private show(instance: SearchInstance): void {
    const document = this.chips.ownerDocument;
    const active = this.form.chosen();
    this.chips.replaceChildren(
      ...active.map(({ filter, label, name }) => {
        const { text, ariaLabel } = chipText(label, name);
        const link = searchLink(document, text, instance.linkTo({ remove: filter }));
        link.setAttribute('aria-label', ariaLabel);
        const cross = element(document, 'span', { textContent: '✕' });
        cross.setAttribute('aria-hidden', 'true');
        link.append(cross);
        return element(document, 'li', {}, link);
      }),
    );
    this.area.hidden = active.length === 0;
  }
}
