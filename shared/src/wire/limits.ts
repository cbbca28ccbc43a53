/** DingTalk's documented limits (see shared/reference/dingtalk-facts.md). */
export const MAX_BODY_BYTES = 20000;
/** The linter warns from this fraction of the limit on. */
export const BODY_BYTES_WARN_RATIO = 0.9;
export const MAX_KEYWORDS = 10;
export const RATE_LIMIT_PER_MINUTE = 20;
export const THROTTLE_COOLDOWN_MS = 10 * 60 * 1000;
export const SIGNATURE_WINDOW_MS = 60 * 60 * 1000;

/** Node's own UTF-8 length (native, no copy); absent in browsers. */
const nativeByteLength = (globalThis as { Buffer?: { byteLength(text: string, encoding: 'utf8'): number } }).Buffer
  ?.byteLength;

/** The UTF-8 length of a string, counted without encoding it (the check runs on every keystroke and request). */
export function utf8Bytes(text: string): number {
  if (nativeByteLength) return nativeByteLength(text, 'utf8');
  return countUtf8Bytes(text);
}

/** The same, counted in JavaScript (browsers; and the reference the native count is tested against). */
export function countUtf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair: 2 UTF-16 units, 4 bytes.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2; // 3 bytes (a lone surrogate is encoded as U+FFFD, also 3)
  }
  return bytes;
}

/** The size DingTalk measures: the serialized JSON body in UTF-8. */
export function bodyBytes(message: unknown): number {
  return utf8Bytes(JSON.stringify(message));
}
