import { describe, expect, it } from 'vitest';
import { childEnv, PARENT_ENV, stopExitCode } from '../../src/runtime/stopping.ts';

describe('stopping', () => {
  it('exits as a shell reports a signal: 128 + its number', () => {
    expect(stopExitCode('SIGINT')).toBe(130);
    expect(stopExitCode('SIGTERM')).toBe(143);
    expect(stopExitCode('SIGHUP')).toBe(129);
    expect(stopExitCode('parent')).toBe(129);
  });

  it('names this process in the environment of a child it starts', () => {
    expect(childEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', [PARENT_ENV]: String(process.pid) });
  });
});
