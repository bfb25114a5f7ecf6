/** What the preview server accepts before it looks at the disk: this computer's Host, an origin-form target, GET or HEAD. */
import { describe, expect, it } from 'vitest';
import { allowedHosts } from '../../src/dev/request.ts';
import { acceptRequest } from '../../src/dev/routes.ts';
import { fakeRequest, fakeResponse } from './fake-http.ts';

const hosts = allowedHosts('127.0.0.1');
const HEADERS = { 'content-security-policy': "default-src 'self'" };

/** The status and text a request is refused with, or its target's path when it is accepted. */
function accept(method: string, url: string, host?: string): string {
  const { response, written } = fakeResponse();
  const target = acceptRequest(fakeRequest(method, url, host), response, hosts, HEADERS);
  if (target) return `ok ${target.decoded}`;
  expect(written.headers).toMatchObject({ 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...HEADERS });
  return `${written.status} ${written.chunks.join('').trim()}`;
}

describe('a request', () => {
  it('is accepted with its decoded path when it comes to this computer and asks for a page', () => {
    expect(accept('GET', '/m%C3%B6ten/?q=1')).toBe('ok /möten/');
    expect(accept('HEAD', '/', '127.0.0.1:9999')).toBe('ok /');
  });

  it('from another host name is refused with 403 and a Swedish text (DNS rebinding)', () => {
    expect(accept('GET', '/', 'evil.example:8080')).toBe(
      '403 Förbjudet: förhandsvisningen svarar bara på adresser till den här datorn (localhost, 127.0.0.1).',
    );
  });

  it('with a malformed target is refused with 400', () => {
    expect(accept('GET', '/%zz')).toBe('400 Felaktig adress.');
    expect(accept('GET', 'http://localhost/')).toBe('400 Felaktig adress.');
  });

  it('with another method than GET and HEAD is refused with 405, naming the methods allowed', () => {
    const { response, written } = fakeResponse();
    expect(acceptRequest(fakeRequest('POST', '/'), response, hosts, {})).toBeUndefined();
    expect([written.status, written.headers?.allow, written.chunks.join('')]).toEqual([
      405,
      'GET, HEAD',
      'Metoden stöds inte: förhandsvisningen visar bara sidor.\n',
    ]);
  });
});
