import type { Bilingual, DingtalkMessage } from '@dingpost/shared';
import { signedSendUrl } from '@dingpost/shared/signing/sign';
import {
  explainErrcode,
  explainHttpStatus,
  explainNetworkError,
  explainTimeout,
  explainUnreadableAnswer,
} from './explanations.ts';
import { postJson, PostTimeoutError, type Answer } from './post-json.ts';

export type SendTarget = { baseUrl: string; token: string; secret: string | null };

export type SendOutcome = (
  | { kind: 'sent'; errcode: 0; errmsg: string }
  | { kind: 'throttled' | 'retry' | 'failed'; errcode: number | null; errmsg: string; explanation: Bilingual }
) & {
  /** Epoch ms when the answer's headers came: DingTalk had the request by then (absent: no answer). */
  answeredAt?: number;
};

export type SendOptions = {
  /** Whole request, body included. */
  timeoutMs?: number;
  /** The signing clock; tests use it to send stale timestamps. */
  nowMs?: number;
};

export const DEFAULT_TIMEOUT_MS = 10_000;
/** DingTalk's codes for "sending too fast": the robot must rest, the message must wait. */
export const THROTTLE_ERRCODES: ReadonlySet<number> = new Set([130101, 410100, 660026]);
const MAX_ERRMSG_CHARS = 500;

/** Removes our credentials from text that reaches the database, the API or logs. */
export function scrub(text: string, target: Pick<SendTarget, 'token' | 'secret'>): string {
  let out = text;
  for (const secret of [target.token, target.secret]) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('[redacted]');
  }
  return out
    .replace(/(access_token|sign)=[^&\s"']*/gi, '$1=[redacted]')
    .replace(/\bSEC[A-Za-z0-9]{16,}/g, '[redacted]')
    .replace(/\b[0-9a-f]{64}\b/gi, '[redacted]')
    .slice(0, MAX_ERRMSG_CHARS);
}

/** A network error as its code (ECONNREFUSED, ECONNRESET…) when it has one. */
function errorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.message;
}

function parseErrcode(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

/**
 * Posts one message to a robot, signed afresh, and says what happened. Success is errcode 0 only:
 * DingTalk answers its failures with HTTP 200 too. The message goes out exactly as given (msgUuid included).
 */
export async function sendToDingtalk(
  target: SendTarget,
  message: DingtalkMessage,
  opts: SendOptions = {},
): Promise<SendOutcome> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const url = signedSendUrl(target.baseUrl, target.token, target.secret, opts.nowMs);
  let answer: Answer;
  try {
    answer = await postJson(url, JSON.stringify(message), timeoutMs);
  } catch (error) {
    if (error instanceof PostTimeoutError)
      return {
        kind: 'retry',
        errcode: null,
        errmsg: `timeout after ${timeoutMs} ms`,
        explanation: explainTimeout(timeoutMs),
      };
    const detail = scrub(errorDetail(error), target);
    return {
      kind: 'retry',
      errcode: null,
      errmsg: `network error: ${detail}`,
      explanation: explainNetworkError(detail),
    };
  }

  return { ...outcomeOf(answer.status, answer.text, target), answeredAt: answer.answeredAt };
}

/** What DingTalk's answer means. */
function outcomeOf(status: number, text: string, target: SendTarget): SendOutcome {
  if (status >= 500 || status === 408)
    return { kind: 'retry', errcode: null, errmsg: `HTTP ${status}`, explanation: explainHttpStatus(status) };
  if (status === 429)
    return { kind: 'throttled', errcode: null, errmsg: `HTTP ${status}`, explanation: explainHttpStatus(status) };

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const answer = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const errcode = parseErrcode(answer.errcode);
  if (status !== 200)
    return { kind: 'failed', errcode, errmsg: `HTTP ${status}`, explanation: explainHttpStatus(status) };
  // Unreadable but HTTP 200: it may have been delivered; the retry reuses the msgUuid, so it is shown once.
  if (errcode === null)
    return { kind: 'retry', errcode: null, errmsg: 'unreadable answer', explanation: explainUnreadableAnswer(status) };

  const errmsg = scrub(typeof answer.errmsg === 'string' ? answer.errmsg : '', target);
  if (errcode === 0) return { kind: 'sent', errcode: 0, errmsg };
  const explanation = explainErrcode(errcode, errmsg);
  if (errcode === -1) return { kind: 'retry', errcode, errmsg, explanation };
  if (THROTTLE_ERRCODES.has(errcode)) return { kind: 'throttled', errcode, errmsg, explanation };
  return { kind: 'failed', errcode, errmsg, explanation };
}
