import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDatabaseEachTest } from '../../test-support/temp-database.ts';
import { recentSends, windowOf } from './delivery-store.ts';
import { futureSlotAt, nextSlotAt, roomAt } from './sliding-window.ts';

const t = tempDatabaseEachTest();

describe("a robot's sliding window, read from the send log", () => {
  it('answers as the window over the whole log does', () => {
    const now = 100_000;
    fc.assert(
      fc.property(
        fc.record({ limit: fc.integer({ min: 1, max: 8 }), windowMs: fc.integer({ min: 1, max: 2000 }) }),
        // Send times around the window's edge (exactly windowMs old included), in flight (future) too,
        // and another robot's sends, which must not count.
        fc.array(fc.integer({ min: now - 2500, max: now + 1500 }), { maxLength: 30 }),
        fc.array(fc.integer({ min: now - 2500, max: now + 1500 }), { maxLength: 5 }),
        fc.nat({ max: 3 }),
        (w, sent, others, onTheEdge) => {
          const times = [...sent, ...Array<number>(onTheEdge).fill(now - w.windowMs)];
          const { sync, sqlite } = t.opened;
          sqlite.exec('DELETE FROM send_log');
          const log = sqlite.prepare('INSERT INTO send_log (robot_id, at) VALUES (?, ?)');
          for (const at of times) log.run('r', at);
          for (const at of others) log.run('other', at);
          const window = windowOf(t.opened, 'r', now, w);
          expect(window.nextSlotAt()).toBe(nextSlotAt(times, now, w));
          expect(window.room()).toBe(roomAt(times, now, w));
          const recent = recentSends({ sync, db: t.opened.db }, 'r', now - w.windowMs, w.limit);
          expect(recent.length).toBeLessThanOrEqual(w.limit);
          const inWindow = times.filter((at) => at >= now - w.windowMs);
          for (const j of [1, 2, w.limit, w.limit + 1, 3 * w.limit])
            expect(futureSlotAt(recent, now, j, w)).toBe(futureSlotAt(inWindow, now, j, w));
        },
      ),
      { numRuns: 300 },
    );
  });
});
