/**
 * The build as a process of its own, with the heap a large archive needs
 * (a 10,000-meeting build does not fit in Node's default heap). The one place
 * the heap size is written: `npm start` and the benchmark start the build CLI
 * with {@link buildCommandArgs}, and the build CLI starts itself again with
 * them when it was started without that heap.
 */
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';

/** The heap the build runs with, in megabytes. */
export const BUILD_HEAP_MB = 8192;

/** The build CLI's entry, `src/cli/bin/build.ts` (the one path outside this room that it names: see `test/architecture.test.ts`). */
const BUILD_CLI = fileURLToPath(new URL('../cli/bin/build.ts', import.meta.url));

/** tsx, which runs the TypeScript, found from here rather than from the working folder. */
const TSX = import.meta.resolve('tsx');

/** The Node arguments that run the build CLI with `cliArgs` (`[minutes] [site]`, `--path-prefix …`) and the build's heap. */
export function buildCommandArgs(...cliArgs: string[]): string[] {
  return [`--max-old-space-size=${BUILD_HEAP_MB}`, '--import', TSX, BUILD_CLI, ...cliArgs];
}

/** True when this process has the build's heap (it was started with {@link buildCommandArgs}, or with a larger heap). */
export function hasBuildHeap(): boolean {
  return getHeapStatistics().heap_size_limit >= BUILD_HEAP_MB * 1024 * 1024;
}
