import { randomUUID } from 'node:crypto';
import type { Delivery, DeliveryListQuery, DeliveryStatus, DingtalkMessage } from '@dingpost/shared';
import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { DeliveriesTable } from '../../db/schema.ts';
import type { SyncDb } from '../../db/sync.ts';
import { slotAfter, type Window } from './sliding-window.ts';

export type DeliveryRow = Selectable<DeliveriesTable>;
/** Kysely builds the queue's queries; `sync` runs them at once (see db/sync.ts). */
export type QueueDb = { db: Db; sync: SyncDb };

export const FINAL_STATUSES: readonly DeliveryStatus[] = ['sent', 'failed', 'digested'];

export type QueueEstimate = { position: number; eta: number };

export function toDelivery(row: DeliveryRow, estimate?: QueueEstimate): Delivery {
  return {
    id: row.id,
    robotId: row.robot_id,
    templateId: row.template_id,
    status: row.status,
    message: JSON.parse(row.message) as DingtalkMessage,
    attempts: row.attempts,
    errcode: row.errcode,
    errmsg: row.errmsg,
    explanation: row.explanation === null ? null : (JSON.parse(row.explanation) as Delivery['explanation']),
    digestId: row.digest_id,
    queuePosition: row.status === 'queued' && estimate ? estimate.position : null,
    eta: row.status === 'queued' && estimate ? new Date(estimate.eta).toISOString() : null,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/**
 * Writes a queued delivery. Its msgUuid (the caller's, else a new one) is stored inside the message
 * itself, so every attempt, before or after a restart, sends the very same body.
 */
const insertQuery = (
  db: Db,
  id: string,
  robotId: string,
  templateId: string | null,
  message: string,
  msgUuid: string,
  createdAt: string,
) =>
  db
    .insertInto('deliveries')
    .values({
      id,
      robot_id: robotId,
      template_id: templateId,
      status: 'queued',
      message,
      msg_uuid: msgUuid,
      attempts: 0,
      errcode: null,
      errmsg: null,
      explanation: null,
      digest_id: null,
      not_before: 0,
      created_at: createdAt,
      sent_at: null,
    })
    .returningAll();

export function insertDelivery(
  { sync }: QueueDb,
  input: { robotId: string; templateId: string | null; message: DingtalkMessage },
): DeliveryRow {
  const message = { ...input.message, msgUuid: input.message.msgUuid ?? randomUUID() };
  const row = sync
    .prepared(insertQuery)
    .first(
      newId('dlv'),
      input.robotId,
      input.templateId,
      JSON.stringify(message),
      message.msgUuid,
      new Date().toISOString(),
    );
  if (!row) throw new Error('insert into deliveries returned no row');
  return row;
}

const byIdQuery = (db: Db, id: string) => db.selectFrom('deliveries').selectAll().where('id', '=', id);

export function getDeliveryRow({ sync }: QueueDb, id: string): DeliveryRow | undefined {
  return sync.prepared(byIdQuery).first(id);
}

const byMsgUuidQuery = (db: Db, robotId: string, msgUuid: string, since: string) =>
  db
    .selectFrom('deliveries')
    .selectAll()
    .where('robot_id', '=', robotId)
    .where('msg_uuid', '=', msgUuid)
    .where('created_at', '>', since)
    .orderBy('seq', 'desc')
    .limit(sql.lit(1));

/** The robot's latest delivery with this msgUuid created after `since` (ISO), if any. */
export function getDeliveryRowByMsgUuid(
  { sync }: QueueDb,
  robotId: string,
  msgUuid: string,
  since: string,
): DeliveryRow | undefined {
  return sync.prepared(byMsgUuidQuery).first(robotId, msgUuid, since);
}

/** The cursor is opaque to clients: the last seq seen, base64url so nobody relies on its form. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`s${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string): number | null {
  const match = /^s(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** History, newest first; `before` is the seq after which to continue. */
export async function listDeliveryRows(
  db: Db,
  query: Omit<DeliveryListQuery, 'cursor' | 'limit'> & { before: number | null; limit: number },
): Promise<{ rows: DeliveryRow[]; nextCursor: string | null }> {
  let q = db.selectFrom('deliveries').selectAll();
  if (query.robotId !== undefined) q = q.where('robot_id', '=', query.robotId);
  if (query.status !== undefined) q = q.where('status', '=', query.status);
  if (query.before !== null) q = q.where('seq', '<', query.before);
  const rows = await q
    .orderBy('seq', 'desc')
    .limit(query.limit + 1)
    .execute();
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  return { rows: page, nextCursor: more ? encodeCursor(page[page.length - 1]!.seq) : null };
}

/**
 * Send times still inside the window for a robot (send_log counts the queue's sends and test sends),
 * newest first, at most `limit` of them: no older one can hold a send back.
 */
export function recentSends({ sync }: QueueDb, robotId: string, since: number, limit: number): number[] {
  return sync
    .prepared(queriesFor(limit).recent)
    .all(robotId, since)
    .map((r) => r.at);
}

/** One query per window limit (a LIMIT or OFFSET must be a literal, see db/sync.ts). */
const windowQueries = new Map<number, ReturnType<typeof windowQueriesFor>>();
function windowQueriesFor(limit: number) {
  const inWindow = (db: Db, robotId: string, since: number) =>
    db.selectFrom('send_log').select('at').where('robot_id', '=', robotId).where('at', '>=', since);
  return {
    recent: (db: Db, robotId: string, since: number) =>
      inWindow(db, robotId, since).orderBy('at', 'desc').limit(sql.lit(limit)),
    /** The window's `limit`-th newest send, if it holds that many. */
    limitth: (db: Db, robotId: string, since: number) =>
      inWindow(db, robotId, since)
        .orderBy('at', 'desc')
        .limit(sql.lit(1))
        .offset(sql.lit(limit - 1)),
    /** How many sends the window holds, counting no further than `limit`. */
    used: (db: Db, robotId: string, since: number) =>
      db
        .selectFrom(inWindow(db, robotId, since).limit(sql.lit(limit)).as('w'))
        .select((eb) => eb.fn.countAll<number>().as('n')),
  };
}
function queriesFor(limit: number) {
  let queries = windowQueries.get(limit);
  if (!queries) windowQueries.set(limit, (queries = windowQueriesFor(limit)));
  return queries;
}

/**
 * The sliding window of a robot read from the send log's index, without loading the log: when its next
 * send may start, and how many may start now. Same answers as sliding-window.ts given recentSends().
 */
export function windowOf({ sync }: QueueDb, robotId: string, now: number, w: Window) {
  const since = now - w.windowMs;
  const queries = queriesFor(w.limit);
  return {
    nextSlotAt: () => slotAfter(sync.prepared(queries.limitth).first(robotId, since)?.at, now, w),
    room: () => Math.max(0, w.limit - (sync.prepared(queries.used).first(robotId, since)?.n ?? 0)),
  };
}
