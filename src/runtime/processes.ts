/** Whether another process still runs: for the build lock (is its holder alive?) and for stopping (is the parent gone?). */
import { readFileSync } from 'node:fs';

/** True when the process `pid` runs (a zombie, killed but not yet reaped, does not count). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (failure) {
    return (failure as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // No /proc (macOS, Windows): kill(pid, 0) is all there is.
  }
}
