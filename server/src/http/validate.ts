import { issuePath } from '@dingpost/shared';
import type { Context, MiddlewareHandler, ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiException, invalid, refused } from './errors.ts';

type Target = keyof Pick<ValidationTargets, 'json' | 'query' | 'param'>;

/** Deeper than any message or template; a deeper body would only exhaust the stack of recursive walks. */
export const MAX_JSON_DEPTH = 32;

/** Whether the value nests arrays/objects deeper than `max` (recursing at most `max` levels: stack-safe). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max === 0) return true;
  if (Array.isArray(value)) return value.some((item) => nestedDeeperThan(item, max - 1));
  for (const key in value) if (nestedDeeperThan((value as Record<string, unknown>)[key], max - 1)) return true;
  return false;
}

/**
 * More array items and object members, counted over every level, than any request needs: a message
 * DingTalk takes (20000 bytes) holds a few thousand. Each can cost a validation issue, and a 1 MB body of
 * `{}`s made 900,000 of them: seconds of blocked event loop and a 69 MB answer.
 */
export const MAX_JSON_VALUES = 10_000;

/** Whether the value holds more than `max` values in all. Call after nestedDeeperThan: it recurses as deep as the value goes. */
export function valuesMoreThan(value: unknown, max: number): boolean {
  let count = 0;
  const over = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object') return false;
    for (const item of Array.isArray(node) ? node : Object.values(node)) {
      count += 1;
      if (count > max || over(item)) return true;
    }
    return false;
  };
  return over(value);
}

/**
 * The path of a `__proto__` key in a parsed JSON body, if any. JSON.parse keeps it as an own key, but zod
 * drops it from records and loose objects without a word (a template's message, its values), so such a
 * key would vanish silently. Call after nestedDeeperThan: it recurses as deep as the value goes.
 */
export function prototypeKeyPath(value: unknown): PropertyKey[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = prototypeKeyPath(value[i]);
      if (found) return [i, ...found];
    }
    return undefined;
  }
  if (Object.hasOwn(value, '__proto__')) return ['__proto__'];
  for (const key in value) {
    const found = prototypeKeyPath((value as Record<string, unknown>)[key]);
    if (found) return [key, ...found];
  }
  return undefined;
}

/**
 * A `\udXXX` escape, which may be half of a surrogate pair written alone. Such a string cannot be stored
 * as UTF-8: SQLite would keep three replacement characters, and the answer would echo what was not kept.
 */
const LONE_SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const toWellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** `value` with every lone surrogate in its strings (and keys) replaced by U+FFFD, as UTF-8 can hold it. */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return toWellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [toWellFormed(key), wellFormed(inner)]));
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** No Content-Encoding, or one that leaves the bytes as they are. */
const PLAIN_ENCODING = /^\s*(identity)?\s*$/i;

/** The body as JSON: 415 for any other type or a compressed body, 400 for malformed or too deeply nested JSON. */
async function jsonBody(c: Context): Promise<unknown> {
  if (!JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? ''))
    throw new ApiException(415, 'unsupported_media_type', 'Send the body as JSON (Content-Type: application/json)');
  // Compressed bytes would otherwise be read as text and called malformed JSON.
  if (!PLAIN_ENCODING.test(c.req.header('content-encoding') ?? ''))
    throw new ApiException(
      415,
      'unsupported_media_type',
      'Send the body uncompressed: Content-Encoding (gzip, br, …) is not accepted',
    );
  let body: unknown;
  const text = await c.req.text();
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiException(400, 'malformed_json', 'The body is not valid JSON');
  }
  if (nestedDeeperThan(body, MAX_JSON_DEPTH))
    throw invalid(`The body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels`);
  if (valuesMoreThan(body, MAX_JSON_VALUES))
    throw invalid(`The body holds more than ${MAX_JSON_VALUES} values (array items and object fields in all)`);
  if (LONE_SURROGATE_ESCAPE.test(text)) body = wellFormed(body);
  const protoAt = prototypeKeyPath(body);
  if (protoAt)
    throw invalid('The body has a key named __proto__', [
      { path: issuePath(protoAt), message: 'No key may be named __proto__' },
    ]);
  return body;
}

/** The query string as one value per name, or all of a repeated name's values (as Hono's validator reads it). */
function queryOf(c: Context): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(c.req.queries())) query[name] = values.length === 1 ? values[0]! : values;
  return query;
}

/**
 * Validates one part of the request with a shared zod schema; a failure is a 400 naming each field.
 * Usage: `route.post('/', validate('json', robotCreateSchema), (c) => c.req.valid('json'))`.
 */
export function validate<T extends Target, S extends z.ZodType>(target: T, schema: S) {
  const handler: MiddlewareHandler = async (c, next) => {
    const input = target === 'json' ? await jsonBody(c) : target === 'query' ? queryOf(c) : c.req.param();
    // The shared schemas have no async refinements: parsing synchronously spares a promise chain per request.
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw refused(`Invalid ${target === 'json' ? 'body' : target}`, parsed.error);
    c.req.addValidatedData(target, parsed.data as object);
    return next();
  };
  return handler as MiddlewareHandler<
    Record<string, never>,
    string,
    { in: { [K in T]: z.input<S> }; out: { [K in T]: z.output<S> } }
  >;
}
