/** `npm run build` started without the build's heap runs itself again with it, and builds as usual. */
import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCommandArgs } from '../../src/runtime/command.ts';
import { copyToTemp, ROOT, tempDir } from '../support/helpers.ts';

const run = promisify(execFile);

describe('the build CLI without the build heap', () => {
  it('starts itself again with it, prints the build’s report and builds the site', async () => {
    const minutes = await copyToTemp('minutes');
    const project = await tempDir();
    await cp(path.join(ROOT, 'templates'), path.join(project, 'templates'), { recursive: true });
    const site = path.join(project, 'site');
    const [, , tsx, cli] = buildCommandArgs();
    const { stdout } = await run(process.execPath, ['--max-old-space-size=1024', '--import', tsx!, cli!, minutes, site], {
      cwd: project,
      env: { ...process.env, NODE_OPTIONS: '', SITE_URL: 'https://arkiv.example.se' },
    });
    expect(stdout).toContain('0 fel och 1 varning i 1 fil (5 filer kontrollerade).');
    expect(stdout).toMatch(/Byggde .*site\/ på [\d,]+ s: 2 möten, 22 punkter, \d+ filer\./);
    expect(await readFile(path.join(site, 'moten/2021-01-19/index.html'), 'utf8')).toContain(
      '<h1>Socialchefsnätverket 19 januari 2021</h1>',
    );
  });
});
