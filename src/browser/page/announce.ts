/**
 * The page's status message (`role="status"`, announced): shown for a while
 * after something happened ("Länken är kopierad: …"), then hidden.
 */

/** How long a message stays visible, in milliseconds. */
export const ANNOUNCE_MS = 6000;

/** Shows messages in a status element at the end of the page. */
export class Announcer {
  private readonly status: HTMLParagraphElement;
  private hideTimer: number | undefined;

  /** Adds the status element to `window`'s page. */
  constructor(private readonly window: Window) {
    const status = window.document.createElement('p');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    window.document.body.append(status);
    this.status = status;
  }

  /** Shows `text`, for {@link ANNOUNCE_MS} from now. */
  announce(text: string): void {
    this.status.textContent = text;
    this.status.classList.add('visible');
    this.window.clearTimeout(this.hideTimer);
    this.hideTimer = this.window.setTimeout(() => this.status.classList.remove('visible'), ANNOUNCE_MS);
  }
}
