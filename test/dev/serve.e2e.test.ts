/**
 * The preview server under attack and under a changing disk: it never dies
 * and never serves outside the site. The survival tests run the server in a
 * process of its own (`test/dev/serve-site.ts`) and check that it is still
 * running; the deterministic ones inject the file system calls.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdir, open, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, type ServerFileSystem, startServer } from '../../src/dev/serve.ts';
import { ROOT, tempDir } from '../support/helpers.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET (or `method`) of `url` with extra headers (Node's client lets a test set Host). Status 0 when the connection failed. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve) => {
    const request = httpRequest(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }),
      );
      response.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
      response.on('aborted', () => resolve({ status: 0, headers: {}, body: '' }));
    });
    request.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    request.end();
  });
}

/** Sends `text` as it is over a socket and reads the answer until the server closes: for targets no HTTP client would send. */
function raw(port: number, text: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      const answer = Buffer.concat(chunks).toString();
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0), text: answer });
    });
    socket.on('error', reject);
    socket.write(text);
  });
}

const portOf = (server: { url: string }) => Number(new URL(server.url).port);

let site: string;
let outside: string;
const PAGE = '<!doctype html><html lang="sv"><head><title>Start</title></head><body><h1>Start</h1></body></html>';

/** A small site beside a folder outside it with a secret. */
beforeAll(async () => {
  const dir = await tempDir();
  site = path.join(dir, 'site');
  outside = path.join(dir, 'outside');
  await mkdir(path.join(site, 'assets'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(outside, 'secret.txt'), 'HEMLIGT');
  await writeFile(path.join(site, 'index.html'), PAGE);
  await writeFile(
    path.join(site, '404.html'),
    '<!doctype html><html lang="sv"><head><title>Saknas</title></head><body><h1>Sidan finns inte</h1></body></html>',
  );
  await writeFile(path.join(site, 'assets/style.css'), 'body { color: black; }');
  await symlink(path.join(outside, 'secret.txt'), path.join(site, 'leak.txt'));
  await symlink(outside, path.join(site, 'ut'));
  await symlink('assets/style.css', path.join(site, 'alias.css'));
});

let server: RunningServer | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  child?.kill('SIGKILL');
  child = undefined;
});

/** Starts `test/dev/serve-site.ts` on `siteDir` in a process of its own. */
async function serveInProcess(siteDir: string, live: boolean): Promise<{ url: string; process: ChildProcess }> {
  const started = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'test/dev/serve-site.ts'), siteDir, ...(live ? ['--live'] : [])],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child = started;
  let output = '';
  started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    started.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /URL (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    started.once('exit', () => reject(new Error(`the server ended:\n${output}`)));
  });
  return { url, process: started };
}

