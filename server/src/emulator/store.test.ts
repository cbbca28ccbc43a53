import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EMULATOR_DB_FILE, INBOX_KEEP, openEmulatorStore, robotKey, UUID_SEEN_SQL } from './store.ts';

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

  it("looks a msgUuid up through its index, not by walking the robot's last hour", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-store-'));
    try {
      const store = openEmulatorStore(dir);
      const key = robotKey('t');
      const now = Date.now();
      for (let i = 0; i < 50; i++) store.insert(key, 'r', text(`u${i}`), now - i);
      expect(store.hasUuidSince(key, 'u7', now - 3600_000)).toBe(true);
      expect(store.hasUuidSince(key, 'u7', now)).toBe(false);
      expect(store.hasUuidSince(key, 'nope', now - 3600_000)).toBe(false);
      await store.close();
      const sqlite = new SqliteDatabase(path.join(dir, EMULATOR_DB_FILE), { readonly: true });
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${UUID_SEEN_SQL}`).all(key, 'u7', 0) as { detail: string }[];
      sqlite.close();
      expect(plan.map((step) => step.detail).join(' | ')).toMatch(
        /USING INDEX inbox_robot_uuid \(robot_key=\? AND msg_uuid=\?\)/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
