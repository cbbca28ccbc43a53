import type { User } from '@dingpost/shared';
import type SqliteDatabase from 'better-sqlite3';
import type { Db } from '../../db/database.ts';
import type { UsersTable } from '../../db/schema.ts';
import { randomToken, tokenHash } from './tokens.ts';
import { toUser } from './user-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A session unused this long ends… */
export const SESSION_IDLE_MS = 7 * DAY_MS;
/** …and any session ends this long after login, used or not. */
export const SESSION_MAX_MS = 30 * DAY_MS;
/** last_seen_at is written at most this often: not a database write per request. */
const TOUCH_EVERY_MS = 60_000;

export type SessionStore = ReturnType<typeof createSessionStore>;

/** A live session: `id` is the stored hash, safe to hold in memory and compare. */
export type Session = { id: string; user: User; createdAt: number };

type SessionRow = Pick<UsersTable, 'id' | 'username' | 'role' | 'created_at' | 'disabled'> & {
  session_created_at: number;
  last_seen_at: number;
};

export function createSessionStore(db: Db, sqlite: SqliteDatabase.Database, now: () => number) {
  // Every cookie request runs this lookup: a prepared statement, not a query built per request.
  const lookup = sqlite.prepare<[string], SessionRow>(
    `SELECT s.created_at AS session_created_at, s.last_seen_at, u.id, u.username, u.role, u.created_at, u.disabled
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?`,
  );
  const expired = (row: { created_at: number; last_seen_at: number }, at: number) =>
    at - row.last_seen_at >= SESSION_IDLE_MS || at - row.created_at >= SESSION_MAX_MS;

  return {
    /** A new session for the user; the token goes in the cookie and nowhere else. */
    async create(userId: string): Promise<{ token: string; session: Session }> {
      const at = now();
      // Ended sessions are swept here, where a write happens anyway.
      await db
        .deleteFrom('sessions')
        .where((eb) =>
          eb.or([eb('last_seen_at', '<=', at - SESSION_IDLE_MS), eb('created_at', '<=', at - SESSION_MAX_MS)]),
        )
        .execute();
      const token = randomToken();
      const id = tokenHash(token);
      await db
        .insertInto('sessions')
        .values({ id_hash: id, user_id: userId, created_at: at, last_seen_at: at })
        .execute();
      const row = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
      return { token, session: { id, user: toUser(row), createdAt: at } };
    },

    /** The session the cookie names, if it is live and its user may still log in. */
    async resolve(token: string): Promise<Session | undefined> {
      const id = tokenHash(token);
      const row = lookup.get(id);
      if (!row || row.disabled === 1) return undefined;
      const at = now();
      if (expired({ created_at: row.session_created_at, last_seen_at: row.last_seen_at }, at)) {
        await db.deleteFrom('sessions').where('id_hash', '=', id).execute();
        return undefined;
      }
      if (at - row.last_seen_at >= TOUCH_EVERY_MS)
        await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', id).execute();
      return { id, user: toUser(row), createdAt: row.session_created_at };
    },

    async revoke(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', id).execute();
    },

    /** Ends every session of the user, but `keepId` (the one making the change, when it is theirs). */
    async revokeAllOf(userId: string, keepId?: string): Promise<void> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepId !== undefined) query = query.where('id_hash', '!=', keepId);
      await query.execute();
    },
  };
}
