import type { Bilingual, DeliveryStatus, DingtalkMessage } from '@dingpost/shared';
import type { Db } from '../../db/database.ts';
import type { SyncDb } from '../../db/sync.ts';
import type { Logger } from '../../logger.ts';
import { retryDelayMs } from './backoff.ts';
import type { QueueOptions } from './queue-options.ts';
import type { CredentialSource, SendFn, SendOutcome } from './types.ts';

// One delivery attempt: claiming it, sending it and recording the outcome. The pacing loop is in worker.ts.

export type WorkerDeps = {
  db: Db;
  sync: SyncDb;
  logger: Logger;
  options: QueueOptions;
  robots: CredentialSource;
  send: SendFn;
  /** Where a robot's messages go: the built-in emulator for the sandbox robot, DingTalk for the rest. */
  baseUrlFor: (sandbox: boolean) => string;
  onChange: (id: string, status: DeliveryStatus) => void;
};

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

/** Fails every queued delivery of a deleted robot. */
export function failAll(deps: WorkerDeps, robotId: string) {
  const { db, sync } = deps;
  const rows = sync.all(
    db
      .updateTable('deliveries')
      .set({ status: 'failed', explanation: JSON.stringify(ROBOT_GONE), errcode: null, errmsg: 'robot deleted' })
      .where('robot_id', '=', robotId)
      .where('status', '=', 'queued')
      .returning('id'),
  );
  for (const row of rows) deps.onChange(row.id, 'failed');
}

const claimQuery = (db: Db, id: string) =>
  db
    .updateTable('deliveries')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returning(['message', 'attempts', 'created_at']);
const logSendQuery = (db: Db, robotId: string, at: number) =>
  db.insertInto('send_log').values({ robot_id: robotId, at }).returning('id');
const stampSendQuery = (db: Db, id: number, at: number) => db.updateTable('send_log').set({ at }).where('id', '=', id);
const markSentQuery = (db: Db, id: string, errmsg: string, sentAt: string) =>
  db
    .updateTable('deliveries')
    .set({ errcode: 0, errmsg, status: 'sent', explanation: null, sent_at: sentAt })
    .where('id', '=', id);

export type Claimed = { message: string; attempts: number; created_at: string; logId: number; loggedAt: number };

/**
 * Marks the delivery sending and logs the attempt in one transaction, before the request leaves: the
 * window can never miss a request that may have reached DingTalk, even if the process dies right after.
 * Until its answer the attempt is logged at the latest moment DingTalk could still receive it (now +
 * the send timeout); the answer moves it to when it came (see record()).
 */
export function claim(deps: WorkerDeps, robotId: string, deliveryId: string): Claimed | undefined {
  const { sync, options } = deps;
  const claimed = sync.transaction(() => {
    const row = sync.prepared(claimQuery).first(deliveryId);
    if (!row) return undefined;
    const loggedAt = Date.now() + options.sendTimeoutMs;
    const log = sync.prepared(logSendQuery).first(robotId, loggedAt)!;
    return { ...row, logId: log.id, loggedAt };
  });
  if (claimed) deps.onChange(deliveryId, 'sending');
  return claimed;
}

/** Sends a claimed delivery and records the outcome. */
export async function deliver(deps: WorkerDeps, robotId: string, deliveryId: string, claimed: Claimed) {
  const { logger, options } = deps;
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
  record(deps, robotId, deliveryId, claimed, outcome);
  logger.info('delivery attempt', {
    deliveryId,
    robotId,
    sandbox,
    attempt: claimed.attempts,
    outcome: outcome.kind,
    errcode: outcome.errcode,
  });
}

function record(
  deps: WorkerDeps,
  robotId: string,
  deliveryId: string,
  claimed: { attempts: number; created_at: string; logId: number },
  outcome: SendOutcome,
) {
  const { db, sync, logger, options } = deps;
  const now = Date.now();
  // DingTalk had the request by the time its answer came, which may be well before now on a busy loop.
  const reachedBy = Math.min(now, outcome.answeredAt ?? now);
  let status: DeliveryStatus;
  sync.transaction(() => {
    // From now on the window counts this request at its answer, the latest moment DingTalk can have seen it.
    sync.prepared(stampSendQuery).run(claimed.logId, reachedBy);
    if (outcome.kind === 'sent') {
      status = 'sent';
      sync.prepared(markSentQuery).run(deliveryId, outcome.errmsg, new Date(now).toISOString());
      return;
    }
    const base = { errcode: outcome.errcode, errmsg: outcome.errmsg };
    const update = db.updateTable('deliveries').where('id', '=', deliveryId);
    if (outcome.kind === 'failed') {
      status = 'failed';
      sync.run(update.set({ ...base, status, explanation: JSON.stringify(outcome.explanation) }));
    } else if (outcome.kind === 'throttled') {
      // DingTalk blocks the robot for 10 minutes: the whole lane rests, and this delivery goes first after.
      status = 'queued';
      const until = now + options.cooldownMs;
      sync.run(db.updateTable('robots').set({ cooldown_until: until }).where('id', '=', robotId));
      sync.run(update.set({ ...base, status, explanation: JSON.stringify(outcome.explanation), not_before: until }));
      logger.warn('robot throttled by DingTalk; cooling down', { robotId, until: new Date(until).toISOString() });
    } else {
      const age = now - Date.parse(claimed.created_at);
      if (claimed.attempts >= options.maxAttempts || age >= options.maxAgeMs) {
        status = 'failed';
        sync.run(update.set({ ...base, status, explanation: JSON.stringify(gaveUp(outcome, claimed.attempts)) }));
      } else {
        status = 'queued';
        const notBefore = now + retryDelayMs(claimed.attempts, options.retryBaseMs, options.retryMaxMs);
        sync.run(
          update.set({ ...base, status, explanation: JSON.stringify(outcome.explanation), not_before: notBefore }),
        );
      }
    }
  });
  deps.onChange(deliveryId, status!);
}
