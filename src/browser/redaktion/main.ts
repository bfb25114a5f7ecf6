/**
 * Redaktionen: Decap CMS with the archive's own parts. Loads the
 * configuration and the archive's snapshot the build wrote beside the page,
 * registers the formats, fields, the check, the Word import, the preview and
 * the rules for publishing, chooses where to save (the local server's
 * `/redaktion/api/v1` when the page comes from `npm start`, otherwise the
 * repository the site setting names) and starts Decap.
 */
import { COLLECTIONS, COMMIT_MESSAGES, WIDGETS } from '../../redaktion/config.ts';
import type { ArchiveSnapshot } from '../../redaktion/snapshot.ts';
import { checkPanelControl } from './check-panel.ts';
import { decapGlobals } from './decap.ts';
import { registerEvents } from './events.ts';
import { listenToOtherTabs } from './field-bus.ts';
import { registerFields } from './fields.ts';
import { registerFormats } from './formats.ts';
import { registerPreview } from './preview.ts';
import { startState } from './store.ts';
import { wordImportControl } from './word-import.ts';

/** The local server's API, when there is one: what it can do. */
async function localBackend(api: URL): Promise<{ publishModes: string[] } | undefined> {
  // Only npm start serves the local backend, and only on this machine: a published site is never asked
  // (its server would refuse the POST, and the browser would log the refusal as an error).
  if (!['localhost', '127.0.0.1', '[::1]'].includes(api.hostname)) return undefined;
  try {
    const response = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    if (!response.ok) return undefined;
    const info = (await response.json()) as { publish_modes?: string[] };
    return { publishModes: info.publish_modes ?? ['simple'] };
  } catch {
    return undefined;
  }
}

/** Shows a Swedish message instead of the editor. */
function stopWith(message: string): void {
  const main = document.createElement('main');
  main.className = 'redaktion-stopped';
  const heading = document.createElement('h1');
  heading.textContent = 'Redaktionen';
  const text = document.createElement('p');
  text.textContent = message;
  main.append(heading, text);
  document.body.append(main);
}

async function start(): Promise<void> {
  const here = new URL('.', location.href);
  const siteRoot = new URL('..', here).href;
  const [config, snapshot] = await Promise.all([
    fetch(new URL('config.json', here)).then((r) => r.json() as Promise<Record<string, unknown>>),
    fetch(new URL('arkiv.json', here)).then((r) => r.json() as Promise<ArchiveSnapshot>),
  ]);
  const g = decapGlobals();
  startState(snapshot);
  listenToOtherTabs();
  registerFormats(g.CMS);
  registerFields(g, WIDGETS);
  g.CMS.registerWidget(WIDGETS.wordImport, wordImportControl(g));
  g.CMS.registerWidget(WIDGETS.check, checkPanelControl(g));
  registerPreview(g, COLLECTIONS.meetings, siteRoot);
  registerEvents(g.CMS);
  const api = new URL('api/v1', here);
  const local = await localBackend(api);
  if (local) {
    config.backend = { name: 'proxy', proxy_url: api.href, branch: 'main', commit_messages: COMMIT_MESSAGES };
    config.publish_mode = local.publishModes.includes('editorial_workflow') ? 'editorial_workflow' : 'simple';
  } else if (!config.backend) {
    stopWith(
      'Redaktionen är inte inställd ännu: webbplatsens inställningar säger inte var arkivets förråd finns. Be IT fylla i deploy i minutes/webbplats.yml (se IT-guiden i README).',
    );
    return;
  }
  g.CMS.init({ config });
}

start().catch((error: unknown) => stopWith(`Redaktionen kunde inte starta: ${error instanceof Error ? error.message : String(error)}`));
