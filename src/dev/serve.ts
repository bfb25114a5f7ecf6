/**
 * A small static server for the built site: used by `npm start` (with live
 * reload, the box with the check's messages, and the "Arkivet byggs …" page)
 * and by the browser tests (with a Content-Security-Policy header, under a
 * path prefix). Listens on 127.0.0.1 unless told otherwise, serves the site
 * under its path prefix, and answers unknown paths with the site's 404 page.
 *
 * It never dies of a request and never serves outside the site:
 *
 * - only Host headers `localhost`, `127.0.0.1`, `[::1]` and the host it
 *   listens on are answered (403 otherwise: DNS rebinding);
 * - only origin-form targets with valid percent-encoding (400 otherwise);
 * - every file is resolved to its real path and served only if that is inside
 *   the real path of the site, resolved anew for every request (the site is
 *   a link that a build flips to a new folder);
 * - a file is opened once, checked through the open handle (a regular file,
 *   never a FIFO or device) and streamed from that handle, so a file that
 *   vanishes or is replaced mid-request is either served whole or not found;
 *   an unreadable file is a 500 with a Swedish text; an error after the
 *   headers were sent ends that response, never the server.
 *
 * Eleventy's own dev server (`@11ty/eleventy-dev-server` 2.1) was measured
 * against these and does not fit: it reads files with `readFileSync` inside an
 * async handler (a vanished file or a malformed `%` becomes an unhandled
 * rejection that ends the process), checks containment with a bare
 * `startsWith` and without real paths (so links lead out), has no Host check,
 * and moves to the next port when the port is taken.
 */
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { normalizePathPrefix, PAGES, siteFile } from '../core/urls.ts';
import { BUILDING_PAGE, EVENTS_PATH, NOT_BUILT_PAGE, type Notice, RELOAD_SCRIPT, SCRIPT_PATH, SCRIPT_TAG } from './live-reload.ts';
import { allowedHosts, hostAllowed, parseTarget, type Target } from './request.ts';

export type { Notice } from './live-reload.ts';

/** The file system calls the server makes, replaceable in tests (a file that cannot be read, one that vanishes between two calls). */
export interface ServerFileSystem {
  open: typeof open;
  realpath: typeof realpath;
}

/** Options of {@link startServer}. */
export interface ServeOptions {
  /** The built site (a folder, or a link to one). */
  siteDir: string;
  /** The sub-path the site is served under. Default: `/`. */
  pathPrefix?: string;
  /** Default: `127.0.0.1`. */
  host?: string;
  /** Default: 8080; 0 picks a free port. */
  port?: number;
  /** Adds the reload script to every page and serves its event stream. Default: false. */
  liveReload?: boolean;
  /** Start answering every page with "Arkivet byggs …" (until {@link RunningServer.setBuilding} is called with false). Default: false. */
  building?: boolean;
  /** Extra response headers (for example a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Default: Node's. */
  fileSystem?: ServerFileSystem;
}

