/**
 * A small static server for the built site: used by `npm start` (with live
 * reload) and by the browser tests. Listens on 127.0.0.1 unless told
 * otherwise, serves the site under its path prefix, and answers unknown paths
 * with the site's 404 page.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { normalizePathPrefix, PAGES, siteFile } from '../core/urls.ts';

/** Options of {@link startServer}. */
export interface ServeOptions {
  /** The built site. */
  siteDir: string;
  /** The sub-path the site is served under. Default: `/`. */
  pathPrefix?: string;
  /** Default: `127.0.0.1`. */
  host?: string;
  /** Default: 8080; 0 picks a free port. */
  port?: number;
  /** Adds a reload script to every page and the `/__reload` event stream. Default: false. */
  liveReload?: boolean;
  /** Extra response headers (for example a Content-Security-Policy). */
  headers?: Record<string, string>;
}

/** A running server. */
export interface RunningServer {
  /** The site's root URL, for example `http://127.0.0.1:8080/arkiv/`. */
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
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

const RELOAD_PATH = '/__reload';
const RELOAD_SCRIPT = `const source = new EventSource(${JSON.stringify(RELOAD_PATH)});\nsource.addEventListener('reload', () => location.reload());\n`;

/** Starts serving `siteDir`. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const prefix = normalizePathPrefix(options.pathPrefix ?? '/');
  const root = path.resolve(options.siteDir);
  const notFound = path.join(root, siteFile(PAGES.notFound));
  const clients = new Set<ServerResponse>();
  const headers = options.headers ?? {};

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((failure: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Serverfel: ${String(failure)}`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (options.liveReload && url.pathname === RELOAD_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': ansluten\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (options.liveReload && url.pathname === `${RELOAD_PATH}.js`) {
      response.writeHead(200, { 'content-type': TYPES['.js']!, ...headers });
      response.end(RELOAD_SCRIPT);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      if (url.pathname === '/' || url.pathname === prefix.slice(0, -1)) {
        response.writeHead(302, { location: prefix });
        response.end();
        return;
      }
      return send(response, notFound, 404);
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return send(response, notFound, 404);
    }
    const file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) return send(response, notFound, 404);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      return send(response, path.join(file, 'index.html'), 200);
    }
    if (info?.isFile()) return send(response, file, 200);
    return send(response, notFound, 404);
  }

  async function send(response: ServerResponse, file: string, status: number): Promise<void> {
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const exists = await stat(file)
      .then((s) => s.isFile())
      .catch(() => false);
    if (!exists) {
      response.writeHead(404, { 'content-type': TYPES['.txt']!, ...headers });
      response.end('Sidan finns inte.');
      return;
    }
    if (options.liveReload && type.startsWith('text/html')) {
      const html = await readFile(file, 'utf8');
      const script = `<script src="${RELOAD_PATH}.js" type="module"></script>`;
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(html.includes('</body>') ? html.replace('</body>', `${script}</body>`) : html + script);
      return;
    }
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...headers });
    createReadStream(file).pipe(response);
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}${prefix}`,
    reload() {
      for (const client of clients) client.write('event: reload\ndata: nu\n\n');
    },
    close() {
      for (const client of clients) client.end();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
