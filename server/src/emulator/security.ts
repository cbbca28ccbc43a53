import { timingSafeEqual } from 'node:crypto';
import { SIGNATURE_WINDOW_MS, type DingtalkMessage } from '@dingpost/shared';
import { keywordCheck } from '@dingpost/shared/lint/keywords';
import { signature } from '@dingpost/shared/signing/sign';
import { answers, type DingtalkAnswer } from './answers.ts';

export type EmulatedRobot = { name: string; token: string; secret: string | null; keywords: string[] };

/**
 * 加签: `timestamp` and `sign` arrive URL-decoded (an unencoded `+` has become a space, as at DingTalk,
 * so a client that forgets to encode fails here too). Missing either counts as a mismatch.
 */
export function checkSignature(
  robot: EmulatedRobot,
  timestamp: string | undefined,
  sign: string | undefined,
  nowMs: number,
): DingtalkAnswer | null {
  if (robot.secret === null) return null;
  if (!timestamp || !sign) return answers.signMismatch;
  if (!/^\d{1,16}$/.test(timestamp)) return answers.staleTimestamp;
  const ts = Number(timestamp);
  if (Math.abs(nowMs - ts) > SIGNATURE_WINDOW_MS) return answers.staleTimestamp;
  const expected = Buffer.from(signature(ts, robot.secret));
  const given = Buffer.from(sign);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return answers.signMismatch;
  return null;
}

export function checkKeywords(robot: EmulatedRobot, message: DingtalkMessage): DingtalkAnswer | null {
  return keywordCheck(message, robot.keywords).ok ? null : answers.keywordsMissing;
}
