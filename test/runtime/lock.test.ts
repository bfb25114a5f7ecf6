/**
 * The lock file one process at a time holds. The build's lock of a site, with
 * its Swedish refusal, is tested in `test/build/publish.test.ts`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, isStaleLockPart, LockHeldError } from '../../src/runtime/lock.ts';
import { tempDir } from '../support/helpers.ts';
import { deadPid } from '../support/processes.ts';

describe('acquireLock', () => {
  it('writes this process’s PID, creating the folder, refuses a second holder and removes the file on release', async () => {
    const file = path.join(await tempDir(), 'ny', 'x.lock');
    const lock = await acquireLock(file);
    expect(lock.file).toBe(file);
    expect(await readFile(file, 'utf8')).toBe(`${process.pid}\n`);
    const refused = await acquireLock(file).catch((failure: unknown) => failure);
    expect(refused).toBeInstanceOf(LockHeldError);
    expect(refused).toMatchObject({ file, pid: process.pid });
    await lock.release();
    expect(await readdir(path.dirname(file))).toEqual([]);
  });

  it('refuses while another running process holds it, and leaves its lock alone', async () => {
    const file = path.join(await tempDir(), 'x.lock');
    await writeFile(file, `${process.ppid}\n`);
    await expect(acquireLock(file)).rejects.toMatchObject({ pid: process.ppid });
    expect(await readFile(file, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('takes over a lock whose process is gone, or that holds no PID', async () => {
    for (const text of [`${await deadPid()}\n`, '', 'trasig\n']) {
      const file = path.join(await tempDir(), 'x.lock');
      await writeFile(file, text);
      const lock = await acquireLock(file);
      expect(await readFile(file, 'utf8')).toBe(`${process.pid}\n`);
      await lock.release();
      expect(await readdir(path.dirname(file))).toEqual([]);
    }
  });

  it('does not remove a lock on release that another process has taken over meanwhile', async () => {
    const file = path.join(await tempDir(), 'x.lock');
    const lock = await acquireLock(file);
    await writeFile(file, `${process.ppid}\n`);
    await lock.release();
    expect(await readFile(file, 'utf8')).toBe(`${process.ppid}\n`);
  });
});

describe('isStaleLockPart', () => {
  it('tells the private files of a lock left by a process that is gone', async () => {
    const dead = await deadPid();
    const file = '/srv/arkiv/site.lock';
    expect(isStaleLockPart(file, `site.lock.${dead}`)).toBe(true);
    expect(isStaleLockPart(file, `site.lock.${dead}.3`)).toBe(true);
    expect(isStaleLockPart(file, `site.lock.stale-${dead}`)).toBe(true);
    // This process's own, a running process's, the lock itself and other files are not.
    expect(isStaleLockPart(file, `site.lock.${process.pid}.0`)).toBe(false);
    expect(isStaleLockPart(file, `site.lock.${process.ppid}`)).toBe(false);
    expect(isStaleLockPart(file, 'site.lock')).toBe(false);
    expect(isStaleLockPart(file, `site.lockx.${dead}`)).toBe(false);
    expect(isStaleLockPart(file, `annan.lock.${dead}`)).toBe(false);
    expect(isStaleLockPart(file, `site.lock.${dead}.tmp`)).toBe(false);
  });
});
