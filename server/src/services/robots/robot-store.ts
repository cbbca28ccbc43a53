import type { Robot } from '@dingpost/shared';
import type { Db } from '../../db/database.ts';
import type { SyncDb } from '../../db/sync.ts';
import { newId } from '../../db/ids.ts';
import type { RobotsTable } from '../../db/schema.ts';
import { VaultError, type Vault } from '../vault.ts';

/** What the store is given: the token already extracted from the webhook. */
export type RobotFields = {
  name: string;
  token: string;
  secret: string | null;
  keywords: string[];
  coalesce: boolean;
  sandbox?: boolean;
};

/** undefined leaves a field as it is; a null secret removes it. */
export type RobotPatch = Partial<Omit<RobotFields, 'sandbox'>>;

/** What sending needs. Only the sender sees it; it never goes into a response or a log. */
export type RobotCredentials = {
  token: string;
  secret: string | null;
  keywords: string[];
  sandbox: boolean;
  coalesce: boolean;
};

export type RobotStore = ReturnType<typeof createRobotStore>;

/**
 * The token is already another robot's. Two entries for one DingTalk robot would each be paced to the
 * limit on their own, together sending it more than it takes (it would answer "too fast" and rest).
 */
export class TokenTakenError extends Error {
  constructor(readonly holder: { id: string; name: string }) {
    super(`The token is already robot ${holder.id}'s`);
  }
}

/** The associated data that binds an envelope to its robot and field: a copied ciphertext opens nowhere else. */
const context = (robotId: string, field: 'token' | 'secret') => `robot:${robotId}:${field}`;

const tokenHint = (token: string) => token.slice(-4);

function toRobot(row: RobotsTable): Robot {
  const keywords = JSON.parse(row.keywords) as string[];
  return {
    id: row.id,
    name: row.name,
    tokenHint: row.token_hint,
    hasSecret: row.secret_enc !== null,
    keywords,
    hasKeywords: keywords.length > 0,
    coalesce: row.coalesce === 1,
    sandbox: row.sandbox === 1,
    createdAt: row.created_at,
  };
}

const byIdQuery = (db: Db, id: string) => db.selectFrom('robots').selectAll().where('id', '=', id);
const tokensQuery = (db: Db) => db.selectFrom('robots').select(['id', 'name', 'token_hint', 'token_enc']);

export function createRobotStore(db: Db, vault: Vault, sync: SyncDb) {
  const row = (id: string) => sync.prepared(byIdQuery).first(id);
  // Every send needs its robot twice (the route, then the sender), and robots change only through this
  // store: what was read and opened is kept until the robot is changed or removed. Opening means two
  // AES-GCM decryptions; the key that does them is in this process anyway. Cooldowns are not kept here.
  const views = new Map<string, Readonly<Robot>>();
  const opened = new Map<string, Readonly<RobotCredentials>>();
  const forget = (id: string) => {
    views.delete(id);
    opened.delete(id);
  };
  const get = async (id: string): Promise<Robot | undefined> => {
    const known = views.get(id);
    if (known) return known;
    const found = row(id);
    if (!found) return undefined;
    const robot = Object.freeze(toRobot(found));
    views.set(id, robot);
    return robot;
  };

  /** Throws TokenTakenError when a robot other than `self` has `token`; each is sealed with its own IV, so opened to compare. */
  const claimToken = (token: string, self: string) => {
    for (const other of sync.prepared(tokensQuery).all()) {
      if (other.id === self || other.token_hint !== tokenHint(token)) continue;
      let held: string;
      try {
        held = vault.open(other.token_enc, context(other.id, 'token'));
      } catch (error) {
        // Sealed under a key this server no longer has: that robot cannot send either.
        if (error instanceof VaultError) continue;
        throw error;
      }
      if (held === token) throw new TokenTakenError({ id: other.id, name: other.name });
    }
  };

  return {
    /** Throws TokenTakenError when another robot has the token. */
    async create(fields: RobotFields): Promise<Robot> {
      const id = newId('rb');
      const now = new Date().toISOString();
      const record: RobotsTable = {
        id,
        name: fields.name,
        token_enc: vault.seal(fields.token, context(id, 'token')),
        token_hint: tokenHint(fields.token),
        secret_enc: fields.secret === null ? null : vault.seal(fields.secret, context(id, 'secret')),
        keywords: JSON.stringify(fields.keywords),
        coalesce: fields.coalesce ? 1 : 0,
        sandbox: fields.sandbox ? 1 : 0,
        cooldown_until: null,
        created_at: now,
        updated_at: now,
      };
      // In one synchronous transaction, so two requests adding the same webhook cannot both pass the check.
      sync.transaction(() => {
        claimToken(fields.token, id);
        sync.run(db.insertInto('robots').values(record));
      });
      return toRobot(record);
    },

    /** The sandbox robot first, then the others in the order they were added. */
    async list(): Promise<Robot[]> {
      const rows = await db
        .selectFrom('robots')
        .selectAll()
        .orderBy('sandbox', 'desc')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRobot);
    },

    get,

    async findSandbox(): Promise<Robot | undefined> {
      const found = await db.selectFrom('robots').selectAll().where('sandbox', '=', 1).executeTakeFirst();
      return found && toRobot(found);
    },

    /** Throws TokenTakenError when the patch gives it another robot's token. */
    async update(id: string, patch: RobotPatch): Promise<Robot | undefined> {
      const changes: Partial<RobotsTable> = { updated_at: new Date().toISOString() };
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.token !== undefined) {
        changes.token_enc = vault.seal(patch.token, context(id, 'token'));
        changes.token_hint = tokenHint(patch.token);
      }
      if (patch.secret !== undefined)
        changes.secret_enc = patch.secret === null ? null : vault.seal(patch.secret, context(id, 'secret'));
      if (patch.keywords !== undefined) changes.keywords = JSON.stringify(patch.keywords);
      if (patch.coalesce !== undefined) changes.coalesce = patch.coalesce ? 1 : 0;
      const updated = sync.transaction(() => {
        if (patch.token !== undefined) claimToken(patch.token, id);
        return sync.run(db.updateTable('robots').set(changes).where('id', '=', id));
      });
      forget(id);
      if (updated === 0) return undefined;
      return get(id);
    },

    /** True when the robot existed. */
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('robots').where('id', '=', id).executeTakeFirst();
      forget(id);
      return result.numDeletedRows > 0n;
    },

    async credentials(id: string): Promise<RobotCredentials | undefined> {
      const known = opened.get(id);
      if (known) return known;
      const found = row(id);
      if (!found) return undefined;
      const credentials = Object.freeze({
        token: vault.open(found.token_enc, context(id, 'token')),
        secret: found.secret_enc === null ? null : vault.open(found.secret_enc, context(id, 'secret')),
        keywords: JSON.parse(found.keywords) as string[],
        sandbox: found.sandbox === 1,
        coalesce: found.coalesce === 1,
      });
      opened.set(id, credentials);
      return credentials;
    },

    /** Throttled by DingTalk: the robot rests until `untilMs` (null ends the rest). */
    async setCooldown(id: string, untilMs: number | null): Promise<void> {
      await db.updateTable('robots').set({ cooldown_until: untilMs }).where('id', '=', id).execute();
    },

    /** Epoch ms until which the robot rests, or null when it may send. */
    async cooldownUntil(id: string, nowMs = Date.now()): Promise<number | null> {
      const found = await db.selectFrom('robots').select('cooldown_until').where('id', '=', id).executeTakeFirst();
      const until = found?.cooldown_until ?? null;
      return until !== null && until > nowMs ? until : null;
    },
  };
}
