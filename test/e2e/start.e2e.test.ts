import { type ChildProcess, spawn } from 'node:child_process';
import { cp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';
import { collect, descendants, previewProject, startPreviewProcess, stillRunning, waitFor, waitUntil } from './preview-process.ts';

let child: ChildProcess | undefined;
let blocker: Server | undefined;
afterEach(async () => {
  // Stopped as a user stops it, so that it stops its build too; killed if that fails.
  if (child && child.exitCode === null && child.signalCode === null) {
    const closed = new Promise((resolve) => child!.once('close', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child?.kill('SIGKILL'), 10_000);
    await closed;
    clearTimeout(timer);
  }
  child = undefined;
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  blocker = undefined;
});

/** Reads the event stream `reader` until its text contains `text`. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, received: { text: string }, text: string): Promise<void> {
  while (!received.text.includes(text)) received.text += new TextDecoder().decode((await reader.read()).value);
}

/** What no line of the preview may say: the English of the tools underneath, or a stack trace. */
const ENGLISH = /\[11ty\]|\bWrote \d|\bCopied \d|Benchmark|Pagefind|Error:|Warning:|\n\s+at .*:\d+:\d+/i;

describe('npm start', () => {
  it('builds, serves on 127.0.0.1 and rebuilds and reloads when a minutes file is saved; a save with errors is printed once and sent to the pages', async () => {
    const project = await previewProject();
    const started = startPreviewProcess(project);
    child = started.child;
    const output = started.output;

    const url = (await waitFor(output, /Förhandsvisning: (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
    const page = await fetch(`${url}moten/2021-01-19/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Socialchefsnätverket 19 januari 2021</h1>');
    expect(html).toContain('<script src="/__reload.js" type="module"></script>');

    const events = await fetch(`${url.replace(/\/$/, '')}/__reload`);
    const reader = events.body!.getReader();
    const received = { text: '' };
    const file = path.join(project, 'minutes/2021-01-19-socialchefsnatverket.md');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace('title: Socialchefsnätverket 19 januari 2021', 'title: Socialchefsnätverket 19 januari 2021 (rättad)'),
    );
    await readUntil(reader, received, 'event: reload');
    expect(await (await fetch(`${url}moten/2021-01-19/`)).text()).toContain('<h1>Socialchefsnätverket 19 januari 2021 (rättad)</h1>');

    await writeFile(file, text.replace('date: 2021-01-19', 'date: 2021-01-32'));
    await waitFor(output, /date-invalid[\s\S]*Sidorna byggdes inte om/);
    await readUntil(reader, received, '[date-invalid]');
    expect(received.text).toMatch(/event: notice\ndata: \{"title":"Sidan kunde inte byggas om",.*\[date-invalid\]/);
    expect(await (await fetch(`${url}moten/2021-01-19/`)).text()).toContain('(rättad)');
    // A page opened now gets the messages as soon as it connects.
    const late = await fetch(`${url.replace(/\/$/, '')}/__reload`);
    const lateReader = late.body!.getReader();
    const lateReceived = { text: '' };
    await readUntil(lateReader, lateReceived, '[date-invalid]');
    await lateReader.cancel();
    // Printed once for the save: no full build follows to print them again.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(output.text.match(/\[date-invalid\]/g)).toHaveLength(1);
    expect(output.text.match(/Sidorna byggdes inte om/g)).toHaveLength(1);

    const fullBuilds = () => output.text.match(/Byggde hela arkivet/g)?.length ?? 0;
    const before = fullBuilds();
    await writeFile(file, text);
    await readUntil(reader, received, 'data: null');
    await waitUntil(() => fullBuilds() > before, 60_000, 'the full build after the fix');
    await reader.cancel();
    expect(await (await fetch(`${url}moten/2021-01-19/`)).text()).toContain('<h1>Socialchefsnätverket 19 januari 2021</h1>');
    expect(output.text).not.toMatch(ENGLISH);
  });

  it('survives a saved file that once crashed the check (2,000 > on one line) and says what is wrong', async () => {
    const project = await previewProject();
    const started = startPreviewProcess(project);
    child = started.child;
    const url = (await waitFor(started.output, /Förhandsvisning: (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
    const file = path.join(project, 'minutes/2021-03-02-socialchefsnatverket.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text}\n${'>'.repeat(2000)} citat\n`);
    await waitFor(started.output, /\[nesting-too-deep\][\s\S]*Sidorna byggdes inte om/);
    expect(child.exitCode).toBeNull();
    expect((await fetch(`${url}moten/2021-03-02/`)).status).toBe(200);
    expect(started.output.text).not.toMatch(ENGLISH);
  });

  it('listens before the first build and answers "Arkivet byggs …" until it is done', async () => {
    const project = await previewProject();
    const started = startPreviewProcess(project);
    child = started.child;
    const url = (
      await waitFor(started.output, /Bygger arkivet … Förhandsvisningen på (http:\/\/127\.0\.0\.1:\d+\/) visar "Arkivet byggs"/)
    )[1]!;
    const building = await fetch(`${url}moten/2021-01-19/`);
    expect(building.status).toBe(503);
    expect(await building.text()).toContain('<h1>Arkivet byggs …</h1>');
    expect(started.output.text).not.toContain('Förhandsvisning:');
    await waitFor(started.output, /Förhandsvisning: /);
    expect((await fetch(`${url}moten/2021-01-19/`)).status).toBe(200);
  });

  it('says in Swedish that the port is taken, exits 1 at once and builds nothing', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const project = await previewProject();
    const started = startPreviewProcess(project, { PORT: String(port) });
    child = started.child;
    const code = await new Promise<number | null>((resolve) => started.child.once('close', resolve));
    expect(code).toBe(1);
    expect(started.output.text).toBe(
      `Porten ${port} används redan av ett annat program. Stäng det, eller välj en annan port: PORT=${port + 1} npm start\n`,
    );
    await expect(stat(path.join(project, 'site.builds'))).rejects.toThrow('ENOENT');
  });

  it('stops, with its build, when npm start gets SIGTERM', async () => {
    const project = await previewProject();
    await symlink(path.join(ROOT, 'src'), path.join(project, 'src'));
    await cp(path.join(ROOT, 'package.json'), path.join(project, 'package.json'));
    const npm = spawn('npm', ['start'], { cwd: project, env: { ...process.env, PORT: '0' } });
    child = npm;
    const output = collect(npm);
    await waitFor(output, /Bygger arkivet/);
    await waitUntil(
      async () => (await descendants(npm.pid!)).some((p) => p.command.includes('cli/bin/build.ts')),
      60_000,
      'the child build',
    );
    const tree = await descendants(npm.pid!);
    expect(tree.map((p) => p.command).join('\n')).toMatch(/node --import tsx src\/cli\/bin\/start\.ts/);
    npm.kill('SIGTERM');
    await new Promise((resolve) => npm.once('close', resolve));
    await waitUntil(
      async () => (await stillRunning(tree.map((p) => p.pid))).length === 0,
      10_000,
      `every process of npm start to end: ${JSON.stringify(tree)}`,
    );
    await expect(stat(path.join(project, 'site.lock'))).rejects.toThrow('ENOENT');
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops its server and its build on ${signal}`, async () => {
      const project = await previewProject();
      const started = startPreviewProcess(project);
      child = started.child;
      const url = (await waitFor(started.output, /Förhandsvisningen på (\S+)/))[1]!;
      await waitUntil(
        async () => (await descendants(started.child.pid!)).some((p) => p.command.includes('cli/bin/build.ts')),
        60_000,
        'the child build',
      );
      const tree = await descendants(started.child.pid!);
      const closed = new Promise<number | null>((resolve) => started.child.once('close', resolve));
      started.child.kill(signal);
      expect(await closed).toBe(signal === 'SIGTERM' ? 143 : 130);
      await waitUntil(async () => (await stillRunning(tree.map((p) => p.pid))).length === 0, 10_000, 'the child build to end');
      expect(started.output.text).toContain('Stänger förhandsvisningen …');
      await expect(fetch(url)).rejects.toThrow();
    });
  }

  it('has its build stop by itself when the preview is killed outright', async () => {
    const project = await previewProject();
    const started = startPreviewProcess(project);
    child = started.child;
    await waitFor(started.output, /Bygger arkivet/);
    let builds: number[] = [];
    await waitUntil(
      async () =>
        (builds = (await descendants(started.child.pid!)).filter((p) => p.command.includes('cli/bin/build.ts')).map((p) => p.pid)).length >
        0,
      60_000,
      'the child build',
    );
    const closed = new Promise((resolve) => started.child.once('close', resolve));
    started.child.kill('SIGKILL');
    await closed;
    await waitUntil(async () => (await stillRunning(builds)).length === 0, 10_000, 'the orphaned build to stop');
    await expect(stat(path.join(project, 'site.lock'))).rejects.toThrow('ENOENT');
  });
});
