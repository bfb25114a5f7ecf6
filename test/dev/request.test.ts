import { describe, expect, it } from 'vitest';
import { allowedHosts, hostAllowed, parseTarget } from '../../src/dev/request.ts';

describe('hostAllowed', () => {
  const local = allowedHosts('127.0.0.1');

  it('accepts localhost, 127.0.0.1 and [::1] on any port, in any case', () => {
    for (const host of ['localhost', 'localhost:8080', 'LOCALHOST:1', '127.0.0.1', '127.0.0.1:65535', '[::1]', '[::1]:8080']) {
      expect(hostAllowed(host, local), host).toBe(true);
    }
  });

  it('refuses other names (DNS rebinding), a missing header and malformed ones', () => {
    for (const host of [
      undefined,
      '',
      'evil.example',
      'evil.example:8080',
      'localhost.evil.example',
      'localhost.',
      '127.0.0.2',
      '[::2]',
      'localhost:80:80',
      'local host',
      '::1',
    ]) {
      expect(hostAllowed(host, local), String(host)).toBe(false);
    }
  });

  it('accepts the host the server listens on', () => {
    expect(hostAllowed('arkiv.lan:8080', allowedHosts('arkiv.lan'))).toBe(true);
    expect(hostAllowed('192.168.1.5:8080', allowedHosts('192.168.1.5'))).toBe(true);
    expect(hostAllowed('192.168.1.5:8080', local)).toBe(false);
    expect(hostAllowed('[fe80::1]:8080', allowedHosts('fe80::1'))).toBe(true);
  });
});

describe('parseTarget', () => {
  it('takes origin-form paths apart and decodes them', () => {
    expect(parseTarget('/moten/2021-01-19/?q=a')).toEqual({
      pathname: '/moten/2021-01-19/',
      search: '?q=a',
      decoded: '/moten/2021-01-19/',
    });
    expect(parseTarget('/m%C3%B6ten/')).toEqual({ pathname: '/m%C3%B6ten/', search: '', decoded: '/möten/' });
  });

  it('refuses malformed targets', () => {
    for (const raw of [
      undefined,
      '',
      '*',
      'http://evil/',
      'https://evil/x',
      '//x',
      '//evil.example/',
      '/%E0%A4%A',
      '%E0%A4%A',
      '/a%',
      '/a%zz',
      '/%00',
      '/a\\b',
      '/\\evil.example',
      'moten/',
    ]) {
      expect(parseTarget(raw), String(raw)).toBeUndefined();
    }
  });
});
