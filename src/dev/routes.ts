/**
 * How the preview server answers a request: first what it accepts before it
 * looks at the disk (the Host header against DNS rebinding, an origin-form
 * target, GET or HEAD), then the live-reload script and event stream, the
 * redirect to the path prefix, "Arkivet byggs …" while building, and the
 * site's files.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BUILDING_PAGE, EVENTS_PATH, NOT_BUILT_PAGE, SCRIPT_PATH } from './live-reload.ts';
import { type LiveEvents, sendReloadScript } from './live-events.ts';
import { hostAllowed, parseTarget, type Target } from './request.ts';
import { headersFor, isRedaktionPath, passToRedaktionApi, REDAKTION_API_PATH } from './redaktion-api.ts';
import { type ExtraHeaders, redirect, sendPlaceholder, sendText } from './responses.ts';
import { realRoot, serveNotFound, serveSitePath, type SiteFiles } from './static-files.ts';

/** What a server answers from: its site, its path prefix and hosts, and its live state. */
export interface Routes {
  site: SiteFiles;
  /** The path prefix, with a slash at both ends (`/arkiv/`). */
  prefix: string;
  /** The host names the Host header may give (see `allowedHosts`). */
  hosts: ReadonlySet<string>;
  /** The pages' event streams; served only when {@link SiteFiles.live}. */
  events: LiveEvents;
  /** True while a build runs: every page answers "Arkivet byggs …". */
  building(): boolean;
  /** Decap's local server (`…/api/v1`) that Redaktionen's API is passed to, when the preview runs one. */
  redaktionApi?: string;
}

/** Answers `request`. Rejects only on a failure of the disk (the caller answers 500 or cuts the response). */
export async function handleRequest(routes: Routes, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { prefix } = routes;
  const pathname = (request.url ?? '/').split('?')[0] ?? '/';
  // Redaktionen is never reloaded under the secretary's hands: its saves rebuild the site, not the editor.
  const redaktion = isRedaktionPath(pathname, prefix);
  const site = { ...routes.site, headers: headersFor(pathname, prefix, routes.site.headers), live: routes.site.live && !redaktion };
  if (routes.redaktionApi && pathname === `${prefix}${REDAKTION_API_PATH}` && hostAllowed(request.headers.host, routes.hosts)) {
    return passToRedaktionApi(request, response, routes.redaktionApi, site.headers);
  }
  const target = acceptRequest(request, response, routes.hosts, site.headers);
  if (!target) return;
  if (site.live && target.pathname === EVENTS_PATH) return routes.events.open(request, response);
  if (site.live && target.pathname === SCRIPT_PATH) return sendReloadScript(request, response, site.headers);
  if (!target.decoded.startsWith(prefix)) {
    if (target.pathname === '/' || target.pathname === prefix.slice(0, -1)) return redirect(response, site.headers, 302, prefix);
    return serveNotFound(site, request, response, await realRoot(site));
  }
  if (routes.building()) return sendPlaceholder(request, response, site.headers, BUILDING_PAGE);
  const rootReal = await realRoot(site);
  if (!rootReal) return sendPlaceholder(request, response, site.headers, NOT_BUILT_PAGE);
  return serveSitePath(site, request, response, rootReal, target.decoded.slice(prefix.length - 1), target);
}

/**
 * The request's target when the server answers it; otherwise answers it with a Swedish text
 * (403 for a Host header that is not this computer's, 400 for a malformed target, 405 for a
 * method but GET and HEAD) and gives undefined.
 */
export function acceptRequest(
  request: IncomingMessage,
  response: ServerResponse,
  hosts: ReadonlySet<string>,
  headers: ExtraHeaders,
): Target | undefined {
  if (!hostAllowed(request.headers.host, hosts)) {
    sendText(response, headers, 403, 'Förbjudet: förhandsvisningen svarar bara på adresser till den här datorn (localhost, 127.0.0.1).');
    return undefined;
  }
  const target = parseTarget(request.url);
  if (!target) {
    sendText(response, headers, 400, 'Felaktig adress.');
    return undefined;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, headers, 405, 'Metoden stöds inte: förhandsvisningen visar bara sidor.', { allow: 'GET, HEAD' });
    return undefined;
  }
  return target;
}
