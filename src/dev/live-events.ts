/**
 * The preview server's live reload: the script it adds to pages, and the
 * event stream those pages listen to, which tells them to reload and shows
 * the box with the check's messages (the current notice is sent to every
 * page as it connects, so a page opened later shows it too). The script and
 * the box are in `live-reload.ts`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Notice, RELOAD_SCRIPT } from './live-reload.ts';
import { type ExtraHeaders, TYPES } from './responses.ts';

/** The open event streams of the pages and the notice they show. */
export class LiveEvents {
  readonly #clients = new Set<ServerResponse>();
  #notice: Notice | undefined;

  /** Answers with the event stream: kept open, sent the current notice, ended when the page goes. */
  open(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': ansluten\n\n');
    if (this.#notice) response.write(noticeEvent(this.#notice));
    this.#clients.add(response);
    request.on('close', () => this.#clients.delete(response));
  }

  /** Tells every open page to reload. */
  reload(): void {
    this.#broadcast('event: reload\ndata: nu\n\n');
  }

  /** Shows `notice` in every open page and in those opened later; undefined removes it. */
  setNotice(notice: Notice | undefined): void {
    this.#notice = notice;
    this.#broadcast(notice ? noticeEvent(notice) : 'event: notice\ndata: null\n\n');
  }

  /** Ends every open stream (the server is closing). */
  endAll(): void {
    for (const client of this.#clients) client.end();
  }

  #broadcast(event: string): void {
    for (const client of this.#clients) if (!client.destroyed) client.write(event);
  }
}

/** The event that shows `notice` in the pages. */
export function noticeEvent(notice: Notice): string {
  return `event: notice\ndata: ${JSON.stringify(notice)}\n\n`;
}

/** Answers with the live-reload script. */
export function sendReloadScript(request: IncomingMessage, response: ServerResponse, headers: ExtraHeaders): void {
  response.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store', ...headers });
  response.end(request.method === 'HEAD' ? undefined : RELOAD_SCRIPT);
}
