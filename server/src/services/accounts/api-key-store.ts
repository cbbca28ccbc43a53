import { API_KEY_PREFIX, type ApiKey } from '@dingpost/shared';
import type SqliteDatabase from 'better-sqlite3';
import type { Db } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { ApiKeysTable } from '../../db/schema.ts';
import { randomToken, tokenHash } from './tokens.ts';

/** lastUsedAt (and the apikey.use audit entry) is written at most this often per key. */
export const KEY_USE_RECORD_EVERY_MS = 60_000;
const SHOWN_PREFIX_LENGTH = 8;

export type ApiKeyStore = ReturnType<typeof createApiKeyStore>;

function toApiKey(row: ApiKeysTable): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    createdBy: row.created_by,
  };
}

export function createApiKeyStore(db: Db, sqlite: SqliteDatabase.Database, now: () => number) {
  // Every scripted request runs this lookup: a prepared statement, not a query built per request.
  const lookup = sqlite.prepare<[string], ApiKeysTable>(
    'SELECT * FROM api_keys WHERE token_hash = ? AND revoked_at IS NULL',
  );
  const get = async (id: string): Promise<ApiKey | undefined> => {
    const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toApiKey(row);
  };

  return {
    get,

    /** The token is returned here once; only its hash is stored. */
    async create(name: string, createdBy: string): Promise<{ apiKey: ApiKey; token: string }> {
      const token = `${API_KEY_PREFIX}${randomToken()}`;
      const row: ApiKeysTable = {
        id: newId('key'),
        name,
        prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
        token_hash: tokenHash(token),
        created_by: createdBy,
        created_at: new Date(now()).toISOString(),
        last_used_at: null,
        revoked_at: null,
      };
      await db.insertInto('api_keys').values(row).execute();
      return { apiKey: toApiKey(row), token };
    },

    /** Newest first, revoked ones included (they say when). */
    async list(): Promise<ApiKey[]> {
      const rows = await db
        .selectFrom('api_keys')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toApiKey);
    },

    /** The live key this token is, if any. */
    async resolve(token: string): Promise<ApiKey | undefined> {
      if (!token.startsWith(API_KEY_PREFIX)) return undefined;
      const row = lookup.get(tokenHash(token));
      return row && toApiKey(row);
    },

    /**
     * Records a use: true when lastUsedAt was written (first use, or the last one recorded is over a
     * minute old), so the caller audits a key's use at that same pace.
     */
    async recordUse(key: ApiKey): Promise<boolean> {
      const at = now();
      if (key.lastUsedAt !== null && at - Date.parse(key.lastUsedAt) < KEY_USE_RECORD_EVERY_MS) return false;
      await db
        .updateTable('api_keys')
        .set({ last_used_at: new Date(at).toISOString() })
        .where('id', '=', key.id)
        .execute();
      return true;
    },

    /** The revoked key, or undefined when there is no such key; revoking twice keeps the first time. */
    async revoke(id: string): Promise<ApiKey | undefined> {
      await db
        .updateTable('api_keys')
        .set({ revoked_at: new Date(now()).toISOString() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return get(id);
    },
  };
}
