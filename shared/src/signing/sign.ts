import { createHmac } from 'node:crypto';

/**
 * DingTalk's 加签: Base64 of HMAC-SHA256 over `${timestamp}\n${secret}`, keyed with the secret.
 * Returned as is; `signedSendUrl` percent-encodes it (a raw `+` would reach DingTalk as a space).
 */
export function signature(timestampMs: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/**
 * The URL of one send, built afresh every time: the timestamp must be within an hour of DingTalk's clock,
 * and appending to a stored URL grows it without bound.
 */
export function signedSendUrl(baseUrl: string, token: string, secret: string | null, nowMs = Date.now()): string {
  const base = `${baseUrl.replace(/\/+$/, '')}/robot/send?access_token=${encodeURIComponent(token)}`;
  if (secret === null) return base;
  const timestamp = Math.trunc(nowMs);
  return `${base}&timestamp=${timestamp}&sign=${encodeURIComponent(signature(timestamp, secret))}`;
}
