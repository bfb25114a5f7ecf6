/**
 * The preview server's files: the site's files under its real path, resolved
 * anew for every request (the site is a link a build flips), opened once,
 * checked through the open handle (a regular file, never a FIFO or device)
 * and streamed from it; a folder by its `index.html`; the site's 404 page for
 * anything else. With live reload, pages get the reload script.
 */
import { constants, type Stats } from 'node:fs';
import type { FileHandle, open, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PAGES, siteFile } from '../core/urls.ts';
import { SCRIPT_TAG } from './live-reload.ts';
import type { Target } from './request.ts';
import { type ExtraHeaders, HTML, redirect, sendText, TYPES } from './responses.ts';

/** The file system calls the server makes, replaceable in tests (a file that cannot be read, one that vanishes between two calls). */
export interface ServerFileSystem {
  open: typeof open;
  realpath: typeof realpath;
}

/** The site a server serves and how. */
export interface SiteFiles {
  /** The site folder (or the link to it), resolved. */
  root: string;
  fs: ServerFileSystem;
  /** Headers every answer carries. */
  headers: ExtraHeaders;
  /** Adds the reload script to every page. */
  live: boolean;
}

/** Errors that mean "no such file here". */
const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EISDIR']);

/** The open flags: read only, and never wait for a writer (a FIFO opened for reading would block until one came). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** True when `file` is `root` or inside it. */
export function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** The real path of the site (it may be a link a build flips), or undefined when there is no site. */
export async function realRoot(site: SiteFiles): Promise<string | undefined> {
  return site.fs.realpath(site.root).catch(() => undefined);
}

/** Serves the file at `relative` (the decoded path under the prefix, from `/`) of the site at `rootReal`, or its 404 page. */
export async function serveSitePath(
  site: SiteFiles,
  request: IncomingMessage,
  response: ServerResponse,
  rootReal: string,
  relative: string,
  target: Target,
): Promise<void> {
  const file = path.join(rootReal, relative);
  if (!inside(rootReal, file)) return serveNotFound(site, request, response, rootReal);
  const outcome = await serveFile(site, request, response, rootReal, file, 200, target);
  if (outcome === 'missing') return serveNotFound(site, request, response, rootReal);
}

/** Serves the site's 404 page with status 404, or a short text when the site has none. */
export async function serveNotFound(
  site: SiteFiles,
  request: IncomingMessage,
  response: ServerResponse,
  rootReal: string | undefined,
): Promise<void> {
  const outcome = rootReal
    ? await serveFile(site, request, response, rootReal, path.join(rootReal, siteFile(PAGES.notFound)), 404)
    : 'missing';
  if (outcome === 'missing') sendText(response, site.headers, 404, 'Sidan finns inte.');
}

/**
 * Serves `file` (inside `rootReal`) with `status`: a folder by its `index.html` (after a redirect
 * to the address with a slash, when `target` is given). Resolves `missing` when there is no such
 * file inside the site, having sent nothing; otherwise the response has been sent.
 */
async function serveFile(
  site: SiteFiles,
  request: IncomingMessage,
  response: ServerResponse,
  rootReal: string,
  file: string,
  status: number,
  target?: Target,
): Promise<'sent' | 'missing'> {
  const opened = await openInside(site.fs, rootReal, file);
  if (!opened) return 'missing';
  const { real, handle } = opened;
  let info: Stats;
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
      redirect(response, site.headers, 301, `${target.pathname}/${target.search}`);
      return 'sent';
    }
    return serveFile(site, request, response, rootReal, path.join(real, 'index.html'), status);
  }
  if (!info.isFile()) {
    await handle.close().catch(() => undefined);
    return 'missing';
  }
  await send(site, request, response, handle, info, real, status);
  return 'sent';
}

/** Opens `file` by its real path if that is inside `rootReal`; undefined when there is no such file there. */
async function openInside(fs: ServerFileSystem, rootReal: string, file: string): Promise<{ real: string; handle: FileHandle } | undefined> {
  try {
    const real = await fs.realpath(file);
    // A link that leads out of the site is as good as missing.
    if (!inside(rootReal, real)) return undefined;
    return { real, handle: await fs.open(real, OPEN_FLAGS) };
  } catch (failure) {
    if (NOT_FOUND.has((failure as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw failure;
  }
}

/** Sends the open file `handle` (closing it), with the reload script added to HTML when live. */
async function send(
  site: SiteFiles,
  request: IncomingMessage,
  response: ServerResponse,
  handle: FileHandle,
  info: Stats,
  file: string,
  status: number,
): Promise<void> {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const head = request.method === 'HEAD';
  if (site.live && type === HTML) return sendPage(site, response, handle, status, head);
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'content-length': info.size, ...site.headers });
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

/** Sends the page in the open file `handle` (closing it) with the reload script before `</body>`. */
async function sendPage(site: SiteFiles, response: ServerResponse, handle: FileHandle, status: number, head: boolean): Promise<void> {
  let html: string;
  try {
    html = await handle.readFile('utf8');
  } finally {
    await handle.close().catch(() => undefined);
  }
  const body = html.includes('</body>') ? html.replace('</body>', `${SCRIPT_TAG}</body>`) : html + SCRIPT_TAG;
  response.writeHead(status, {
    'content-type': HTML,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    ...site.headers,
  });
  response.end(head ? undefined : body);
}
