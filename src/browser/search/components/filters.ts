/**
 * The filters' counts and their fold: each option says how many meetings
 * choosing it would leave (without a search, the archive's counts the page
 * was built with), and on a narrow screen the filters fold away once there
 * are results, so that the first result is on the first screen.
 */
import { countLabel } from '../text.ts';
import type { FilterCounts } from '../pagefind.ts';
import type { SearchComponent, SearchInstance } from '../instance.ts';
import type { FormComponent } from './form.ts';

/** The filters component. */
export class FiltersComponent implements SearchComponent {
  /**
   * @param form the form whose filter selects count
   * @param disclosure the filters' fold (`#avgransa`)
   * @param narrow the media query of a narrow screen
   */
  constructor(
    private readonly form: FormComponent,
    private readonly disclosure: HTMLDetailsElement,
    private readonly narrow: MediaQueryList,
  ) {}

  /** Registers with the instance: counts for every search, the archive's when nothing is searched. */
  register(instance: SearchInstance): void {
    const built = this.builtCounts();
    if (this.narrow.matches) this.disclosure.open = false;
    instance.on('clear', () => this.show(undefined, built));
    instance.on('results', (run) => this.show(run.counts, built));
    instance.on('done', (run) => {
      if (this.narrow.matches && run.results.length > 0) this.disclosure.open = false;
    });
  }

  /** Each option's text as the page was built, by filter and value. */
  private builtCounts(): Map<string, string> {
    const texts = new Map<string, string>();
    for (const select of this.form.filterSelects())
      for (const option of Array.from(select.options)) texts.set(`${select.name}=${option.value}`, option.textContent ?? '');
    return texts;
  }

  /** Each option's count from `counts`; without counts, the built ones. */
  private show(counts: FilterCounts | undefined, built: Map<string, string>): void {
    for (const select of this.form.filterSelects()) {
      for (const option of Array.from(select.options)) {
        if (!option.value) continue;
        option.textContent = counts
          ? countLabel(option.dataset.name ?? '', counts[select.name]?.[option.value] ?? 0)
          : (built.get(`${select.name}=${option.value}`) ?? option.textContent);
      }
    }
  }
}
