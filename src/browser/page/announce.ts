/**
 * A status message (`role="status"`, announced) in the row of the buttons it
 * answers: shown for a while after something happened ("Länken är kopierad:
 * …"), then emptied. It stands in the flow of the page, after the row's
 * buttons, so it covers nothing; the row wraps when it is long.
 */

/** How long a message stays visible, in milliseconds. */
export const ANNOUNCE_MS = 6000;

/** Shows messages in a status element at the end of a row of buttons. */
export class Announcer {
  private readonly status: HTMLSpanElement;
  private hideTimer: number | undefined;

  /** Adds the status element, empty, at the end of `row` (before anything is said, so that it is announced). */
  constructor(
    private readonly window: Window,
    row: Element,
  ) {
    const status = window.document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    row.append(status);
    this.status = status;
  }

  /** Shows `text`, for {@link ANNOUNCE_MS} from now. */
  announce(text: string): void {
    this.status.textContent = text;
    this.window.clearTimeout(this.hideTimer);
    this.hideTimer = this.window.setTimeout(() => (this.status.textContent = ''), ANNOUNCE_MS);
  }
}
