/** The build as a process of its own: the one place its heap is written, and how a process tells it has it. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILD_HEAP_MB, buildCommandArgs } from '../../src/runtime/command.ts';

const run = promisify(execFile);
const COMMAND = new URL('../../src/runtime/command.ts', import.meta.url).href;

/** What `hasBuildHeap()` says in a Node process started with `flags`. */
async function hasBuildHeapWith(flags: readonly string[]): Promise<string> {
  const tsx = buildCommandArgs()[2]!;
  const script = `const { hasBuildHeap } = await import(${JSON.stringify(COMMAND)}); console.log(hasBuildHeap());`;
  const { stdout } = await run(process.execPath, [...flags, '--import', tsx, '--input-type=module', '-e', script], {
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return stdout.trim();
}

describe('the build command', () => {
  it('runs the build CLI with an 8 GB heap and the arguments given', () => {
    const [heap, importFlag, tsx, cli, ...rest] = buildCommandArgs('minutes', 'site', '--path-prefix', '/arkiv/');
    expect(BUILD_HEAP_MB).toBe(8192);
    expect(heap).toBe('--max-old-space-size=8192');
    expect(importFlag).toBe('--import');
    expect(existsSync(fileURLToPath(tsx!))).toBe(true);
    expect(cli).toBe(fileURLToPath(new URL('../../src/cli/bin/build.ts', import.meta.url)));
    expect(rest).toEqual(['minutes', 'site', '--path-prefix', '/arkiv/']);
  });

  it('tells a process started with its heap from one started without', async () => {
    expect(await hasBuildHeapWith([buildCommandArgs()[0]!])).toBe('true');
    expect(await hasBuildHeapWith(['--max-old-space-size=1024'])).toBe('false');
  });
});
