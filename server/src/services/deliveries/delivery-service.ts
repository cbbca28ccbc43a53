import type { Delivery, DeliveryListQuery, DeliveryStatus, DingtalkMessage } from '@dingpost/shared';
import { deliveryListQuerySchema, MSG_UUID_WINDOW_MS } from '@dingpost/shared';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { SyncDb } from '../../db/sync.ts';
import type { AuditRecord } from '../accounts/audit-log.ts';
import type { Logger } from '../../logger.ts';
import {
  decodeCursor,
  FINAL_STATUSES,
  getDeliveryRow,
  getDeliveryRowByMsgUuid,
  insertDelivery,
  listDeliveryRows,
  recentSends,
  toDelivery,
  type DeliveryRow,
  type QueueEstimate,
} from './delivery-store.ts';
import { sendToDingtalk } from '../dingtalk/client.ts';
import { loadQueueOptions, type QueueOptions } from './queue-options.ts';
import { batchedWrites } from './batched-writes.ts';
import { futureSlotAt } from './sliding-window.ts';
import type { CredentialSource, SendFn } from './types.ts';
import { createWorker } from './worker.ts';

export type DeliveryServiceDeps = {
  db: Db;
  sync: SyncDb;
  logger: Logger;
  /** Where enqueue() records who asked for a delivery, in the transaction that stores it. */
  audit?: { recordIn(sync: SyncDb, entry: AuditRecord): void };
  options: QueueOptions;
  robots: CredentialSource;
  send: SendFn;
  dingtalkBaseUrl: string;
  /** The built-in emulator's base URL (…/emulator), where the sandbox robot's messages go. */
  emulatorBaseUrl: string;
};

export type DeliveryService = ReturnType<typeof createDeliveryService>;

type ListQuery = z.output<typeof deliveryListQuerySchema>;

export class InvalidCursorError extends Error {}

/**
 * The caller's msgUuid already belongs to one of the robot's deliveries of the last hour (DingTalk's
 * dedupe window) that has not failed.
 */
export class MsgUuidTaken extends Error {
  constructor(readonly earlier: Delivery) {
    super(`msgUuid already used by delivery ${earlier.id}`);
  }
}

const queueHeadQuery = (db: Db, robotId: string) =>
  db
    .selectFrom('deliveries')
    .select('not_before')
    .where('robot_id', '=', robotId)
    .where('status', '=', 'queued')
    .orderBy('seq')
    .limit(sql.lit(1));
const cooldownQuery = (db: Db, robotId: string) =>
  db.selectFrom('robots').select('cooldown_until').where('id', '=', robotId);
const queuedBeforeQuery = (db: Db, robotId: string, seq: number) =>
  db
    .selectFrom('deliveries')
    .select((eb) => eb.fn.countAll<number>().as('ahead'))
    .where('robot_id', '=', robotId)
    .where('status', '=', 'queued')
    .where('seq', '<', seq);
const queuedBetweenQuery = (db: Db, robotId: string, from: number, to: number) =>
  db
    .selectFrom('deliveries')
    .select('seq')
    .where('robot_id', '=', robotId)
    .where('status', '=', 'queued')
    .where('seq', '>=', from)
    .where('seq', '<=', to)
    .orderBy('seq');

