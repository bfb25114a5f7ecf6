import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/helpers.ts';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

/** Waits until the process has printed a line matching `pattern`. */
function waitFor(output: { text: string }, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = output.text.match(pattern);
      if (match) {
        clearInterval(poll);
        resolve(match);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`Timed out waiting for ${pattern}; output:\n${output.text}`));
      }
    }, 50);
  });
}

describe('npm start', () => {
  it('builds, serves on 127.0.0.1 and rebuilds and reloads when a minutes file is saved', async () => {
    const project = await tempDir();
    await cp(path.join(ROOT, 'minutes'), path.join(project, 'minutes'), { recursive: true });
    await cp(path.join(ROOT, 'templates'), path.join(project, 'templates'), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
    const output = { text: '' };
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/start.ts')], {
      cwd: project,
      env: { ...process.env, PORT: '0' },
    });
    child.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));

    const url = (await waitFor(output, /Förhandsvisning: (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
    const page = await fetch(`${url}moten/2021-01-19/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Socialchefsnätverket 19 januari 2021</h1>');
    expect(html).toContain('<script src="/__reload.js" type="module"></script>');

    const events = await fetch(`${url.replace(/\/$/, '')}/__reload`);
    const reader = events.body!.getReader();
    const file = path.join(project, 'minutes/2021-01-19-socialchefsnatverket.md');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace('title: Socialchefsnätverket 19 januari 2021', 'title: Socialchefsnätverket 19 januari 2021 (rättad)'),
    );
    let received = '';
    while (!received.includes('event: reload')) received += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(await (await fetch(`${url}moten/2021-01-19/`)).text()).toContain('<h1>Socialchefsnätverket 19 januari 2021 (rättad)</h1>');

    await writeFile(file, text.replace('date: 2021-01-19', 'date: 2021-01-32'));
    await waitFor(output, /date-invalid[\s\S]*Sidorna byggdes inte om/);
    expect(await (await fetch(`${url}moten/2021-01-19/`)).text()).toContain('(rättad)');
  });
});
