/**
 * The status line (`role="status"`, announced): "Söker …" while the engine
 * searches, then how many meetings were found for what.
 */
import type { SearchComponent, SearchInstance } from '../instance.ts';
import { statusText } from '../text.ts';
import type { FormComponent } from './form.ts';

/** The status component. */
export class StatusComponent implements SearchComponent {
  /**
   * @param status the status line (`#sokstatus`)
   * @param form the form, for the names of the chosen filter values
   */
  constructor(
    private readonly status: HTMLElement,
    private readonly form: FormComponent,
  ) {}

  /** Registers with the instance. */
  register(instance: SearchInstance): void {
    instance.on('clear', () => (this.status.textContent = ''));
    instance.on('loading', () => (this.status.textContent = 'Söker …'));
    instance.on('done', (run) => {
      const chosen = this.form.chosen().map((value) => value.name);
      this.status.textContent = statusText(run.state.query, chosen, run.results.length);
    });
  }
}
