import { describe, expect, it } from 'vitest';
import { localOrigin } from './local-origin.ts';

describe('localOrigin', () => {
  it('dials loopback for wildcard listen addresses', () => {
    expect(localOrigin('0.0.0.0', 8787)).toBe('http://127.0.0.1:8787');
    expect(localOrigin('::', 9)).toBe('http://127.0.0.1:9');
  });

  it('keeps a concrete host, bracketing IPv6', () => {
    expect(localOrigin('127.0.0.1', 1)).toBe('http://127.0.0.1:1');
    expect(localOrigin('localhost', 2)).toBe('http://localhost:2');
    expect(localOrigin('::1', 3)).toBe('http://[::1]:3');
  });
});
