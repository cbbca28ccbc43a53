import type { DeliveryStatus } from '@dingpost/shared';
import type { Db } from '../db/database.ts';
import type { SyncDb } from '../db/sync.ts';
import type { Logger } from '../logger.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const EVERY_MS = 60 * 60 * 1000;
/** Rows deleted per statement: each batch is short, and other work runs between batches. */
const BATCH = 1000;
/** Deliveries that are over. Queued and sending ones are never deleted, however old. */
const FINISHED: DeliveryStatus[] = ['sent', 'failed', 'digested'];

const oldDeliveries = (db: Db, before: string) =>
  db
    .deleteFrom('deliveries')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('deliveries')
        .select('id')
        .where('created_at', '<', before)
        .where('status', 'in', FINISHED)
        .limit(BATCH),
    );
const oldAuditEntries = (db: Db, before: string) =>
  db
    .deleteFrom('audit_log')
    .where('seq', 'in', (eb) => eb.selectFrom('audit_log').select('seq').where('at', '<', before).limit(BATCH));

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

type Pruned = { deliveries: number; auditEntries: number };

/**
 * History is kept `days` days (RETENTION_DAYS): finished deliveries and audit entries older than that
 * are deleted at start and then hourly, so that the database of a busy robot does not grow for ever.
 * 0 keeps everything.
 */
export function startRetention(deps: { db: Db; sync: SyncDb; logger: Logger; days: number; now?: () => number }) {
  const { db, sync, logger, days } = deps;
  const now = deps.now ?? Date.now;
  let stopped = false;
  let last: Promise<unknown> = Promise.resolve();

  /** Runs a batched delete until a batch comes back short. */
  async function deleteAll(batch: () => Parameters<SyncDb['run']>[0]) {
    let deleted = 0;
    while (!stopped) {
      const changes = sync.run(batch());
      deleted += changes;
      if (changes < BATCH) break;
      await nextTurn();
    }
    return deleted;
  }

  async function prune(): Promise<Pruned> {
    if (days === 0 || stopped) return { deliveries: 0, auditEntries: 0 };
    const before = new Date(now() - days * DAY_MS).toISOString();
    const deliveries = await deleteAll(() => oldDeliveries(db, before));
    const auditEntries = await deleteAll(() => oldAuditEntries(db, before));
    if (deliveries + auditEntries > 0) logger.info('old history deleted', { before, deliveries, auditEntries });
    return { deliveries, auditEntries };
  }

  /** One prune at a time. */
  function queued(): Promise<Pruned> {
    const result = last.then(prune);
    last = result.catch(() => undefined);
    return result;
  }

  const run = () => void queued().catch((error: unknown) => logger.error('deleting old history failed', { error }));
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return {
    /** Deletes what is older than the retention period now; resolves with how many rows went. */
    prune: queued,
    /** No more pruning; resolves once a prune under way has stopped (before the database closes). */
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await last;
    },
  };
}

export type Retention = ReturnType<typeof startRetention>;
