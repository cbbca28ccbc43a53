import { describe, expect, it } from 'vitest';
import { futureSlotAt, nextSlotAt, roomAt } from './sliding-window.ts';

const w = { limit: 3, windowMs: 1000 };

/** Largest number of times inside any closed interval of length windowMs. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j < sorted.length && sorted[j]! - sorted[i]! <= windowMs) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

describe('sliding window', () => {
  it('lets sends through until the limit, then waits for the oldest to leave the window', () => {
    expect(nextSlotAt([], 5000, w)).toBe(5000);
    expect(nextSlotAt([4000, 4500], 5000, w)).toBe(5000);
    expect(nextSlotAt([4100, 4500, 4900], 5000, w)).toBe(5101);
    expect(roomAt([3999, 4100, 4500], 5000, w)).toBe(1);
  });

  it('counts a send exactly windowMs old as still inside', () => {
    expect(nextSlotAt([4000, 4500, 4900], 5000, w)).toBe(5001);
  });

  it('never allows more than the limit in any window when sends start at the next slot', () => {
    const times: number[] = [];
    let now = 0;
    for (let i = 0; i < 50; i++) {
      now = nextSlotAt(times, now + (i % 7 === 0 ? 13 : 0), w);
      times.push(now);
    }
    expect(busiestWindow(times, w.windowMs)).toBe(w.limit);
    expect(busiestWindow([...times, times[times.length - 1]! + 1], w.windowMs)).toBe(w.limit + 1);
  });

  it('predicts the same slots the worker will use', () => {
    const recent = [4100, 4500];
    const simulated = [...recent];
    for (let j = 1; j <= 10; j++) {
      const at = nextSlotAt(simulated, 5000, w);
      expect(futureSlotAt(recent, 5000, j, w)).toBe(at);
      simulated.push(at);
    }
  });

  it('starts predictions no earlier than `from` (cooldown, backoff)', () => {
    expect(futureSlotAt([], 9000, 1, w)).toBe(9000);
    expect(futureSlotAt([], 9000, 4, w)).toBe(10001);
  });
});
