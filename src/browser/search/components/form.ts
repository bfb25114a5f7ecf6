/**
 * The search form: the query box and the selects of the filters and the
 * order. It shows the URL's state, submits its own (a select's change submits
 * at once; Escape in the box clears the words and their results), and tells the other components what is chosen and which topics
 * the query may mean (the topic options' search terms).
 */
import { ORDER } from '../../../core/search-contract.ts';
import type { TopicOption } from '../help.ts';
import type { SearchComponent, SearchForm, SearchInstance } from '../instance.ts';
import { type ChosenFilters, FILTER_NAMES, type FilterName, type SearchState, toParams } from '../state.ts';

/** A chosen filter value: the filter, its label (`Aktör`) and the value's name (`FoHM`). */
export interface ChosenFilter {
  filter: FilterName;
  label: string;
  name: string;
}

/** The form component. */
export class FormComponent implements SearchComponent, SearchForm {
  private readonly fromBox: (() => void)[] = [];

  /**
   * @param form the search form (`#sokformular`)
   * @param input its query box
   */
  constructor(
    private readonly form: HTMLFormElement,
    private readonly input: HTMLInputElement,
  ) {}

  /** Registers with the instance: shows its state, submits in place. */
  register(instance: SearchInstance): void {
    instance.registerForm(this);
    instance.on('state', (state) => this.show(state));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      // From the box or its button (a select's change submits without a submitter).
      if (event.submitter) for (const handler of this.fromBox) handler();
      void instance.submit();
    });
    // Escape empties the box and clears its results too (the filters stay).
    this.input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.input.value = '';
      void instance.submit();
    });
    this.form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.form.requestSubmit();
    });
  }

  /** Calls `handler` whenever the query box's words are submitted (Enter or the button), not a select's change. */
  onSubmitFromBox(handler: () => void): void {
    this.fromBox.push(handler);
  }

  /** A select of the form, by its name (a filter, or the order). */
  select(name: string): HTMLSelectElement {
    const select = this.form.elements.namedItem(name);
    if (!(select instanceof HTMLSelectElement)) throw new Error(`Sökformuläret saknar listan ${name}.`);
    return select;
  }

  /** The selects of the filters, in the form's order. */
  filterSelects(): HTMLSelectElement[] {
    return FILTER_NAMES.map((name) => this.select(name));
  }

  /** The query string the form's controls ask for. */
  params(): URLSearchParams {
    const filters: ChosenFilters = {};
    for (const name of FILTER_NAMES) filters[name] = this.select(name).value;
    return toParams({ query: this.input.value, filters, order: this.select(ORDER.parameter).value });
  }

  /** Shows `state`: its words in the box, and each select's value where the select has it (else its first option). */
  private show(state: SearchState): void {
    this.input.value = state.query;
    const values: [string, string][] = [
      ...FILTER_NAMES.map((name): [string, string] => [name, state.filters[name] ?? '']),
      [ORDER.parameter, state.order],
    ];
    for (const [name, value] of values) {
      const select = this.select(name);
      select.value = Array.from(select.options).some((option) => option.value === value) ? value : '';
    }
  }

  /** The chosen filter values, in the form's order. */
  chosen(): ChosenFilter[] {
    return FILTER_NAMES.flatMap((filter) => {
      const select = this.select(filter);
      const option = select.selectedOptions[0];
      if (!select.value || !option) return [];
      return [{ filter, label: select.labels[0]?.textContent ?? '', name: option.dataset.name ?? '' }];
    });
  }

  /** The topics of the form's topic options, with their search terms. */
  topics(): TopicOption[] {
    return Array.from(this.form.querySelectorAll<HTMLOptionElement>('option[data-terms]')).map((option) => ({
      name: option.dataset.name ?? '',
      terms: (option.dataset.terms ?? '').split('|'),
      filter: option.parentElement instanceof HTMLSelectElement ? option.parentElement.name : '',
      value: option.value,
    }));
  }
}