/** The durable per-robot queue: enqueue, look up, wait for an outcome; the worker does the sending. */
export function createDeliveryService(deps: DeliveryServiceDeps) {
  const { db, sync, options } = deps;
  const window = { limit: options.rateLimit, windowMs: options.windowMs };
  const listeners = new Set<(id: string, status: DeliveryStatus) => void>();
  const worker = createWorker({
    db,
    sync,
    logger: deps.logger,
    options,
    robots: deps.robots,
    send: deps.send,
    baseUrlFor: (sandbox) => (sandbox ? deps.emulatorBaseUrl : deps.dingtalkBaseUrl),
    onChange: (id, status) => {
      for (const listener of listeners) listener(id, status);
    },
  });

  /**
   * Place and expected send time of the given queued deliveries of one robot. Places are counted in the
   * queue's index: those ahead of the first asked-for row, then the rows from it to the last (the queue may
   * be thousands deep during an alert flood; it is never read whole).
   */
  function estimatesFor(robotId: string, rows: readonly DeliveryRow[]): Map<string, QueueEstimate> {
    const now = Date.now();
    const head = sync.prepared(queueHeadQuery).first(robotId);
    const robot = sync.prepared(cooldownQuery).first(robotId);
    const recent = recentSends(deps, robotId, now - options.windowMs, options.rateLimit);
    const from = Math.max(now, robot?.cooldown_until ?? 0, head?.not_before ?? 0);
    const seqs = rows.map((row) => row.seq);
    const first = Math.min(...seqs);
    const ahead = sync.prepared(queuedBeforeQuery).first(robotId, first)?.ahead ?? 0;
    const span = sync.prepared(queuedBetweenQuery).all(robotId, first, Math.max(...seqs));
    const placeOf = new Map(span.map(({ seq }, i) => [seq, ahead + i + 1]));
    const estimates = new Map<string, QueueEstimate>();
    for (const row of rows) {
      const position = placeOf.get(row.seq);
      if (position !== undefined)
        estimates.set(row.id, { position, eta: futureSlotAt(recent, from, position, window) });
    }
    return estimates;
  }

  function present(rows: readonly DeliveryRow[]): Delivery[] {
    const queuedByRobot = new Map<string, DeliveryRow[]>();
    for (const row of rows) {
      if (row.status !== 'queued') continue;
      const queued = queuedByRobot.get(row.robot_id);
      if (queued) queued.push(row);
      else queuedByRobot.set(row.robot_id, [row]);
    }
    const estimates = new Map<string, QueueEstimate>();
    for (const [robotId, queued] of queuedByRobot)
      for (const [id, estimate] of estimatesFor(robotId, queued)) estimates.set(id, estimate);
    return rows.map((row) => toDelivery(row, estimates.get(row.id)));
  }

  async function get(id: string): Promise<Delivery | undefined> {
    const row = getDeliveryRow(deps, id);
    return row ? present([row])[0] : undefined;
  }

  type Enqueued = {
    robotId: string;
    templateId: string | null;
    message: DingtalkMessage;
    audit?: Omit<AuditRecord, 'target'>;
  };
  const insert = batchedWrites(
    sync,
    ({ audit, ...input }: Enqueued): { row: DeliveryRow; taken: boolean } => {
      // Looked up in the transaction that writes, after the deliveries written before it in the same
      // batch: two requests with one msgUuid, arriving together, cannot both be queued. A delivery that
      // failed does not hold it: asking again is how its sender retries once the cause is fixed, and
      // should DingTalk have shown one of its attempts after all, the shared msgUuid shows it only once.
      const msgUuid = input.message.msgUuid;
      if (msgUuid !== undefined) {
        const since = new Date(Date.now() - MSG_UUID_WINDOW_MS).toISOString();
        const earlier = getDeliveryRowByMsgUuid(deps, input.robotId, msgUuid, since);
        if (earlier && earlier.status !== 'failed') return { row: earlier, taken: true };
      }
      const row = insertDelivery(deps, input);
      if (audit) deps.audit?.recordIn(sync, { ...audit, target: row.id });
      return { row, taken: false };
    },
    // Inside the commit: a delivery whose robot may send now is claimed in the same one.
    (written) => worker.planWithin(new Set(written.map((w) => w.input.robotId))),
  );

  return {
    /**
     * Writes the delivery (msgUuid assigned) before anything is sent, with its audit entry (`target`
     * is the delivery) in the same commit, then wakes the worker. Deliveries enqueued together share
     * the commit (batched-writes.ts). A message with a msgUuid that one of the robot's deliveries of the
     * last hour already has, and has not failed with, is not queued: MsgUuidTaken, with that delivery.
     */
    async enqueue(
      input: { robotId: string; templateId: string | null; message: DingtalkMessage },
      opts: { estimate?: boolean; audit?: Omit<AuditRecord, 'target'> } = {},
    ) {
      const { row, taken } = await insert({ ...input, audit: opts.audit });
      if (taken) throw new MsgUuidTaken(present([row])[0]!);
      // A caller about to wait for the outcome has no use for the queue estimate: skip its queries.
      if (opts.estimate === false) return toDelivery(row);
      // As it stands now: the commit that wrote it may have claimed it for sending at once.
      return present([getDeliveryRow(deps, row.id) ?? row])[0]!;
    },

    get,

    async list(query: ListQuery | DeliveryListQuery) {
      const q = deliveryListQuerySchema.parse(query);
      const before = q.cursor === undefined ? null : decodeCursor(q.cursor);
      if (q.cursor !== undefined && before === null) throw new InvalidCursorError('Unknown cursor');
      const page = await listDeliveryRows(db, { robotId: q.robotId, status: q.status, before, limit: q.limit });
      return { items: present(page.rows), nextCursor: page.nextCursor };
    },

    /** The delivery once it is sent, failed or digested, or as it stands after `timeoutMs`. */
    async waitForFinal(id: string, timeoutMs: number): Promise<Delivery | undefined> {
      let wake: () => void = () => {};
      const settled = new Promise<void>((resolve) => (wake = resolve));
      const listener = (changed: string, status: DeliveryStatus) => {
        if (changed === id && FINAL_STATUSES.includes(status)) wake();
      };
      listeners.add(listener);
      const timer = setTimeout(wake, timeoutMs);
      try {
        const row = getDeliveryRow(deps, id);
        if (!row || FINAL_STATUSES.includes(row.status)) return row ? present([row])[0] : undefined;
        await settled;
        return get(id);
      } finally {
        clearTimeout(timer);
        listeners.delete(listener);
      }
    },

    /** Status changes as they happen (for tests and live views). Returns the unsubscribe function. */
    subscribe(listener: (id: string, status: DeliveryStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** A robot was deleted: what it had queued fails now ("robot deleted"), not when its lane's timer comes. */
    robotRemoved: () => worker.notify(),

    start: () => worker.start(),
    stop: () => worker.stop(),
  };
}

/**
 * The queue for an app built without one (in-process tests): default tuning, real sender, worker not
 * started, so deliveries are stored and listed but nothing is sent.
 */
export function createQueueForApp(deps: {
  config: Config;
  logger: Logger;
  db: Db;
  sync: SyncDb;
  audit: DeliveryServiceDeps['audit'];
  robots: CredentialSource;
  emulatorBaseUrl: string;
}): DeliveryService {
  return createDeliveryService({
    ...deps,
    options: loadQueueOptions(deps.config, {}),
    send: sendToDingtalk,
    dingtalkBaseUrl: deps.config.dingtalkBaseUrl,
  });
}
