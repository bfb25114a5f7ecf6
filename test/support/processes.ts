/** Processes for the tests of locks and stopping. */
import { spawn } from 'node:child_process';

/** The PID of a process that has ended. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('close', resolve));
  return child.pid!;
}
