import { describe, expect, it } from 'vitest';
import { pollBatch } from './poll-batch.ts';

/** Ids 25 (newest) down to 1 (oldest), as the list shows them. */
const newestFirst = Array.from({ length: 25 }, (_, i) => 25 - i);

describe('pollBatch', () => {
  it('asks about all of them, oldest first, when they fit', () => {
    expect(pollBatch([3, 2, 1], 0, 20)).toEqual([1, 2, 3]);
    expect(pollBatch([3, 2, 1], 7, 20)).toEqual([1, 2, 3]);
  });

  it('starts with the oldest, which the queue sends first', () => {
    expect(pollBatch(newestFirst, 0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('moves on each tick so that every one is asked about', () => {
    const asked = new Set([0, 1].flatMap((tick) => pollBatch(newestFirst, tick, 20)));
    expect(asked.size).toBe(25);
    expect(pollBatch(newestFirst, 1, 20).slice(0, 5)).toEqual([21, 22, 23, 24, 25]);
  });
});
