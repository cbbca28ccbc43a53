import { randomBytes } from 'node:crypto';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { DeliveryStatus } from '@dingpost/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { tempDatabaseEachTest } from '../../test-support/temp-database.ts';
import { createRobotStore } from '../robots/robot-store.ts';
import { createVault } from '../vault.ts';
import { insertDelivery } from './delivery-store.ts';
import type { QueueOptions } from './queue-options.ts';
import type { SendFn } from './types.ts';
import { createWorker, type Worker } from './worker.ts';

// The worker with real SQLite and robot store; the upstream is a stand-in that looks at the database file
// through a connection of its own, as DingTalk's answer would only come after the request left.

const t = tempDatabaseEachTest();
let worker: Worker | undefined;
let outside: SqliteDatabase.Database | undefined;
afterEach(async () => {
  await worker?.stop();
  outside?.close();
});

const options: QueueOptions = {
  rateLimit: 20,
  windowMs: 1000,
  cooldownMs: 1000,
  retryBaseMs: 20,
  retryMaxMs: 100,
  maxAttempts: 3,
  maxAgeMs: 60_000,
  sendTimeoutMs: 1000,
  maxInFlight: 1,
};

async function setUp() {
  const robots = createRobotStore(t.opened.db, createVault(randomBytes(32)), t.opened.sync);
  const robot = await robots.create({ name: 'r', token: 'ab'.repeat(16), secret: null, keywords: [], coalesce: false });
  const other = (outside = new SqliteDatabase(path.join(t.dir, 'dingpost.sqlite'), { readonly: true }));
  /** What another connection saw of each delivery, and of the send log, when its request left. */
  const seen: { status: string | undefined; logged: number }[] = [];
  const changes: [string, DeliveryStatus][] = [];
  const send: SendFn = async (_target, message) => {
    const row = other.prepare('SELECT status FROM deliveries WHERE msg_uuid = ?').get(message.msgUuid) as
      { status: string } | undefined;
    const logged = (other.prepare('SELECT count(*) AS n FROM send_log').get() as { n: number }).n;
    seen.push({ status: row?.status, logged });
    return { kind: 'sent', errcode: 0, errmsg: 'ok' };
  };
  worker = createWorker({
    db: t.opened.db,
    sync: t.opened.sync,
    logger: createLogger('silent'),
    options,
    robots,
    send,
    baseUrlFor: () => 'https://dingtalk.invalid',
    onChange: (id, status) => changes.push([id, status]),
  });
  await worker.start();
  const write = (content: string) =>
    insertDelivery(t.opened, { robotId: robot.id, templateId: null, message: { msgtype: 'text', text: { content } } });
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { worker, write, seen, changes, until };
}

describe('worker: planning inside the transaction that wrote the deliveries', () => {
  it('claims in that transaction, and sends and announces only once it has committed', async () => {
    const { worker, write, seen, changes, until } = await setUp();
    const after = t.opened.sync.transaction(() => {
      const row = write('one');
      return { row, after: worker.planWithin([row.robot_id]) };
    });
    // Committed, not yet told: nothing left, nothing announced.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
    expect(changes).toEqual([]);
    after.after.committed();
    await until(() => seen.length === 1 && changes.length === 2);
    // The other connection saw the claim (status and send log) committed before the request left.
    expect(seen).toEqual([{ status: 'sending', logged: 1 }]);
    expect(changes).toEqual([
      [after.row.id, 'sending'],
      [after.row.id, 'sent'],
    ]);
  });

  it('forgets the claims of a transaction that rolled back, and the lane goes on', async () => {
    const { worker, write, seen, until } = await setUp();
    let after: ReturnType<Worker['planWithin']> | undefined;
    expect(() =>
      t.opened.sync.transaction(() => {
        const row = write('rolled back');
        after = worker.planWithin([row.robot_id]);
        throw new Error('commit failed');
      }),
    ).toThrow('commit failed');
    after!.rolledBack();
    // With one send in flight at most, a claim kept by mistake would hold the lane for ever.
    const row = t.opened.sync.transaction(() => write('next'));
    worker.notify(row.robot_id);
    await until(() => seen.length === 1);
    expect(seen).toEqual([{ status: 'sending', logged: 1 }]);
    expect(t.opened.sqlite.prepare('SELECT count(*) AS n FROM deliveries').get()).toEqual({ n: 1 });
  });
});
