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
 * This module only wires the server: what it answers is `routes.ts` (the
 * Host, target and method checks, then the routes), the files
 * `static-files.ts`, the event stream and the message box `live-events.ts`,
 * and the short answers `responses.ts`.
 *
 * Eleventy's own dev server (`@11ty/eleventy-dev-server` 2.1) was measured
 * against these and does not fit: it reads files with `readFileSync` inside an
 * async handler (a vanished file or a malformed `%` becomes an unhandled
 * rejection that ends the process), checks containment with a bare
 * `startsWith` and without real paths (so links lead out), has no Host check,
 * and moves to the next port when the port is taken.
 */
import { open, realpath } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { normalizePathPrefix } from '../core/urls.ts';
import { LiveEvents } from './live-events.ts';
import type { Notice } from './live-reload.ts';
import { allowedHosts } from './request.ts';
import { sendFailure } from './responses.ts';
import { handleRequest, type Routes } from './routes.ts';
import type { ServerFileSystem } from './static-files.ts';

export type { Notice } from './live-reload.ts';
export type { ServerFileSystem } from './static-files.ts';

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
  /** Decap's local server (`http://127.0.0.1:…/api/v1`) that Redaktionen's API (`<prefix>redaktion/api/v1`) is passed to. Default: none. */
  redaktionApi?: string;
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

/** Starts serving `siteDir`. Rejects (with Node's `EADDRINUSE` …) when it cannot listen. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const prefix = normalizePathPrefix(options.pathPrefix ?? '/');
  const headers = options.headers ?? {};
  const host = options.host ?? '127.0.0.1';
  const events = new LiveEvents();
  let building = options.building === true;
  const routes: Routes = {
    site: { root: path.resolve(options.siteDir), fs: options.fileSystem ?? { open, realpath }, headers, live: options.liveReload === true },
    prefix,
    hosts: allowedHosts(host),
    events,
    building: () => building,
    ...(options.redaktionApi ? { redaktionApi: options.redaktionApi } : {}),
  };
  const server: Server = createServer((request, response) => {
    handleRequest(routes, request, response).catch((failure: unknown) => sendFailure(response, headers, failure));
  });
  const port = await listen(server, options.port ?? 8080, host);
  const shownHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${prefix}`,
    reload: () => events.reload(),
    setNotice: (next) => events.setNotice(next),
    setBuilding(next) {
      building = next;
    },
    close() {
      events.endAll();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Listens on `port` (0: a free one) of `host` and gives the port; rejects when it cannot. Later server errors are printed, not thrown. */
async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // After listening, a server error (rare: the socket failing) is reported rather than thrown.
  server.on('error', (failure) => console.error(`Förhandsvisningens server: ${failure.message}`));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}
