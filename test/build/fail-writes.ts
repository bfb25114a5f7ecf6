/**
 * Preloaded into a build process by tests (`node --import …/fail-writes.ts`):
 * every write of a file whose path contains each of the `|`-separated parts
 * of `FAIL_WRITES_UNDER` fails with the error `FAIL_WRITES_CODE` (`ENOSPC`,
 * `EACCES` …), as it would on a full disk or in a folder the build may not
 * write. Running as root, a test cannot make a folder unwritable with chmod;
 * this reaches every writer in the process (ours and Eleventy's), through
 * Node's own `fs` functions.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { constants } from 'node:os';

const parts = (process.env.FAIL_WRITES_UNDER ?? '').split('|').filter(Boolean);
const code = process.env.FAIL_WRITES_CODE ?? 'ENOSPC';
const errno = (constants.errno as Record<string, number>)[code] ?? 1;

const hit = (file: unknown): file is string => typeof file === 'string' && parts.length > 0 && parts.every((part) => file.includes(part));
const failure = (syscall: string, file: string) =>
  Object.assign(new Error(`${code}: simulated failure, ${syscall} '${file}'`), { code, errno: -errno, syscall, path: file });

const promises = fs.promises as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
const sync = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of ['writeFile', 'appendFile', 'open', 'copyFile']) {
  const original = promises[name]!;
  promises[name] = async (...args: unknown[]) => {
    const file = name === 'copyFile' ? args[1] : args[0];
    const writing = name !== 'open' || /[wa+]/.test(String(args[1] ?? 'r'));
    if (writing && hit(file)) throw failure(name, file);
    return original(...args);
  };
}
for (const name of ['writeFileSync', 'appendFileSync', 'copyFileSync']) {
  const original = sync[name]!;
  sync[name] = (...args: unknown[]) => {
    const file = name === 'copyFileSync' ? args[1] : args[0];
    if (hit(file)) throw failure(name, file);
    return original(...args);
  };
}
const createWriteStream = fs.createWriteStream;
(fs as { createWriteStream: unknown }).createWriteStream = (file: unknown, ...rest: unknown[]) => {
  if (hit(file)) throw failure('open', file);
  return (createWriteStream as (...args: unknown[]) => fs.WriteStream)(file, ...rest);
};
syncBuiltinESMExports();
