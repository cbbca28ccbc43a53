/** DingTalk's documented limits (see shared/reference/dingtalk-facts.md). */
export const MAX_BODY_BYTES = 20000;
/** The linter warns from this fraction of the limit on. */
export const BODY_BYTES_WARN_RATIO = 0.9;
export const MAX_KEYWORDS = 10;
export const RATE_LIMIT_PER_MINUTE = 20;
export const THROTTLE_COOLDOWN_MS = 10 * 60 * 1000;
export const SIGNATURE_WINDOW_MS = 60 * 60 * 1000;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** The size DingTalk measures: the serialized JSON body in UTF-8. */
export function bodyBytes(message: unknown): number {
  return utf8Bytes(JSON.stringify(message));
}
