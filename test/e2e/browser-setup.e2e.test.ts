import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';

const run = promisify(execFile);

describe('the browser tests without Chromium', () => {
  it('fail under CI=true with a message that says how to install it', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', '-e', "await import('./test/support/browser.ts')"], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true', CHROMIUM_PATH: '/finns/inte/chromium' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.stderr).toContain(
      'Chromium finns inte på /finns/inte/chromium. Installera Debians paket: apt-get update && apt-get install -y chromium',
    );
  });

  it('are skipped with a visible message outside CI', async () => {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', '-e', "await import('./test/support/browser.ts')"], {
      cwd: ROOT,
      env: { ...process.env, CI: '', CHROMIUM_PATH: '/finns/inte/chromium' },
    });
    expect(stderr).toContain('Webbläsartesterna hoppas över');
  });
});
