/**
 * The time from saving one edited meeting to the updated page in `npm start`:
 * starts the preview server on a project, edits a meeting file, and polls the
 * meeting's page until the new text is served.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { urls } from '../core/urls.ts';

async function waitFor(test: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  while (!(await test())) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Milliseconds from each save to the updated page, `times` edits of different meetings. */
export async function measureRebuild(project: string, startScript: string, times: number): Promise<number[]> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', startScript], {
    cwd: project,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitFor(() => /Förhandsvisning: (\S+)/.test(output), 600_000, 'the preview server');
    const url = /Förhandsvisning: (\S+)/.exec(output)![1]!;
    const files = (await readdir(path.join(project, 'minutes'))).filter((f) => f.endsWith('.md')).sort();
    const results: number[] = [];
    for (let i = 0; i < times; i++) {
      const file = files[Math.floor(((i + 1) * files.length) / (times + 1))]!;
      const date = file.slice(0, 10);
      const marker = `Ändrad text ${i} ${Date.now()}`;
      const full = path.join(project, 'minutes', file);
      const text = await readFile(full, 'utf8');
      const started = performance.now();
      await writeFile(full, text.replace(/\n## /, `\n${marker}\n\n## `));
      await waitFor(
        async () => {
          const page = await fetch(new URL(`.${urls.meeting(date)}`, url))
            .then((r) => r.text())
            .catch(() => '');
          return page.includes(marker);
        },
        120_000,
        `the edited page ${date}; the preview printed:\n${output
          .split('\n')
          .filter((l) => !l.includes('varning'))
          .join('\n')
          .slice(-3000)}`,
      );
      results.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    return results;
  } finally {
    child.kill();
  }
}
