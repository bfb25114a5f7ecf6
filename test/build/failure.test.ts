import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure, errorCode } from '../../src/build/failure.ts';

const cwd = '/projekt';
const site = '/projekt/site';
const page = '/projekt/site.builds/20261124T000000000Z-1/moten/2021-01-19/index.html';

/** A Node file system error as `fs` throws it. */
function fsError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something, open '${file}'`), { code, path: file, errno: -1, syscall: 'open' });
}

/** Eleventy's wrapping of an error (its EleventyBaseError keeps the original as `originalError`). */
function eleventyError(original: unknown): Error {
  return Object.assign(new Error('Having trouble writing to "site.builds/…/index.html" from "./templates/meeting.njk"'), {
    originalError: original,
  });
}

describe('describeFailure', () => {
  it('says in Swedish that the disk is full, where, and that the site is unchanged', () => {
    const failure = describeFailure(fsError('ENOSPC', page), site, cwd);
    expect(failure).toMatchObject({ kind: 'disk-full', code: 'ENOSPC', path: page });
    expect(failure.message).toBe(
      `Disken är full (ENOSPC) när bygget skrev ${path.relative(cwd, page)}. Frigör utrymme på disken och bygg igen. site/ är oförändrad.`,
    );
  });

  it('finds the code inside Eleventy’s wrapping and in a cause', () => {
    expect(describeFailure(eleventyError(fsError('EACCES', page)), site, cwd)).toMatchObject({
      kind: 'permission',
      code: 'EACCES',
      path: page,
    });
    expect(describeFailure(new Error('Bygget', { cause: eleventyError(fsError('EROFS', page)) }), site, cwd)).toMatchObject({
      kind: 'read-only',
    });
  });

  it('reads Pagefind’s Rust messages', () => {
    expect(describeFailure(new Error('Failed to write: No space left on device (os error 28)'), site, cwd)).toMatchObject({
      kind: 'disk-full',
      code: 'ENOSPC',
    });
    expect(describeFailure(new Error('Permission denied (os error 13)'), site, cwd)).toMatchObject({ kind: 'permission', code: 'EACCES' });
    expect(describeFailure(new Error('Disk quota exceeded'), site, cwd)).toMatchObject({ kind: 'disk-full', code: 'EDQUOT' });
    expect(errorCode(new Error('Read-only file system (os error 30)'))).toEqual({ code: 'EROFS' });
  });

  it('has a message for each code, all saying that the site is unchanged', () => {
    const messages = Object.fromEntries(
      ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS'].map((code) => [code, describeFailure(fsError(code, page), site, cwd).message]),
    );
    expect(messages.EDQUOT).toMatch(/^Ditt utrymme på disken är slut \(diskkvoten, EDQUOT\)/);
    expect(messages.EPERM).toMatch(/^Bygget fick inte skriva \(EPERM: behörighet saknas\) när bygget skrev site\.builds\//);
    expect(messages.EROFS).toMatch(/^Disken är skrivskyddad \(EROFS\)/);
    for (const message of Object.values(messages)) expect(message).toMatch(/ site\/ är oförändrad\.$/);
  });

  it('calls anything else a fault in the tool and keeps the error', () => {
    const error = new TypeError('x is undefined');
    expect(describeFailure(error, site, cwd)).toEqual({
      kind: 'other',
      error,
      message: 'Bygget misslyckades: x is undefined. Det är troligen ett fel i verktyget; site/ är oförändrad.',
    });
    expect(describeFailure(fsError('ENOENT', page), site, cwd).kind).toBe('other');
  });

  it('shows paths outside the working folder in full', () => {
    expect(describeFailure(fsError('ENOSPC', '/mnt/webb/site.builds/x'), '/mnt/webb/site', cwd).message).toBe(
      'Disken är full (ENOSPC) när bygget skrev /mnt/webb/site.builds/x. Frigör utrymme på disken och bygg igen. /mnt/webb/site/ är oförändrad.',
    );
  });
});
