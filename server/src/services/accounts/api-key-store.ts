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

/** A live key found by its token is trusted this long without looking again (revoking forgets them all). */
const KEY_REMEMBERED_MS = 10_000;
const MAX_REMEMBERED_KEYS = 1000;

export function createApiKeyStore(db: Db, sqlite: SqliteDatabase.Database, now: () => number) {
  // Every scripted request runs this lookup: a prepared statement, not a query built per request.
  const lookup = sqlite.prepare<[string], ApiKeysTable>(
    'SELECT * FROM api_keys WHERE token_hash = ? AND revoked_at IS NULL',
  );
  // Hashing the token and the lookup cost more than a whole check request otherwise: a script sending
  // many requests is recognised from memory. Only live keys are kept (unknown tokens never fill it).
  const remembered = new Map<string, { key: ApiKey; until: number }>();
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
      const at = now();
      const known = remembered.get(token);
      if (known && known.until > at) return known.key;
      const row = lookup.get(tokenHash(token));
      if (!row) return undefined;
      const key = toApiKey(row);
      if (remembered.size >= MAX_REMEMBERED_KEYS) remembered.clear();
      remembered.set(token, { key, until: at + KEY_REMEMBERED_MS });
      return key;
    },

    /**
     * Records a use: true when lastUsedAt was written (first use, or the last one recorded is over a
     * minute old), so the caller audits a key's use at that same pace.
     */
    async recordUse(key: ApiKey): Promise<boolean> {
      const at = now();
      if (key.lastUsedAt !== null && at - Date.parse(key.lastUsedAt) < KEY_USE_RECORD_EVERY_MS) return false;
      const lastUsedAt = new Date(at).toISOString();
      await db.updateTable('api_keys').set({ last_used_at: lastUsedAt }).where('id', '=', key.id).execute();
      // The remembered copy too, or each request until it is looked up again would write once more.
      for (const known of remembered.values()) if (known.key.id === key.id) known.key = { ...known.key, lastUsedAt };
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
      // After the write: a lookup racing it may have remembered the key as still live.
      remembered.clear();
      return get(id);
    },
  };
}
