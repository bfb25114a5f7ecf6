/**
 * Redaktionen's local backend in the preview: `POST <prefix>redaktion/api/v1`
 * is passed to Decap's own local server (`decap-server`, started by the
 * preview on 127.0.0.1 and writing into the project's folder), so that the
 * page saves through its own origin and the Content-Security-Policy can stay
 * `connect-src 'self'`. Only a POST with a JSON body from this page's origin
 * is passed on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ExtraHeaders, sendText } from './responses.ts';

/** Where Redaktionen's API is, under the path prefix. */
export const REDAKTION_API_PATH = 'redaktion/api/v1';

/** The most a request to the API may carry (a meeting with its text, a registry). */
const MAX_BODY = 20 * 1024 * 1024;

/**
 * The Content-Security-Policy of Redaktionen's pages: Decap CMS compiles its configuration's schema
 * (`'unsafe-eval'`) and styles itself at run time (`'unsafe-inline'` styles); everything else is as strict
 * as the archive's pages, and nothing is loaded from another site.
 */
export const REDAKTION_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** True for Redaktionen's paths (its page and files), under `prefix`. */
export function isRedaktionPath(pathname: string, prefix: string): boolean {
  return pathname.startsWith(`${prefix}redaktion/`) || pathname === `${prefix}redaktion`;
}

/** The headers of an answer for `pathname`: Redaktionen's policy instead of the site's on its paths. */
export function headersFor(pathname: string, prefix: string, headers: ExtraHeaders): ExtraHeaders {
  if (!isRedaktionPath(pathname, prefix)) return headers;
  const policy = Object.keys(headers).find((name) => name.toLowerCase() === 'content-security-policy');
  return policy ? { ...headers, [policy]: REDAKTION_CSP } : headers;
}

/** Passes a request to the API on to `backend` (decap-server's `/api/v1`) and its answer back. */
export async function passToRedaktionApi(
  request: IncomingMessage,
  response: ServerResponse,
  backend: string,
  headers: ExtraHeaders,
): Promise<void> {
  if (request.method !== 'POST') return sendText(response, headers, 405, 'Redaktionens gränssnitt tar bara emot POST.', { allow: 'POST' });
  const origin = request.headers.origin;
  if (origin && origin !== `http://${request.headers.host}`)
    return sendText(response, headers, 403, 'Förbjudet: bara Redaktionens egen sida får spara.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return sendText(response, headers, 413, 'För stort: det som skulle sparas är större än 20 MB.');
    chunks.push(chunk as Buffer);
  }
  const answer = await fetch(backend, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: Buffer.concat(chunks),
  }).catch(() => undefined);
  if (!answer) return sendText(response, headers, 502, 'Redaktionens lokala server svarar inte. Starta om npm start.');
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, {
    'content-type': answer.headers.get('content-type') ?? 'application/json',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(body);
}
