import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('newId', () => {
  it('gives distinct, well-formed ids across many pool refills', () => {
    const ids = Array.from({ length: 5000 }, () => newId('dlv'));
    for (const id of ids) expect(id).toMatch(/^dlv_[0-9a-z]{8,9}[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // The random part differs id to id, not only the time part.
    expect(new Set(ids.map((id) => id.slice(-16))).size).toBe(ids.length);
  });
});