describe('the preview server never dies', () => {
  it('survives files that vanish and come back while they are requested, and serves each whole or not at all', async () => {
    const dir = path.join(await tempDir(), 'site');
    await mkdir(dir);
    await writeFile(path.join(dir, 'index.html'), PAGE);
    const { url, process: running } = await serveInProcess(dir, true);
    const payload = `${'Minnesanteckningar '.repeat(4000)}\n`;
    const files = ['race.txt', 'race.html', 'sida/index.html'];
    await mkdir(path.join(dir, 'sida'));
    let stop = false;
    // Each file appears whole (written beside it, then renamed into place) and is deleted again, over and over.
    const mutator = (async () => {
      for (let i = 0; !stop; i++) {
        const file = path.join(dir, files[i % files.length]!);
        await writeFile(`${file}.tmp`, payload);
        await rename(`${file}.tmp`, file);
        await rm(file, { force: true });
      }
    })();
    const answers: Answer[] = [];
    const until = Date.now() + 2500;
    await Promise.all(
      Array.from({ length: 12 }, async (_, worker) => {
        for (let i = worker; Date.now() < until; i++)
          answers.push(await get(`${url}${files[i % files.length]!.replace('index.html', '')}`));
      }),
    );
    stop = true;
    await mutator;
    expect(running.exitCode).toBeNull();
    expect(answers.length).toBeGreaterThan(200);
    for (const answer of answers) {
      expect([200, 404]).toContain(answer.status);
      if (answer.status === 200 && !answer.body.includes('<h1>Sidan')) expect(answer.body.startsWith(payload)).toBe(true);
    }
    expect((await get(url)).status).toBe(200);
  });

  it('serves a large file whole although it is deleted while it is being sent', async () => {
    const dir = path.join(await tempDir(), 'site');
    await mkdir(dir);
    const big = Buffer.alloc(32 * 1024 * 1024, 'a');
    await writeFile(path.join(dir, 'stor.txt'), big);
    server = await startServer({ siteDir: dir, port: 0 });
    const received = await new Promise<number>((resolve, reject) => {
      httpRequest(`${server!.url}stor.txt`, { agent: false }, (response) => {
        let length = 0;
        let deleted = false;
        response.on('data', (chunk: Buffer) => {
          length += chunk.length;
          if (!deleted) {
            deleted = true;
            response.pause();
            void rm(path.join(dir, 'stor.txt')).then(() => response.resume());
          }
        });
        response.on('end', () => resolve(length));
        response.on('error', reject);
      }).end();
    });
    expect(received).toBe(big.length);
    expect((await get(`${server.url}stor.txt`)).status).toBe(404);
  });

  it('answers 404 for a file removed between finding and opening it, and serves one removed after opening', async () => {
    const dir = path.join(await tempDir(), 'site');
    await mkdir(dir);
    for (const name of ['fore.css', 'efter.css', 'fore.html', 'efter.html']) await writeFile(path.join(dir, name), `/* ${name} */</body>`);
    const fileSystem: ServerFileSystem = {
      realpath,
      open: (async (file: string, flags?: number) => {
        if (/fore\.(css|html)$/.test(file)) await rm(file, { force: true });
        const handle = await open(file, flags);
        if (/efter\.(css|html)$/.test(file)) await rm(file, { force: true });
        return handle;
      }) as ServerFileSystem['open'],
    };
    server = await startServer({ siteDir: dir, port: 0, liveReload: true, fileSystem });
    for (const name of ['fore.css', 'fore.html']) expect((await get(`${server.url}${name}`)).status, name).toBe(404);
    expect(await get(`${server.url}efter.css`)).toMatchObject({ status: 200, body: '/* efter.css */</body>' });
    const html = await get(`${server.url}efter.html`);
    expect(html.status).toBe(200);
    expect(html.body).toContain('/* efter.html */<script src="/__reload.js" type="module"></script></body>');
  });

  it('answers 500 with a Swedish text for a file it may not read, and goes on serving', async () => {
    const denied = (file: string) => Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', path: file });
    const fileSystem: ServerFileSystem = {
      realpath,
      open: (async (file: string, flags?: number) => {
        if (/hemlig\.(txt|html)$/.test(file)) throw denied(file);
        return open(file, flags);
      }) as ServerFileSystem['open'],
    };
    const dir = path.join(await tempDir(), 'site');
    await mkdir(dir);
    await writeFile(path.join(dir, 'hemlig.txt'), 'x');
    await writeFile(path.join(dir, 'hemlig.html'), 'x');
    await writeFile(path.join(dir, 'index.html'), PAGE);
    server = await startServer({ siteDir: dir, port: 0, liveReload: true, fileSystem });
    for (const name of ['hemlig.txt', 'hemlig.html']) {
      const answer = await get(`${server.url}${name}`);
      expect(answer.status, name).toBe(500);
      expect(answer.body).toBe('Serverfel: filen kunde inte läsas (EACCES).\n');
    }
    expect((await get(server.url)).status).toBe(200);
  });

  it('never blocks on a FIFO and never serves a folder named like a file', async () => {
    const dir = path.join(await tempDir(), 'site');
    await mkdir(path.join(dir, 'mapp.css'), { recursive: true });
    await mkdir(path.join(dir, 'sida', 'index.html'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), PAGE);
    execFileSync('mkfifo', [path.join(dir, 'ror.txt')]);
    const { url, process: running } = await serveInProcess(dir, false);
    const fifo = await get(`${url}ror.txt`);
    expect(fifo.status).toBe(404);
    expect((await get(`${url}mapp.css`)).status).toBe(301);
    expect((await get(`${url}mapp.css/`)).status).toBe(404);
    expect((await get(`${url}sida/`)).status).toBe(404);
    expect(running.exitCode).toBeNull();
    expect((await get(url)).status).toBe(200);
  });
});

