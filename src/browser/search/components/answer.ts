/**
 * The answer to a search, in one live region (`#sokbesked`, `role="status"`):
 * the status line ("Söker …", then how many meetings were found for what, or
 * that a word is not in the archive with its corrections) and the help under
 * it (the topics the query may mean). Both are written at once, when the
 * search is done (its words were looked up while the engine searched), so a
 * screen reader hears the whole answer once. Corrections and topics are links
 * that run their search in place. After a search of the box's words the
 * focus moves to the answer (the result count), read there once instead of
 * announced.
 */
import { followSearchLinks, searchLink } from '../dom.ts';
import { type HelpLine, searchAnswer } from '../help.ts';
import type { SearchComponent, SearchInstance, SearchRun } from '../instance.ts';
import type { FormComponent } from './form.ts';

/** The answer component. */
export class AnswerComponent implements SearchComponent {
  /** Whether the focus moves to the answer when the current search is done. */
  private focusNext = false;

  /**
   * @param region the live region around both (`#sokbesked`)
   * @param status the status line (`#sokstatus`)
   * @param help the help area (`#sokhjalp`)
   * @param form the form, for the names of the chosen filter values, the topics and the links' other parameters
   */
  constructor(
    private readonly region: HTMLElement,
    private readonly status: HTMLElement,
    private readonly help: HTMLElement,
    private readonly form: FormComponent,
  ) {}

  /** Registers with the instance. */
  register(instance: SearchInstance): void {
    followSearchLinks(this.region, instance);
    // The focus moves to the answer after a search of the box's words, and on arriving with words (the header's box).
    this.form.onSubmitFromBox(() => (this.focusNext = true));
    let first = true;
    instance.on('search', (state) => {
      if (first && state.query) this.focusNext = true;
      first = false;
    });
    instance.on('clear', () => {
      this.status.replaceChildren();
      this.showHelp(instance, []);
    });
    instance.on('loading', () => {
      this.region.setAttribute('aria-live', 'polite');
      this.status.replaceChildren('Söker …');
    });
    instance.on('done', (run) => this.show(instance, run));
  }

  private show(instance: SearchInstance, run: SearchRun): void {
    const chosen = this.form.chosen().map((value) => value.name);
    const answer = searchAnswer(run.query, chosen, run.results.length, run.words, this.form.topics());
    // Focused, the region is read as a whole: not also announced as a change.
    const focus = this.focusNext;
    this.focusNext = false;
    if (focus) this.region.setAttribute('aria-live', 'off');
    this.status.replaceChildren(...this.parts(instance, answer.status));
    this.showHelp(instance, answer.help);
    if (focus) this.region.focus();
  }

  private showHelp(instance: SearchInstance, lines: readonly HelpLine[]): void {
    this.help.replaceChildren(...lines.map((line) => this.paragraph(instance, line)));
    this.help.hidden = lines.length === 0;
  }

  private paragraph(instance: SearchInstance, line: HelpLine): HTMLParagraphElement {
    const paragraph = this.help.ownerDocument.createElement('p');
    paragraph.append(...this.parts(instance, line));
    return paragraph;
  }

  private parts(instance: SearchInstance, line: HelpLine): (string | Node)[] {
    const document = this.region.ownerDocument;
    return line.map((part) => (typeof part === 'string' ? part : searchLink(document, part.text, instance.linkTo(part.change))));
  }
}
