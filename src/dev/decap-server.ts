/**
 * Decap CMS's local server (`decap-server`) for Redaktionen in the preview
 * and in the tests: started as a child process on 127.0.0.1 only, on a free
 * port, writing into `repository`. In `git` mode every save is a commit and
 * the editorial workflow (draft, ready, published) is branches `cms/…`
 * merged into `main`; in `fs` mode saves are written as they are.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

/** A running decap-server. */
export interface DecapServer {
  /** Its API, `http://127.0.0.1:<port>/api/v1`. */
  api: string;
  /** Stops it. */
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** The server's entry file in its package. */
function entry(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js');
}

/** True when the API answers `info`. */
async function answers(api: string): Promise<boolean> {
  try {
    const response = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts decap-server for `repository` (a git repository in `git` mode); resolves when it answers. */
export async function startDecapServer(repository: string, mode: 'git' | 'fs' = 'git'): Promise<DecapServer> {
  const port = await freePort();
  const api = `http://127.0.0.1:${port}/api/v1`;
  const child: ChildProcess = spawn(process.execPath, [entry()], {
    cwd: repository,
    env: {
      ...process.env,
      MODE: mode,
      GIT_REPO_DIRECTORY: path.resolve(repository),
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await answers(api)) {
      return {
        api,
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Redaktionens lokala server (decap-server) startade inte${errors ? `: ${errors.trim().split('\n').at(-1)}` : ''}.`);
}
