/**
 * The help under the status: what the archive holds of the query's words
 * (decided by `help.ts` from the archive's word files), with corrections and
 * topics as links that run their search in place.
 */
import { firstLetter, type HelpLine, helpLines, lookUp, wordsToLookUp } from '../help.ts';
import { followSearchLinks, searchLink } from '../dom.ts';
import type { SearchComponent, SearchInstance, SearchRun } from '../instance.ts';
import type { Vocabulary } from '../vocabulary.ts';
import type { FormComponent } from './form.ts';

/** The help component. */
export class HelpComponent implements SearchComponent {
  /**
   * @param help the help area (`#sokhjalp`)
   * @param form the form, for the topics and the links' other parameters
   * @param vocabulary the archive's words
   */
  constructor(
    private readonly help: HTMLElement,
    private readonly form: FormComponent,
    private readonly vocabulary: Vocabulary,
  ) {}

  /** Registers with the instance: help after each search's first results. */
  register(instance: SearchInstance): void {
    followSearchLinks(this.help, instance);
    instance.on('clear', () => (this.help.hidden = true));
    instance.on('done', (run) => void this.show(instance, run));
  }

  private async show(instance: SearchInstance, run: SearchRun): Promise<void> {
    this.help.replaceChildren();
    this.help.hidden = true;
    const query = run.query;
    if (!query) return;
    const reports = await Promise.all(
      wordsToLookUp(query).map(async (word) => lookUp(word, await this.vocabulary.wordsStartingWith(firstLetter(word)))),
    );
    if (!instance.isCurrent(run.run)) return;
    const lines = helpLines(query, reports, this.form.topics());
    this.help.append(...lines.map((line) => this.paragraph(instance, line)));
    this.help.hidden = lines.length === 0;
  }

  private paragraph(instance: SearchInstance, line: HelpLine): HTMLParagraphElement {
    const document = this.help.ownerDocument;
    const paragraph = document.createElement('p');
    for (const part of line)
      paragraph.append(typeof part === 'string' ? part : searchLink(document, part.text, instance.linkTo(part.change)));
    return paragraph;
  }
}
