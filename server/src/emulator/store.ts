import { createHash, randomBytes } from 'node:crypto';
import type { DingtalkMessage, SandboxMessage } from '@dingpost/shared';
import SqliteDatabase from 'better-sqlite3';
import { checkpointInBackground } from '../db/checkpointer.ts';
import { ownerOnlyDatabaseFile } from '../db/owner-only.ts';

export const EMULATOR_DB_FILE = 'emulator.sqlite';

/**
 * Robots live in memory only (their owner registers them at every start), so no token or secret is ever
 * written to disk; the inbox and throttling state are keyed by a hash of the token and survive restarts.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE inbox (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     robot_key TEXT NOT NULL,
     robot_name TEXT NOT NULL,
     msg_uuid TEXT,
     received_at INTEGER NOT NULL,
     message TEXT NOT NULL
   );
   CREATE INDEX inbox_robot_time ON inbox (robot_key, received_at);
   CREATE INDEX inbox_robot_uuid ON inbox (robot_key, msg_uuid);
   CREATE TABLE throttles (robot_key TEXT PRIMARY KEY, until INTEGER NOT NULL);`,
];

/**
 * Whether a robot received this msgUuid lately. Left to itself, SQLite reads it through inbox_robot_time
 * and walks every message of the robot's last hour: with a raised rate limit, the emulator spent 2 ms a
 * message on it after 10,000 messages. The uuid index finds the one row.
 */
export const UUID_SEEN_SQL =
  'SELECT 1 FROM inbox INDEXED BY inbox_robot_uuid WHERE robot_key = ? AND msg_uuid = ? AND received_at > ? LIMIT 1';

/** The inbox keeps this many messages (and always the last hour's, which msgUuid dedupe needs). */
export const INBOX_KEEP = 5000;
const PRUNE_EVERY = 200;
const HOUR_MS = 60 * 60 * 1000;

export type InboxEntry = SandboxMessage & { robotName: string; msgUuid: string | null };

type InboxRow = { id: string; robot_name: string; msg_uuid: string | null; received_at: number; message: string };

export function robotKey(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function toEntry(row: InboxRow): InboxEntry {
  return {
    id: row.id,
    receivedAt: new Date(row.received_at).toISOString(),
    message: JSON.parse(row.message) as DingtalkMessage,
    robotName: row.robot_name,
    msgUuid: row.msg_uuid,
  };
}

export function openEmulatorStore(dataDir: string | null) {
  let file = ':memory:';
  if (dataDir !== null) file = ownerOnlyDatabaseFile(dataDir, EMULATOR_DB_FILE);
  const sqlite = new SqliteDatabase(file);
  let checkpointer: { stop(): void } | null = null;
  if (dataDir !== null) {
    sqlite.pragma('journal_mode = WAL');
    // WAL + NORMAL survives a killed process (only a power cut may lose the last commits).
    sqlite.pragma('synchronous = NORMAL');
    // Not inside a send's commit: the built-in emulator shares dingpost's event loop.
    checkpointer = checkpointInBackground(sqlite);
  }
  sqlite.pragma('busy_timeout = 5000');
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++)
    sqlite.transaction(() => {
      sqlite.exec(MIGRATIONS[v]!);
      sqlite.pragma(`user_version = ${v + 1}`);
    })();

  const q = {
    insert: sqlite.prepare(
      'INSERT INTO inbox (id, robot_key, robot_name, msg_uuid, received_at, message) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    countSince: sqlite.prepare('SELECT count(*) AS n FROM inbox WHERE robot_key = ? AND received_at > ?').pluck(),
    uuidSince: sqlite.prepare(UUID_SEEN_SQL).pluck(),
    listAll: sqlite.prepare('SELECT * FROM inbox ORDER BY seq DESC LIMIT ?'),
    listRobot: sqlite.prepare('SELECT * FROM inbox WHERE robot_key = ? ORDER BY seq DESC LIMIT ?'),
    count: sqlite.prepare('SELECT count(*) FROM inbox').pluck(),
    throttledUntil: sqlite.prepare('SELECT until FROM throttles WHERE robot_key = ?').pluck(),
    prune: sqlite.prepare(
      `DELETE FROM inbox WHERE received_at < ?
         AND seq <= (SELECT seq FROM inbox ORDER BY seq DESC LIMIT 1 OFFSET ${INBOX_KEEP})`,
    ),
    throttle: sqlite.prepare(
      'INSERT INTO throttles (robot_key, until) VALUES (?, ?) ON CONFLICT (robot_key) DO UPDATE SET until = excluded.until',
    ),
  };

  let insertsSincePrune = 0;

  return {
    /** Stores an accepted message; returns its inbox id. */
    insert(key: string, robotName: string, message: DingtalkMessage, receivedAtMs: number): string {
      const id = `msg_${receivedAtMs.toString(36)}${randomBytes(6).toString('hex')}`;
      q.insert.run(id, key, robotName, message.msgUuid ?? null, receivedAtMs, JSON.stringify(message));
      if (++insertsSincePrune >= PRUNE_EVERY) {
        insertsSincePrune = 0;
        q.prune.run(receivedAtMs - HOUR_MS);
      }
      return id;
    },
    countSince(key: string, sinceMs: number): number {
      return q.countSince.get(key, sinceMs) as number;
    },
    hasUuidSince(key: string, msgUuid: string, sinceMs: number): boolean {
      return q.uuidSince.get(key, msgUuid, sinceMs) !== undefined;
    },
    list(opts: { key?: string; limit?: number } = {}): InboxEntry[] {
      const limit = opts.limit ?? 100;
      const rows = (opts.key === undefined ? q.listAll.all(limit) : q.listRobot.all(opts.key, limit)) as InboxRow[];
      return rows.map(toEntry);
    },
    count(): number {
      return q.count.get() as number;
    },
    throttledUntil(key: string): number | null {
      return (q.throttledUntil.get(key) as number | undefined) ?? null;
    },
    throttle(key: string, untilMs: number): void {
      q.throttle.run(key, untilMs);
    },
    clear(): void {
      sqlite.exec('DELETE FROM inbox; DELETE FROM throttles;');
    },
    /** The background checkpointer lets go of the file first, then the connection closes. */
    async close(): Promise<void> {
      await checkpointer?.stop();
      if (sqlite.open) sqlite.close();
    },
  };
}

export type EmulatorStore = ReturnType<typeof openEmulatorStore>;