/** A running server. */
export interface RunningServer {
  /** The site's root URL, for example `http://127.0.0.1:8080/arkiv/`. */
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  /** Shows `notice` over every open page, and over every page opened later, until called with undefined (live reload only). */
  setNotice(notice: Notice | undefined): void;
  /** While true, every page answers "Arkivet byggs …" (503) and reloads by itself. */
  setBuilding(building: boolean): void;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
const TEXT = TYPES['.txt']!;
const HTML = TYPES['.html']!;

/** Errors that mean "no such file here". */
const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EISDIR']);

/** The open flags: read only, and never wait for a writer (a FIFO opened for reading would block until one came). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** True when `file` is `root` or inside it. */
function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Starts serving `siteDir`. Rejects (with Node's `EADDRINUSE` …) when it cannot listen. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const prefix = normalizePathPrefix(options.pathPrefix ?? '/');
  const root = path.resolve(options.siteDir);
  const clients = new Set<ServerResponse>();
  const headers = options.headers ?? {};
  const fs = options.fileSystem ?? { open, realpath };
  const host = options.host ?? '127.0.0.1';
  const hosts = allowedHosts(host);
  const live = options.liveReload === true;
  let notice: Notice | undefined;
  let building = options.building === true;

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((failure: unknown) => fail(response, failure));
  });

  /** Ends `response` after an error: a 500 with a Swedish text if nothing was sent yet, otherwise by cutting it off. */
  function fail(response: ServerResponse, failure: unknown): void {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const code = (failure as NodeJS.ErrnoException | undefined)?.code;
    plain(response, 500, `Serverfel: filen kunde inte läsas${code ? ` (${code})` : ''}.`);
  }

  function plain(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': TEXT, 'cache-control': 'no-store', ...headers, ...extra });
    response.end(`${text}\n`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostAllowed(request.headers.host, hosts)) {
      return plain(response, 403, 'Förbjudet: förhandsvisningen svarar bara på adresser till den här datorn (localhost, 127.0.0.1).');
    }
    const target = parseTarget(request.url);
    if (!target) return plain(response, 400, 'Felaktig adress.');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(response, 405, 'Metoden stöds inte: förhandsvisningen visar bara sidor.', { allow: 'GET, HEAD' });
    }
    if (live && target.pathname === EVENTS_PATH) return openEvents(request, response);
    if (live && target.pathname === SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store', ...headers });
      response.end(request.method === 'HEAD' ? undefined : RELOAD_SCRIPT);
      return;
    }
    if (!target.decoded.startsWith(prefix)) {
      if (target.pathname === '/' || target.pathname === prefix.slice(0, -1)) return redirect(response, 302, prefix);
      return notFound(request, response, await realRoot());
    }
    if (building) return placeholder(request, response, BUILDING_PAGE);
    const rootReal = await realRoot();
    if (!rootReal) return placeholder(request, response, NOT_BUILT_PAGE);
    const relative = target.decoded.slice(prefix.length - 1);
    const file = path.join(rootReal, relative);
    if (!inside(rootReal, file)) return notFound(request, response, rootReal);
    const outcome = await serveFile(request, response, rootReal, file, 200, target);
    if (outcome === 'missing') return notFound(request, response, rootReal);
  }

  /** The real path of the site (it may be a link a build flips), or undefined when there is no site. */
  async function realRoot(): Promise<string | undefined> {
    return fs.realpath(root).catch(() => undefined);
  }

  /** Serves the site's 404 page with status 404, or a short text when the site has none. */
  async function notFound(request: IncomingMessage, response: ServerResponse, rootReal: string | undefined): Promise<void> {
    const outcome = rootReal ? await serveFile(request, response, rootReal, path.join(rootReal, siteFile(PAGES.notFound)), 404) : 'missing';
    if (outcome === 'missing') plain(response, 404, 'Sidan finns inte.');
  }

  function redirect(response: ServerResponse, status: number, location: string): void {
    response.writeHead(status, { location, 'cache-control': 'no-store', ...headers });
    response.end();
  }

  function placeholder(request: IncomingMessage, response: ServerResponse, html: string): void {
    response.writeHead(503, { 'content-type': HTML, 'cache-control': 'no-store', 'retry-after': '5', ...headers });
    response.end(request.method === 'HEAD' ? undefined : html);
  }

  /**
   * Serves `file` (inside `rootReal`) with `status`: a folder by its `index.html` (after a redirect
   * to the address with a slash, when `target` is given). Resolves `missing` when there is no such
   * file inside the site, having sent nothing; otherwise the response has been sent.
   */
  async function serveFile(
    request: IncomingMessage,
    response: ServerResponse,
    rootReal: string,
    file: string,
    status: number,
    target?: Target,
  ): Promise<'sent' | 'missing'> {
    let real: string;
    let handle: FileHandle;
    let info: Stats;
    try {
      real = await fs.realpath(file);
      // A link that leads out of the site is as good as missing.
      if (!inside(rootReal, real)) return 'missing';
      handle = await fs.open(real, OPEN_FLAGS);
    } catch (failure) {
      if (NOT_FOUND.has((failure as NodeJS.ErrnoException).code ?? '')) return 'missing';
      throw failure;
    }
    try {
      info = await handle.stat();
    } catch (failure) {
      await handle.close().catch(() => undefined);
      throw failure;
    }
    if (info.isDirectory()) {
      await handle.close().catch(() => undefined);
      if (!target) return 'missing';
      if (!target.pathname.endsWith('/')) {
        redirect(response, 301, `${target.pathname}/${target.search}`);
        return 'sent';
      }
      return serveFile(request, response, rootReal, path.join(real, 'index.html'), status);
    }
    if (!info.isFile()) {
      await handle.close().catch(() => undefined);
      return 'missing';
    }
    await send(request, response, handle, info, real, status);
    return 'sent';
  }

  /** Sends the open file `handle` (closing it), with the reload script added to HTML when live. */
  async function send(request: IncomingMessage, response: ServerResponse, handle: FileHandle, info: Stats, file: string, status: number) {
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const head = request.method === 'HEAD';
    if (live && type === HTML) {
      let html: string;
      try {
        html = await handle.readFile('utf8');
      } finally {
        await handle.close().catch(() => undefined);
      }
      const body = html.includes('</body>') ? html.replace('</body>', `${SCRIPT_TAG}</body>`) : html + SCRIPT_TAG;
      response.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(body),
        ...headers,
      });
      response.end(head ? undefined : body);
      return;
    }
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'content-length': info.size, ...headers });
    if (head || info.size === 0) {
      await handle.close().catch(() => undefined);
      response.end();
      return;
    }
    // At most the size announced: a file that grows meanwhile is cut there, one that shrinks ends the response early.
    const stream = handle.createReadStream({ start: 0, end: info.size - 1 });
    try {
      await pipeline(stream, response);
    } catch {
      // The file failed to read after the headers were sent, or the browser went away: end this response only.
      response.destroy();
    }
  }

  function openEvents(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': ansluten\n\n');
    if (notice) response.write(noticeEvent(notice));
    clients.add(response);
    request.on('close', () => clients.delete(response));
  }

  function broadcast(event: string): void {
    for (const client of clients) if (!client.destroyed) client.write(event);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // After listening, a server error (rare: the socket failing) is reported rather than thrown.
  server.on('error', (failure) => console.error(`Förhandsvisningens server: ${failure.message}`));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${prefix}`,
    reload() {
      broadcast('event: reload\ndata: nu\n\n');
    },
    setNotice(next) {
      notice = next;
      if (live) broadcast(next ? noticeEvent(next) : 'event: notice\ndata: null\n\n');
    },
    setBuilding(next) {
      building = next;
    },
    close() {
      for (const client of clients) client.end();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** The event that shows `notice` in the pages. */
function noticeEvent(notice: Notice): string {
  return `event: notice\ndata: ${JSON.stringify(notice)}\n\n`;
}
