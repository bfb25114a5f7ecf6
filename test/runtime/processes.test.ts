import { describe, expect, it } from 'vitest';
import { processAlive } from '../../src/runtime/processes.ts';
import { deadPid } from '../support/processes.ts';

describe('processAlive', () => {
  it('knows this process and its parent run, and an ended one does not', async () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(process.ppid)).toBe(true);
    expect(processAlive(await deadPid())).toBe(false);
    expect(processAlive(0)).toBe(false);
    expect(processAlive(-1)).toBe(false);
  });
});
