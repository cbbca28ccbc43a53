import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.ts';

describe('retry backoff', () => {
  it('doubles per attempt, with jitter in the upper half, and is capped', () => {
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(retryDelayMs(4, 1000, 60_000, () => 0.5)).toBe(6000);
    expect(retryDelayMs(20, 1000, 60_000, () => 1)).toBe(60_000);
  });
});
