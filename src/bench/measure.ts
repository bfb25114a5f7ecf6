/**
 * Runs a command and measures it: wall time, and peak resident memory of the
 * whole process tree (the command and every process it starts, such as
 * Pagefind's indexer), sampled from /proc every 50 ms.
 *
 * The sampling reads /proc synchronously: about 2.5 ms a scan here, so it
 * takes some 5 % of one core. (It read asynchronously every 25 ms before,
 * which took half a core from the builds it measured.)
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one run measured. */
export interface Measurement {
  ms: number;
  /** Peak of the summed RSS of the process tree, in bytes. */
  peakTreeBytes: number;
  /** Peak RSS of the largest single process, in bytes. */
  peakProcessBytes: number;
  exitCode: number | null;
  output: string;
}

function processTable(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let status = '';
    try {
      status = readFileSync(`/proc/${entry}/status`, 'utf8');
    } catch {
      continue; // the process ended while the table was read
    }
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    table.set(Number(entry), { parent, rss });
  }
  return table;
}

/** RSS of `root` and its descendants: the sum, and the largest single process. */
function treeRss(root: number): { total: number; largest: number } {
  const table = processTable();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, info] of table) if (!inTree.has(pid) && inTree.has(info.parent)) (inTree.add(pid), (grew = true));
  }
  let total = 0;
  let largest = 0;
  for (const pid of inTree) {
    const rss = table.get(pid)?.rss ?? 0;
    total += rss;
    largest = Math.max(largest, rss);
  }
  return { total, largest };
}

/** Runs `command args` in `cwd` and measures it. */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakTreeBytes = 0;
    let peakProcessBytes = 0;
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      const { total, largest } = treeRss(child.pid);
      peakTreeBytes = Math.max(peakTreeBytes, total);
      peakProcessBytes = Math.max(peakProcessBytes, largest);
    }, 50);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakTreeBytes, peakProcessBytes, exitCode, output });
    });
  });
}

/** The median of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
