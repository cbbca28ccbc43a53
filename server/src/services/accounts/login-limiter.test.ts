import { describe, expect, it } from 'vitest';
import { createLoginLimiter, LOGIN_LIMITS } from './login-limiter.ts';

describe('login limiter', () => {
  const setup = () => {
    let clock = 1_000_000;
    const limiter = createLoginLimiter(() => clock);
    return { limiter, advance: (ms: number) => (clock += ms) };
  };

  it('locks a username (any case) after its failures, from any address, until the oldest leaves the window', () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < LOGIN_LIMITS.perUsername; i++) {
      expect(limiter.retryAfter('Alice', `10.0.0.${i}`)).toBe(0);
      limiter.fail('Alice', `10.0.0.${i}`);
      advance(1000);
    }
    expect(limiter.retryAfter('alice', '10.9.9.9')).toBe(LOGIN_LIMITS.windowMs / 1000 - LOGIN_LIMITS.perUsername);
    expect(limiter.retryAfter('bob', '10.0.0.1')).toBe(0);
    advance(LOGIN_LIMITS.windowMs - LOGIN_LIMITS.perUsername * 1000 + 1);
    expect(limiter.retryAfter('alice', '10.9.9.9')).toBe(0);
  });

  it('locks an address spraying many usernames', () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) limiter.fail(`user${i}`, '10.0.0.1');
    expect(limiter.retryAfter('someone-new', '10.0.0.1')).toBe(LOGIN_LIMITS.windowMs / 1000);
    expect(limiter.retryAfter('someone-new', '10.0.0.2')).toBe(0);
    advance(LOGIN_LIMITS.windowMs);
    expect(limiter.retryAfter('someone-new', '10.0.0.1')).toBe(0);
  });

  it('a success clears the username’s count, not the address’s', () => {
    const { limiter } = setup();
    for (let i = 0; i < LOGIN_LIMITS.perUsername - 1; i++) limiter.fail('alice', '10.0.0.1');
    limiter.succeed('ALICE');
    limiter.fail('alice', '10.0.0.1');
    expect(limiter.retryAfter('alice', '10.0.0.2')).toBe(0);
    for (let i = 0; i < LOGIN_LIMITS.perAddress - LOGIN_LIMITS.perUsername; i++) limiter.fail(`u${i}`, '10.0.0.1');
    expect(limiter.retryAfter('carol', '10.0.0.1')).toBeGreaterThan(0);
  });
});
