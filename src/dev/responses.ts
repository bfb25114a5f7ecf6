/**
 * The preview server's short answers: a Swedish text, a redirect, the
 * "Arkivet byggs …" and "Arkivet är inte byggt" pages, and the 500 after a
 * failure. Each carries the server's extra headers (a Content-Security-Policy
 * in the browser tests) after its own, and is never cached.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The content types the server sends, by file extension. */
export const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** The content type of a page. */
export const HTML = TYPES['.html']!;

/** The content type of a Swedish text answer. */
const TEXT = TYPES['.txt']!;

/** The headers every answer carries after its own (a Content-Security-Policy …). */
export type ExtraHeaders = Readonly<Record<string, string>>;

/** Answers `status` with the one-line Swedish `text`. */
export function sendText(response: ServerResponse, headers: ExtraHeaders, status: number, text: string, extra: ExtraHeaders = {}): void {
  response.writeHead(status, { 'content-type': TEXT, 'cache-control': 'no-store', ...headers, ...extra });
  response.end(`${text}\n`);
}

/** Answers `status` (301, 302) sending the browser to `location`. */
export function redirect(response: ServerResponse, headers: ExtraHeaders, status: number, location: string): void {
  response.writeHead(status, { location, 'cache-control': 'no-store', ...headers });
  response.end();
}

/** Answers 503 with the page `html` ("Arkivet byggs …"), which the browser asks for again after five seconds. */
export function sendPlaceholder(request: IncomingMessage, response: ServerResponse, headers: ExtraHeaders, html: string): void {
  response.writeHead(503, { 'content-type': HTML, 'cache-control': 'no-store', 'retry-after': '5', ...headers });
  response.end(request.method === 'HEAD' ? undefined : html);
}

/** Ends `response` after an error: a 500 with a Swedish text if nothing was sent yet, otherwise by cutting it off. */
export function sendFailure(response: ServerResponse, headers: ExtraHeaders, failure: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const code = (failure as NodeJS.ErrnoException | undefined)?.code;
  sendText(response, headers, 500, `Serverfel: filen kunde inte läsas${code ? ` (${code})` : ''}.`);
}
