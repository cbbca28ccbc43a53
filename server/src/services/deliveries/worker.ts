import type { Bilingual, DeliveryStatus, DingtalkMessage } from '@dingpost/shared';
import type { Db } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';
import { retryDelayMs } from './backoff.ts';
import { coalesceQueue } from './digest.ts';
import { recentSends } from './delivery-store.ts';
import type { QueueOptions } from './queue-options.ts';
import { nextSlotAt, roomAt } from './sliding-window.ts';
import type { CredentialSource, SendFn, SendOutcome } from './types.ts';

export type WorkerDeps = {
  db: Db;
  logger: Logger;
  options: QueueOptions;
  robots: CredentialSource;
  send: SendFn;
  /** Where a robot's messages go: the built-in emulator for the sandbox robot, DingTalk for the rest. */
  baseUrlFor: (sandbox: boolean) => string;
  onChange: (id: string, status: DeliveryStatus) => void;
};

export type Worker = {
  /** Re-queues what a previous process left in flight, then starts pacing. */
  start(): Promise<void>;
  /** Something was queued: look again now rather than at the next timer. */
  notify(): void;
  /** Stops picking up deliveries and waits for the sends in flight to be recorded. */
  stop(): Promise<void>;
};

/** Timers never sleep longer than this, so a clock jump or a missed notify heals itself. */
const MAX_SLEEP_MS = 60_000;
const SEND_LOG_KEEP_MS = 60 * 60 * 1000;

const ROBOT_GONE: Bilingual = {
  zh: '机器人已被删除，消息未发送。',
  en: 'The robot was deleted, so the message was not sent.',
};

const INTERNAL: Bilingual = {
  zh: '发送时服务器内部出错，稍后会自动重试。',
  en: 'Something went wrong on our side while sending; it will be retried.',
};

function gaveUp(outcome: { explanation: Bilingual }, attempts: number): Bilingual {
  const explanation = outcome.explanation;
  return {
    zh: `已尝试 ${attempts} 次仍未成功，不再重试。${explanation.zh}`,
    en: `Gave up after ${attempts} attempts. ${explanation.en}`,
  };
}

/**
 * One loop paces every robot: each robot is a lane fed from the head of its queue (FIFO), started only
 * when the robot is not cooling down, the head's backoff has passed and the sliding window has room.
 * A lane claims in queue order and may overlap up to `maxInFlight` requests, so a short window is not
 * wasted waiting on round trips (1 keeps strict arrival order at the cost of throughput). The loop
 * sleeps until the earliest moment something can go; enqueues and finished sends wake it.
 */
