/** DingTalk's documented limits (see shared/reference/dingtalk-facts.md). */
export const MAX_BODY_BYTES = 20000;
/** The linter warns from this fraction of the limit on. */
export const BODY_BYTES_WARN_RATIO = 0.9;
export const MAX_KEYWORDS = 10;
export const RATE_LIMIT_PER_MINUTE = 20;
export const THROTTLE_COOLDOWN_MS = 10 * 60 * 1000;
export const SIGNATURE_WINDOW_MS = 60 * 60 * 1000;
/**
 * How long a msgUuid is remembered: a second message with it is dropped, though answered errcode 0. The
 * fact sheet gives no figure; the emulator and dingpost assume an hour.
 */
export const MSG_UUID_WINDOW_MS = 60 * 60 * 1000;

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

/** Stands for the msgUuid dingpost's queue gives a message that has none: a UUID, 36 characters. */
const QUEUE_MSG_UUID = '00000000-0000-0000-0000-000000000000';
/** What that msgUuid adds to a body that has other keys: `,"msgUuid":"…"`. */
const QUEUE_MSG_UUID_BYTES = `,"msgUuid":"${QUEUE_MSG_UUID}"`.length;

/**
 * The message as dingpost's queue sends it, for measuring: every send carries a msgUuid (the message's
 * own, else the queue's), and DingTalk counts it toward the limit.
 */
export function asSent<T extends object>(message: T): T & { msgUuid: unknown } {
  const own = (message as { msgUuid?: unknown }).msgUuid;
  return own === undefined ? { ...message, msgUuid: QUEUE_MSG_UUID } : (message as T & { msgUuid: unknown });
}

/**
 * bodyBytesFrom(asSent(message), floor), without copying the message: the check runs on every request and
 * keystroke, and the copy cost more than the measuring.
 */
export function sentBodyBytesFrom(message: object, floor: number): number | undefined {
  if ((message as { msgUuid?: unknown }).msgUuid !== undefined) return bodyBytesFrom(message, floor);
  const bytes = bodyBytesFrom(message, floor - QUEUE_MSG_UUID_BYTES);
  if (bytes === undefined) return undefined;
  // `{}` takes the msgUuid without a comma.
  return bytes === 2 ? bodyBytes(asSent(message)) : bytes + QUEUE_MSG_UUID_BYTES;
}

/** The size DingTalk measures: the serialized JSON body in UTF-8. */
export function bodyBytes(message: unknown): number {
  return utf8Bytes(JSON.stringify(message));
}

/**
 * bodyBytes(message) when it may reach `floor`; undefined when it is surely below. Nearly every message
 * is far below DingTalk's limit, and a bound read off the value says so without serializing it (the
 * check runs on every keystroke and request). Throws as bodyBytes does (a cycle, a BigInt).
 */
export function bodyBytesFrom(message: unknown, floor: number): number | undefined {
  return jsonBytesBound(message, 0) < floor ? undefined : bodyBytes(message);
}

/** Deeper than this the bound gives up (a cycle, or an odd value): bodyBytes then measures. */
const BOUND_MAX_DEPTH = 64;

/**
 * At least the UTF-8 size of JSON.stringify(value). A string's UTF-16 unit serializes to at most 6 bytes
 * (`\u001f`, or a lone surrogate's `\udXXX`), a number to at most 24 ("-1.7976931348623157e+308"). Only
 * plain objects and arrays are walked; anything else (toJSON, boxed values, class instances) is Infinity.
 */
function jsonBytesBound(value: unknown, depth: number): number {
  switch (typeof value) {
    case 'string':
      return value.length * 6 + 2;
    case 'number':
      return 24;
    case 'boolean':
      return 5;
    case 'undefined':
    case 'function':
    case 'symbol':
      return 4; // omitted, or null in an array
    case 'bigint':
      return Infinity;
  }
  if (value === null) return 4;
  if (depth >= BOUND_MAX_DEPTH) return Infinity;
  if (Array.isArray(value)) {
    let bytes = 2 + value.length;
    for (const item of value) bytes += jsonBytesBound(item, depth + 1);
    return bytes;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || 'toJSON' in (value as object)) return Infinity;
  const record = value as Record<string, unknown>;
  let bytes = 2;
  for (const key of Object.keys(record)) bytes += key.length * 6 + 4 + jsonBytesBound(record[key], depth + 1);
  return bytes;
}
