import { describe, expect, it } from 'vitest';
import { INBOX_KEEP, openEmulatorStore, robotKey } from './store.ts';

const text = (msgUuid: string) => ({ msgtype: 'text' as const, text: { content: msgUuid }, msgUuid });

describe('emulator store', () => {
  it('prunes the inbox to its newest messages but keeps the last hour (msgUuid dedupe needs it)', async () => {
    const store = openEmulatorStore(null);
    const key = robotKey('t');
    const now = Date.now();
    for (let i = 0; i < INBOX_KEEP + 400; i++) store.insert(key, 'r', text(`old${i}`), now - 24 * 3600_000 + i);
    for (let i = 0; i < INBOX_KEEP + 400; i++) store.insert(key, 'r', text(`new${i}`), now);
    // Every old message is beyond the newest INBOX_KEEP now and older than an hour: gone.
    expect(store.list({ limit: 100_000 }).filter((m) => m.msgUuid!.startsWith('old'))).toEqual([]);
    // Recent ones stay even past INBOX_KEEP.
    expect(store.count()).toBe(INBOX_KEEP + 400);
    expect(store.hasUuidSince(key, 'new0', now - 3600_000)).toBe(true);
    expect(store.list({ limit: 1 })[0]!.msgUuid).toBe(`new${INBOX_KEEP + 399}`);
    await store.close();
  });
});