export function createWorker(deps: WorkerDeps): Worker {
  const { db, logger, options } = deps;
  const window = { limit: options.rateLimit, windowMs: options.windowMs };
  /** Sends in flight, per robot, and all of them (stop() waits for these). */
  const inFlight = new Map<string, number>();
  const sends = new Set<Promise<void>>();
  let stopped = true;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let lastPrune = 0;

  function wakeAt(at: number) {
    if (stopped || (timer !== undefined && timerAt <= at)) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = undefined;
        timerAt = Infinity;
        loop();
      },
      Math.min(MAX_SLEEP_MS, Math.max(0, at - Date.now())),
    );
  }

  function loop() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const next = await pass();
          wakeAt(next ?? Date.now() + MAX_SLEEP_MS);
        } while (again && !stopped);
      } catch (error) {
        logger.error('delivery worker pass failed', { error });
        wakeAt(Date.now() + 1000);
      } finally {
        running = null;
      }
    })();
  }

  /** Starts every lane that can send now; returns when the earliest waiting lane could, if any. */
  async function pass(): Promise<number | null> {
    const now = Date.now();
    if (now - lastPrune > 60_000) {
      lastPrune = now;
      await db
        .deleteFrom('send_log')
        .where('at', '<', now - Math.max(SEND_LOG_KEEP_MS, 2 * options.windowMs))
        .execute();
    }
    const heads = await db
      .selectFrom('deliveries as d')
      .leftJoin('robots as r', 'r.id', 'd.robot_id')
      .select(['d.id', 'd.robot_id', 'd.not_before', 'r.id as robot', 'r.cooldown_until', 'r.coalesce', 'r.keywords'])
      .where('d.status', '=', 'queued')
      .where('d.seq', 'in', (eb) =>
        eb
          .selectFrom('deliveries')
          .select((e) => e.fn.min('seq').as('seq'))
          .where('status', '=', 'queued')
          .groupBy('robot_id'),
      )
      .execute();
    let next: number | null = null;
    for (const head of heads) {
      if (stopped) break;
      if ((inFlight.get(head.robot_id) ?? 0) >= options.maxInFlight) continue;
      let readyAt: number | null;
      try {
        readyAt = await planLane(head, now);
      } catch (error) {
        // One robot's trouble (say, credentials that no longer decrypt) must not stall the others.
        logger.error('delivery lane failed', { robotId: head.robot_id, error });
        readyAt = now + 1000;
      }
      if (readyAt !== null) next = next === null ? readyAt : Math.min(next, readyAt);
    }
    return next;
  }

  type Head = {
    id: string;
    robot_id: string;
    not_before: number;
    robot: string | null;
    cooldown_until: number | null;
    coalesce: number | null;
    keywords: string | null;
  };

  /** Starts the robot's next send if it may go now; otherwise says when it may (null: nothing to wait for). */
  async function planLane(head: Head, now: number): Promise<number | null> {
    if (head.robot === null) {
      await failAll(head.robot_id);
      return null;
    }
    const cooling = head.cooldown_until !== null && head.cooldown_until > now ? head.cooldown_until : 0;
    const recent = await recentSends(db, head.robot_id, now - options.windowMs);
    if (head.coalesce) {
      const room = cooling > 0 || head.not_before > now ? 0 : roomAt(recent, now, window);
      const keywords = JSON.parse(head.keywords ?? '[]') as string[];
      const digest = await coalesceQueue(db, head.robot_id, room, keywords);
      if (digest) {
        logger.info('deliveries merged into a digest', {
          robotId: head.robot_id,
          digestId: digest.digestId,
          merged: digest.merged.length,
        });
        deps.onChange(digest.digestId, 'queued');
        for (const id of digest.merged) deps.onChange(id, 'digested');
        again = true;
        return null;
      }
    }
    // Claimed one by one, in queue order, while the window has room: up to maxInFlight overlap.
    let next: { id: string; not_before: number } | undefined = head;
    while (next && !stopped && (inFlight.get(head.robot_id) ?? 0) < options.maxInFlight) {
      const readyAt = Math.max(cooling, next.not_before, nextSlotAt(recent, now, window));
      if (readyAt > now) return readyAt;
      const claimed = await claim(head.robot_id, next.id);
      if (claimed) {
        recent.push(claimed.loggedAt);
        launch(head.robot_id, next.id, claimed);
      }
      next = await db
        .selectFrom('deliveries')
        .select(['id', 'not_before'])
        .where('robot_id', '=', head.robot_id)
        .where('status', '=', 'queued')
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
    }
    return null;
  }

  function launch(robotId: string, deliveryId: string, claimed: Claimed) {
    inFlight.set(robotId, (inFlight.get(robotId) ?? 0) + 1);
    const send: Promise<void> = deliver(robotId, deliveryId, claimed)
      .catch((error: unknown) => logger.error('delivery send failed', { deliveryId, error }))
      .finally(() => {
        const left = (inFlight.get(robotId) ?? 1) - 1;
        if (left > 0) inFlight.set(robotId, left);
        else inFlight.delete(robotId);
        sends.delete(send);
        loop();
      });
    sends.add(send);
  }

  async function failAll(robotId: string) {
    const rows = await db
      .updateTable('deliveries')
      .set({ status: 'failed', explanation: JSON.stringify(ROBOT_GONE), errcode: null, errmsg: 'robot deleted' })
      .where('robot_id', '=', robotId)
      .where('status', '=', 'queued')
      .returning('id')
      .execute();
    for (const row of rows) deps.onChange(row.id, 'failed');
  }

  type Claimed = { message: string; attempts: number; created_at: string; logId: number; loggedAt: number };

  /**
   * Marks the delivery sending and logs the attempt in one transaction, before the request leaves: the
   * window can never miss a request that may have reached DingTalk, even if the process dies right after.
   * Until its answer the attempt is logged at the latest moment DingTalk could still receive it (now +
   * the send timeout); the answer moves it to when it came (see record()).
   */
  async function claim(robotId: string, deliveryId: string): Promise<Claimed | undefined> {
    const claimed = await db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('deliveries')
        .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1) }))
        .where('id', '=', deliveryId)
        .where('status', '=', 'queued')
        .returning(['message', 'attempts', 'created_at'])
        .executeTakeFirst();
      if (!row) return undefined;
      const loggedAt = Date.now() + options.sendTimeoutMs;
      const log = await trx
        .insertInto('send_log')
        .values({ robot_id: robotId, at: loggedAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { ...row, logId: log.id, loggedAt };
    });
    if (claimed) deps.onChange(deliveryId, 'sending');
    return claimed;
  }

  async function deliver(robotId: string, deliveryId: string, claimed: Claimed) {
    let outcome: SendOutcome;
    let sandbox = false;
    try {
      const credentials = await deps.robots.credentials(robotId);
      if (!credentials) {
        outcome = { kind: 'failed', errcode: null, errmsg: 'robot deleted', explanation: ROBOT_GONE };
      } else {
        sandbox = credentials.sandbox;
        outcome = await deps.send(
          { baseUrl: deps.baseUrlFor(credentials.sandbox), token: credentials.token, secret: credentials.secret },
          JSON.parse(claimed.message) as DingtalkMessage,
          { timeoutMs: options.sendTimeoutMs },
        );
      }
    } catch (error) {
      logger.error('delivery send threw', { deliveryId, error });
      outcome = { kind: 'retry', errcode: null, errmsg: 'internal error', explanation: INTERNAL };
    }
    await record(robotId, deliveryId, claimed, outcome);
    logger.info('delivery attempt', {
      deliveryId,
      robotId,
      sandbox,
      attempt: claimed.attempts,
      outcome: outcome.kind,
      errcode: outcome.errcode,
    });
  }

  async function record(
    robotId: string,
    deliveryId: string,
    claimed: { attempts: number; created_at: string; logId: number },
    outcome: SendOutcome,
  ) {
    const now = Date.now();
    let status: DeliveryStatus;
    await db.transaction().execute(async (trx) => {
      // From now on the window counts this request at its end, the latest moment DingTalk can have seen it.
      await trx.updateTable('send_log').set({ at: now }).where('id', '=', claimed.logId).execute();
      const base = { errcode: outcome.errcode, errmsg: outcome.errmsg };
      const update = trx.updateTable('deliveries').where('id', '=', deliveryId);
      if (outcome.kind === 'sent') {
        status = 'sent';
        await update.set({ ...base, status, explanation: null, sent_at: new Date(now).toISOString() }).execute();
      } else if (outcome.kind === 'failed') {
        status = 'failed';
        await update.set({ ...base, status, explanation: JSON.stringify(outcome.explanation) }).execute();
      } else if (outcome.kind === 'throttled') {
        // DingTalk blocks the robot for 10 minutes: the whole lane rests, and this delivery goes first after.
        status = 'queued';
        const until = now + options.cooldownMs;
        await trx.updateTable('robots').set({ cooldown_until: until }).where('id', '=', robotId).execute();
        await update
          .set({ ...base, status, explanation: JSON.stringify(outcome.explanation), not_before: until })
          .execute();
        logger.warn('robot throttled by DingTalk; cooling down', { robotId, until: new Date(until).toISOString() });
      } else {
        const age = now - Date.parse(claimed.created_at);
        if (claimed.attempts >= options.maxAttempts || age >= options.maxAgeMs) {
          status = 'failed';
          await update
            .set({ ...base, status, explanation: JSON.stringify(gaveUp(outcome, claimed.attempts)) })
            .execute();
        } else {
          status = 'queued';
          const notBefore = now + retryDelayMs(claimed.attempts, options.retryBaseMs, options.retryMaxMs);
          await update
            .set({ ...base, status, explanation: JSON.stringify(outcome.explanation), not_before: notBefore })
            .execute();
        }
      }
    });
    deps.onChange(deliveryId, status!);
  }

  return {
    async start() {
      if (!stopped) return;
      // A delivery left 'sending' by a killed process may or may not have reached DingTalk: the request
      // was logged and marked before it left, and the answer was never recorded. Sending it again is
      // safe because its body, msgUuid included, is the one stored at enqueue time, and DingTalk (and
      // the emulator) shows a message whose msgUuid it has already seen only once. Not sending it again
      // could lose it; so it goes back to the head of its robot's queue, and the group sees it once.
      const resumed = await db
        .updateTable('deliveries')
        .set({ status: 'queued', not_before: 0 })
        .where('status', '=', 'sending')
        .returning('id')
        .execute();
      if (resumed.length > 0) logger.info('resuming deliveries interrupted mid-send', { count: resumed.length });
      stopped = false;
      loop();
    },
    notify() {
      loop();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      timerAt = Infinity;
      await running;
      await Promise.all(sends);
    },
  };
}
