import { describe, expect, it } from 'vitest';
import { createLoginLimiter, LOGIN_LIMITS } from './login-limiter.ts';

describe('login limiter', () => {
  const setup = () => {
    let clock = 1_000_000;
    const limiter = createLoginLimiter(() => clock);
    return { limiter, advance: (ms: number) => (clock += ms) };
  };
  const { perUsernameAndAddress, perAddress, perUsername, windowMs } = LOGIN_LIMITS;

  it('locks a username (any case) at one address after its failures, until the oldest leaves the window', () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < perUsernameAndAddress; i++) {
      expect(limiter.retryAfter('Alice', '10.0.0.1')).toBe(0);
      limiter.attempt('Alice', '10.0.0.1');
      advance(1000);
    }
    expect(limiter.retryAfter('alice', '10.0.0.1')).toBe(windowMs / 1000 - perUsernameAndAddress);
    expect(limiter.retryAfter('bob', '10.0.0.1')).toBe(0);
    advance(windowMs - perUsernameAndAddress * 1000 + 1);
    expect(limiter.retryAfter('alice', '10.0.0.1')).toBe(0);
  });

  it('does not let failures from one address lock the owner out at another', () => {
    const { limiter } = setup();
    for (let i = 0; i < perAddress; i++) limiter.attempt('alice', '203.0.113.9');
    expect(limiter.retryAfter('alice', '203.0.113.9')).toBeGreaterThan(0);
    expect(limiter.retryAfter('alice', '10.0.0.1')).toBe(0);
  });

  it('locks a username guessed from many addresses, more loosely', () => {
    const { limiter } = setup();
    for (let i = 0; i < perUsername - 1; i++) limiter.attempt('alice', `10.0.${Math.floor(i / 4)}.${i % 4}`);
    expect(limiter.retryAfter('alice', '10.9.9.9')).toBe(0);
    limiter.attempt('alice', '10.9.9.8');
    expect(limiter.retryAfter('alice', '10.9.9.9')).toBeGreaterThan(0);
    expect(limiter.retryAfter('bob', '10.9.9.9')).toBe(0);
  });

  it('locks an address spraying many usernames', () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < perAddress; i++) limiter.attempt(`user${i}`, '10.0.0.1');
    expect(limiter.retryAfter('someone-new', '10.0.0.1')).toBe(windowMs / 1000);
    expect(limiter.retryAfter('someone-new', '10.0.0.2')).toBe(0);
    advance(windowMs);
    expect(limiter.retryAfter('someone-new', '10.0.0.1')).toBe(0);
  });

  it('a success clears that username’s count at that address, not the address’s', () => {
    const { limiter } = setup();
    for (let i = 0; i < perUsernameAndAddress - 1; i++) limiter.attempt('alice', '10.0.0.1');
    expect(limiter.attempt('ALICE', '10.0.0.1')).toBe(0);
    limiter.succeed('ALICE', '10.0.0.1');
    limiter.attempt('alice', '10.0.0.1');
    expect(limiter.retryAfter('alice', '10.0.0.1')).toBe(0);
    for (let i = 0; i < perAddress - perUsernameAndAddress; i++) limiter.attempt(`u${i}`, '10.0.0.1');
    expect(limiter.retryAfter('carol', '10.0.0.1')).toBeGreaterThan(0);
  });

  it('counts an attempt when it is taken, so guesses sent at once cannot all pass before one is judged', () => {
    const { limiter } = setup();
    for (let i = 0; i < perUsernameAndAddress; i++) expect(limiter.attempt('alice', '10.0.0.1')).toBe(0);
    expect(limiter.attempt('alice', '10.0.0.1')).toBe(windowMs / 1000);
  });

  it('does not count successful attempts against the address or the username', () => {
    const { limiter } = setup();
    for (let i = 0; i < perUsername; i++) {
      expect(limiter.attempt(`user${i % 3}`, '10.0.0.1')).toBe(0);
      limiter.succeed(`user${i % 3}`, '10.0.0.1');
    }
    expect(limiter.retryAfter('user0', '10.0.0.1')).toBe(0);
    expect(limiter.retryAfter('someone-new', '10.0.0.1')).toBe(0);
  });
});
