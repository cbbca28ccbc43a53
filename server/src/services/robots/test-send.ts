import { randomUUID } from 'node:crypto';
import { THROTTLE_COOLDOWN_MS, type DingtalkMessage, type Robot, type RobotTestResult } from '@dingpost/shared';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { ApiException, notFound } from '../../http/errors.ts';
import { sendToDingtalk } from '../dingtalk/client.ts';
import type { RobotStore } from './robot-store.ts';
import { sendTargetOf } from './send-target.ts';

export type TestSendDeps = {
  db: Db;
  robots: RobotStore;
  config: Pick<Config, 'dingtalkBaseUrl' | 'robotRateLimit' | 'robotRateWindowMs'>;
  emulatorBaseUrl: string;
};

/** Short, and carrying the robot's first keyword so it passes DingTalk's keyword check. */
export function testMessage(robot: Pick<Robot, 'name' | 'keywords'>): DingtalkMessage {
  const keyword = robot.keywords[0];
  const lead = keyword === undefined ? '' : `${keyword} · `;
  return {
    msgtype: 'text',
    text: { content: `${lead}dingpost 测试消息 / test message: “${robot.name}” is set up correctly.` },
    msgUuid: randomUUID(),
  };
}

/**
 * Takes a place in the robot's sliding window (the send_log the delivery queue counts too), in one
 * transaction so no other send can take the same place; or says when one frees up.
 */
async function reserveSlot(
  db: Db,
  robotId: string,
  window: { limit: number; windowMs: number },
  now: number,
): Promise<{ logId: number } | { retryAt: number }> {
  return db.transaction().execute(async (trx) => {
    const recent = await trx
      .selectFrom('send_log')
      .select('at')
      .where('robot_id', '=', robotId)
      .where('at', '>=', now - window.windowMs)
      .orderBy('at', 'desc')
      .limit(window.limit)
      .execute();
    const oldestCounted = recent[window.limit - 1];
    if (oldestCounted) return { retryAt: oldestCounted.at + window.windowMs + 1 };
    const inserted = await trx
      .insertInto('send_log')
      .values({ robot_id: robotId, at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { logId: inserted.id };
  });
}

function tooSoon(retryAt: number, now: number, reason: string): ApiException {
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  const error = new ApiException(
    429,
    'rate_limited',
    `${reason} Try again in ${seconds} s (at ${new Date(retryAt).toISOString()}).`,
  );
  error.retryAfterSeconds = seconds;
  return error;
}

const SENT: RobotTestResult['explanation'] = {
  zh: '测试消息已送达，机器人配置正确。',
  en: 'The test message was delivered: the robot is set up correctly.',
};

/**
 * A failed test in the test's own terms: the queue's explanations promise a retry or a send after the
 * cool-down, but a test is sent once and nothing is queued.
 */
function testFailure(outcome: { kind: string; errmsg: string }): RobotTestResult['explanation'] {
  if (outcome.kind === 'throttled')
    return {
      zh: '钉钉正在对该机器人限流（每分钟最多 20 条）。解决方法：等 10 分钟冷却结束后再测试；队列中的消息会在冷却后自动发出',
      en: 'DingTalk is throttling this robot (at most 20 messages a minute). Fix: test again after the 10-minute cool-down; queued messages go out once it ends',
    };
  return {
    zh: `测试消息没有送达，钉钉没有给出结果（${outcome.errmsg}）。解决方法：检查本服务器能否访问钉钉（网络、DNS、代理），稍后再测试；测试消息不会自动重试`,
    en: `The test message did not get through and DingTalk gave no verdict (${outcome.errmsg}). Fix: check that this server can reach DingTalk (network, DNS, proxy) and test again; a test is not retried`,
  };
}

/** Signs and sends a short test message now, within the robot's rate limit, and explains the outcome. */
export async function sendTestMessage(deps: TestSendDeps, robotId: string): Promise<RobotTestResult> {
  const robot = await deps.robots.get(robotId);
  const credentials = await deps.robots.credentials(robotId);
  if (!robot || !credentials) throw notFound('Robot');
  const now = Date.now();

  const restingUntil = await deps.robots.cooldownUntil(robotId, now);
  if (restingUntil !== null)
    throw tooSoon(
      restingUntil,
      now,
      'DingTalk throttled this robot; it rests for 10 minutes so it is not throttled again.',
    );
  const window = { limit: deps.config.robotRateLimit, windowMs: deps.config.robotRateWindowMs };
  const slot = await reserveSlot(deps.db, robotId, window, now);
  if ('retryAt' in slot)
    throw tooSoon(
      slot.retryAt,
      now,
      `This robot already sent ${window.limit} messages in the last ${window.windowMs / 1000} s; one more would get it throttled by DingTalk.`,
    );

  const outcome = await sendToDingtalk(
    sendTargetOf(credentials, { dingtalkBaseUrl: deps.config.dingtalkBaseUrl, emulatorBaseUrl: deps.emulatorBaseUrl }),
    testMessage(robot),
  );
  // The window counts a send from when DingTalk may have received it: the end of the request.
  await deps.db.updateTable('send_log').set({ at: Date.now() }).where('id', '=', slot.logId).execute();
  if (outcome.kind === 'sent') return { ok: true, errcode: 0, errmsg: outcome.errmsg, explanation: SENT };
  if (outcome.kind === 'throttled') await deps.robots.setCooldown(robotId, Date.now() + THROTTLE_COOLDOWN_MS);
  const explanation = outcome.kind === 'failed' ? outcome.explanation : testFailure(outcome);
  return { ok: false, errcode: outcome.errcode, errmsg: outcome.errmsg, explanation };
}
