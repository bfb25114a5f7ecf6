/**
 * Redaktionen's API in the preview: the preview server passes `<prefix>redaktion/api/v1` to decap-server
 * (fs mode, writing into the project's folder), refuses other origins and methods, and sends Redaktionen
 * its own Content-Security-Policy while every other page keeps the site's.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDecapServer, type DecapServer } from '../../src/dev/decap-server.ts';
import { REDAKTION_CSP } from '../../src/dev/redaktion-api.ts';
import { startServer, type RunningServer } from '../../src/dev/serve.ts';
import { tempDir } from '../support/helpers.ts';

const SITE_CSP = "default-src 'self'";
let project: string;
let decap: DecapServer;
let server: RunningServer;

beforeAll(async () => {
  project = await tempDir();
  await mkdir(path.join(project, 'site', 'redaktion'), { recursive: true });
  await mkdir(path.join(project, 'minutes'));
  await writeFile(path.join(project, 'site', 'index.html'), '<!DOCTYPE html><title>Arkivet</title>');
  await writeFile(path.join(project, 'site', 'redaktion', 'index.html'), '<!DOCTYPE html><title>Redaktionen</title>');
  decap = await startDecapServer(project, 'fs');
  server = await startServer({
    siteDir: path.join(project, 'site'),
    port: 0,
    pathPrefix: '/arkiv/',
    headers: { 'Content-Security-Policy': SITE_CSP },
    redaktionApi: decap.api,
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await decap?.stop();
});

const api = () => `${server.url}redaktion/api/v1`;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(api(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('Redaktionen’s API in the preview', () => {
  it('is decap-server’s, through the preview’s own origin', async () => {
    const info = await post({ action: 'info' });
    expect(info.status).toBe(200);
    expect(((await info.json()) as { publish_modes: string[] }).publish_modes).toEqual(['simple']);
  });

  it('writes a saved meeting into the project’s minutes folder', async () => {
    const raw = '---\ntitle: Socialchefsnätverket 13 april 2021\ndate: 2021-04-13\n---\n\n## Punkt\n\nText.\n';
    const saved = await post({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: '2021-04-13-socialchefsnatverket', path: 'minutes/2021-04-13-socialchefsnatverket.md', raw }],
        assets: [],
        options: { commitMessage: 'Redaktionen: nytt möte', useWorkflow: false, status: 'published' },
      },
    });
    expect(saved.status).toBe(200);
    expect(await readFile(path.join(project, 'minutes/2021-04-13-socialchefsnatverket.md'), 'utf8')).toBe(raw);
  });

  it('refuses another site’s page, and methods but POST', async () => {
    expect((await post({ action: 'info' }, { origin: 'https://annan.example' })).status).toBe(403);
    expect((await fetch(api())).status).toBe(405);
  });

  it('sends Redaktionen its own Content-Security-Policy, and the archive’s pages the site’s', async () => {
    expect((await fetch(`${server.url}redaktion/`)).headers.get('content-security-policy')).toBe(REDAKTION_CSP);
    expect((await fetch(server.url)).headers.get('content-security-policy')).toBe(SITE_CSP);
  });
});
