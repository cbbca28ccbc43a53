import type { AuditAction, AuditActor, AuditEntry } from '@dingpost/shared';
import type { Db } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../../db/schema.ts';
import type { SyncDb } from '../../db/sync.ts';

export type AuditLog = ReturnType<typeof createAuditLog>;

export type AuditRecord = {
  actor: AuditActor;
  action: AuditAction;
  target?: string | null;
  /** What it was about: names, ids, outcomes. Never a token, secret, password or message text. */
  details?: Record<string, unknown>;
};

export class InvalidAuditCursorError extends Error {}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
    action: row.action as AuditAction,
    target: row.target,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

type AuditRow = Omit<Selectable<AuditLogTable>, 'seq'>;

const insertQuery = (db: Db, row: AuditRow) => db.insertInto('audit_log').values(row);
/** The same with each value bound at run time (see db/sync.ts prepared). */
const preparedInsertQuery = (
  db: Db,
  id: string,
  at: string,
  actorKind: AuditRow['actor_kind'],
  actorId: string | null,
  actorName: string,
  action: string,
  target: string | null,
  details: string,
) =>
  insertQuery(db, {
    id,
    at,
    actor_kind: actorKind,
    actor_id: actorId,
    actor_name: actorName,
    action,
    target,
    details,
  });

export function createAuditLog(db: Db, now: () => number) {
  const toRow = (entry: AuditRecord): AuditRow => ({
    id: newId('aud'),
    at: new Date(now()).toISOString(),
    actor_kind: entry.actor.kind,
    actor_id: entry.actor.id,
    actor_name: entry.actor.name,
    action: entry.action,
    target: entry.target ?? null,
    details: JSON.stringify(entry.details ?? {}),
  });

  return {
    async record(entry: AuditRecord): Promise<void> {
      await insertQuery(db, toRow(entry)).execute();
    },

    /** Records at once, inside the caller's synchronous transaction (it commits with what it audits). */
    recordIn(sync: SyncDb, entry: AuditRecord): void {
      const row = toRow(entry);
      sync
        .prepared(preparedInsertQuery)
        .run(row.id, row.at, row.actor_kind, row.actor_id, row.actor_name, row.action, row.target, row.details);
    },

    /** Newest first; pass nextCursor back as cursor for the next page. */
    async page(query: { cursor?: string; action?: AuditAction; limit: number }) {
      let q = db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(query.limit + 1);
      if (query.action !== undefined) q = q.where('action', '=', query.action);
      if (query.cursor !== undefined) {
        if (!/^\d{1,15}$/.test(query.cursor)) throw new InvalidAuditCursorError(query.cursor);
        q = q.where('seq', '<', Number(query.cursor));
      }
      const rows = await q.execute();
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      return {
        items: items.map(toEntry),
        nextCursor: rows.length > query.limit && last ? String(last.seq) : null,
      };
    },
  };
}
