import { describe, expect, it } from 'vitest';
import { listenFailureMessage, parsePort } from '../../src/dev/listen-failure.ts';

const failure = (code: string) => Object.assign(new Error(code), { code });

describe('listenFailureMessage', () => {
  it('says the port is taken and which to try instead', () => {
    expect(listenFailureMessage(failure('EADDRINUSE'), '127.0.0.1', 8080)).toBe(
      'Porten 8080 används redan av ett annat program. Stäng det, eller välj en annan port: PORT=8081 npm start',
    );
  });

  it('explains a reserved port and a host that is not this computer’s, and leaves other faults alone', () => {
    expect(listenFailureMessage(failure('EACCES'), '127.0.0.1', 80)).toMatch(/^Porten 80 får bara användas av systemets administratör\./);
    expect(listenFailureMessage(failure('EADDRNOTAVAIL'), '10.9.9.9', 8080)).toMatch(/^Adressen 10\.9\.9\.9 hör inte till den här datorn/);
    expect(listenFailureMessage(failure('EMFILE'), '127.0.0.1', 8080)).toBeUndefined();
    expect(listenFailureMessage(new Error('x'), '127.0.0.1', 8080)).toBeUndefined();
  });
});

describe('parsePort', () => {
  it('reads a port number, or gives the default', () => {
    expect(parsePort('8081', 8080)).toBe(8081);
    expect(parsePort('0', 8080)).toBe(0);
    expect(parsePort(undefined, 8080)).toBe(8080);
    expect(parsePort(' ', 8080)).toBe(8080);
  });

  it('says in Swedish what a port is when it is not one', () => {
    for (const value of ['abc', '65536', '-1', '80.5'])
      expect(parsePort(value, 8080)).toMatch(/^PORT måste vara ett portnummer mellan 0 och 65535/);
  });
});