describe('the preview server never serves outside the site', () => {
  it('does not follow a link out of the site, to a file or a folder', async () => {
    const { url, process: running } = await serveInProcess(site, true);
    for (const target of ['leak.txt', 'ut/secret.txt', 'ut/', '..%2Foutside%2Fsecret.txt', '%2e%2e/outside/secret.txt']) {
      const answer = await get(`${url}${target}`);
      expect(answer.status, target).toBe(404);
      expect(answer.body, target).not.toContain('HEMLIGT');
      expect(answer.body, target).toContain('<h1>Sidan finns inte</h1>');
    }
    const dotted = await raw(
      Number(new URL(url).port),
      'GET /../outside/secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(dotted.status).toBe(404);
    expect(dotted.text).not.toContain('HEMLIGT');
    // A link that stays inside the site is served.
    expect(await get(`${url}alias.css`)).toMatchObject({ status: 200, body: 'body { color: black; }' });
    expect(running.exitCode).toBeNull();
  });

  it('serves the folder the site link points to now, resolved for every request', async () => {
    const dir = await tempDir();
    for (const name of ['a', 'b']) {
      await mkdir(path.join(dir, 'builds', name), { recursive: true });
      await writeFile(path.join(dir, 'builds', name, 'index.html'), `<h1>${name}</h1>`);
    }
    await symlink('builds/a', path.join(dir, 'site'));
    server = await startServer({ siteDir: path.join(dir, 'site'), port: 0 });
    expect((await get(server.url)).body).toBe('<h1>a</h1>');
    await symlink('builds/b', path.join(dir, 'site.new'));
    await rename(path.join(dir, 'site.new'), path.join(dir, 'site'));
    expect((await get(server.url)).body).toBe('<h1>b</h1>');
  });

  it('answers only Host headers of this computer or its own host, with 403 and a Swedish text otherwise', async () => {
    server = await startServer({ siteDir: site, port: 0, liveReload: true });
    const port = portOf(server);
    for (const host of ['localhost', `localhost:${port}`, `127.0.0.1:${port}`, '[::1]:80']) {
      expect((await get(server.url, { host })).status, host).toBe(200);
    }
    for (const host of ['evil.example', `evil.example:${port}`, `localhost.evil.example:${port}`, '10.0.0.1']) {
      for (const target of ['', 'assets/style.css']) {
        const answer = await get(`${server.url}${target}`, { host });
        expect(answer.status, `${host} ${target}`).toBe(403);
        expect(answer.body).toContain('Förbjudet');
      }
    }
    const events = await get(`http://127.0.0.1:${port}/__reload`, { host: 'evil.example' });
    expect(events.status).toBe(403);
    const missing = await raw(port, 'GET / HTTP/1.0\r\n\r\n');
    expect(missing.status).toBe(403);
  });

  it('answers malformed request targets with 400, and other methods with 405', async () => {
    const { url, process: running } = await serveInProcess(site, true);
    const port = Number(new URL(url).port);
    for (const target of ['/%E0%A4%A', '%E0%A4%A', 'http://evil/', 'http://127.0.0.1/', '*', '//x', '//evil.example/', '/%00', '/a\\b']) {
      const answer = await raw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(answer.status, target).toBe(400);
    }
    const options = await raw(port, 'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(options.status).toBe(400);
    expect((await get(url, {}, 'POST')).status).toBe(405);
    expect(running.exitCode).toBeNull();
    expect((await get(url)).status).toBe(200);
  });
});

describe('the preview server while building and with messages', () => {
  it('answers "Arkivet byggs …" while building, and "Arkivet är inte byggt" when there is no site', async () => {
    const dir = await tempDir();
    server = await startServer({ siteDir: path.join(dir, 'site'), port: 0, liveReload: true, building: true });
    const building = await get(`${server.url}moten/`);
    expect(building.status).toBe(503);
    expect(building.body).toContain('<h1>Arkivet byggs …</h1>');
    expect(building.body).toContain('<meta http-equiv="refresh" content="5">');
    expect(building.body).toContain('<script src="/__reload.js" type="module"></script>');
    server.setBuilding(false);
    const missing = await get(`${server.url}moten/`);
    expect(missing.status).toBe(503);
    expect(missing.body).toContain('<h1>Arkivet är inte byggt</h1>');
    expect(missing.body).not.toContain('refresh');
  });

  it('sends the current notice to pages as they connect, and its removal', async () => {
    server = await startServer({ siteDir: site, port: 0, liveReload: true });
    const notice = {
      title: 'Sidan kunde inte byggas om',
      intro: 'Kontrollen hittade fel.',
      lines: ['minutes/a.md:1:1: Fel <b>här</b> [x]'],
    };
    server.setNotice(notice);
    const events = await fetch(`${server.url}__reload`);
    const reader = events.body!.getReader();
    let received = '';
    const until = async (text: string) => {
      while (!received.includes(text)) received += new TextDecoder().decode((await reader.read()).value);
    };
    await until('event: notice');
    await until('\n\n');
    expect(received).toContain(`event: notice\ndata: ${JSON.stringify(notice)}\n\n`);
    server.setNotice(undefined);
    await until('data: null');
    server.reload();
    await until('event: reload');
    await reader.cancel();
  });
});

afterAll(() => child?.kill('SIGKILL'));
