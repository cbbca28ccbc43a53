import type SqliteDatabase from 'better-sqlite3';
import type { Db } from '../../db/database.ts';
import { createApiKeyStore } from './api-key-store.ts';
import { createAuditLog } from './audit-log.ts';
import { createLoginLimiter } from './login-limiter.ts';
import { createSessionStore } from './session-store.ts';
import { createUserStore } from './user-store.ts';

/** Users, sessions, API keys, the audit log and the login brake, over one database and one clock. */
export function createAccounts(db: Db, sqlite: SqliteDatabase.Database, now: () => number = Date.now) {
  return {
    users: createUserStore(db, now),
    sessions: createSessionStore(db, sqlite, now),
    apiKeys: createApiKeyStore(db, sqlite, now),
    audit: createAuditLog(db, now),
    loginLimiter: createLoginLimiter(now),
    now,
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
