/** The live reload's event stream: reloads and the message box reach every open page, and a page opened later gets the box. */
import { describe, expect, it } from 'vitest';
import { LiveEvents, noticeEvent, sendReloadScript } from '../../src/dev/live-events.ts';
import { RELOAD_SCRIPT } from '../../src/dev/live-reload.ts';
import { fakeRequest, fakeResponse } from './fake-http.ts';

const NOTICE = { title: 'Sidan kunde inte byggas om', intro: 'Kontrollen hittade fel.', lines: ['minutes/a.md:1:1: Fel [x]'] };

describe('the event stream', () => {
  it('is kept open as an event stream and tells every open page to reload', () => {
    const events = new LiveEvents();
    const [first, second] = [fakeResponse(), fakeResponse()];
    events.open(fakeRequest('GET', '/__reload'), first.response);
    events.open(fakeRequest('GET', '/__reload'), second.response);
    events.reload();
    expect(first.written).toMatchObject({ status: 200, ended: false, chunks: [': ansluten\n\n', 'event: reload\ndata: nu\n\n'] });
    expect(first.written.headers).toMatchObject({ 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    expect(second.written.chunks).toEqual(first.written.chunks);
  });

  it('shows the box in open pages and in pages opened later, until it is removed', () => {
    const events = new LiveEvents();
    const open = fakeResponse();
    events.open(fakeRequest('GET', '/__reload'), open.response);
    events.setNotice(NOTICE);
    const later = fakeResponse();
    events.open(fakeRequest('GET', '/__reload'), later.response);
    events.setNotice(undefined);
    const last = fakeResponse();
    events.open(fakeRequest('GET', '/__reload'), last.response);
    expect(open.written.chunks.slice(1)).toEqual([noticeEvent(NOTICE), 'event: notice\ndata: null\n\n']);
    expect(later.written.chunks.slice(1)).toEqual([noticeEvent(NOTICE), 'event: notice\ndata: null\n\n']);
    expect(last.written.chunks).toEqual([': ansluten\n\n']);
    expect(JSON.parse(noticeEvent(NOTICE).split('data: ')[1]!)).toEqual(NOTICE);
  });

  it('forgets a page that went away, and ends the others when the server closes', () => {
    const events = new LiveEvents();
    const [gone, staying] = [fakeResponse(), fakeResponse()];
    const goneRequest = fakeRequest('GET', '/__reload');
    events.open(goneRequest, gone.response);
    events.open(fakeRequest('GET', '/__reload'), staying.response);
    goneRequest.emit('close');
    events.reload();
    events.endAll();
    expect(gone.written).toMatchObject({ chunks: [': ansluten\n\n'], ended: false });
    expect(staying.written).toMatchObject({ chunks: [': ansluten\n\n', 'event: reload\ndata: nu\n\n'], ended: true });
  });
});

describe('the reload script', () => {
  it('is served as JavaScript with the server’s headers, without a body for HEAD', () => {
    const get = fakeResponse();
    sendReloadScript(fakeRequest('GET', '/__reload.js'), get.response, { 'content-security-policy': "default-src 'self'" });
    expect(get.written).toMatchObject({ status: 200, chunks: [RELOAD_SCRIPT], ended: true });
    expect(get.written.headers).toEqual({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'self'",
    });
    const head = fakeResponse();
    sendReloadScript(fakeRequest('HEAD', '/__reload.js'), head.response, {});
    expect(head.written).toMatchObject({ status: 200, chunks: [], ended: true });
  });
});
