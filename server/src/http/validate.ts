import { toApiIssues } from '@dingpost/shared';
import type { Context, MiddlewareHandler, ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { ApiException, invalid } from './errors.ts';

type Target = keyof Pick<ValidationTargets, 'json' | 'query' | 'param'>;

/** Deeper than any message or template; a deeper body would only exhaust the stack of recursive walks. */
export const MAX_JSON_DEPTH = 32;

/** Whether the value nests arrays/objects deeper than `max` (iterative: safe for any depth). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Hono's validator parses JSON bodies (malformed JSON → 400) but silently skips other types. */
function requireJson(c: Context, parsed: unknown): unknown {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (!/^application\/([\w.-]+\+)?json$/i.test(type))
    throw new ApiException(415, 'unsupported_media_type', 'Send the body as JSON (Content-Type: application/json)');
  if (nestedDeeperThan(parsed, MAX_JSON_DEPTH))
    throw invalid(`The body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels`);
  return parsed;
}

/**
 * Validates one part of the request with a shared zod schema; a failure is a 400 naming each field.
 * Usage: `route.post('/', validate('json', robotCreateSchema), (c) => c.req.valid('json'))`.
 */
export function validate<T extends Target, S extends z.ZodType>(target: T, schema: S) {
  return validator(target, (value, c) => {
    const input = target === 'json' ? requireJson(c, value) : value;
    // The shared schemas have no async refinements: parsing synchronously spares a promise chain per request.
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw invalid(`Invalid ${target === 'json' ? 'body' : target}`, toApiIssues(parsed.error));
    return parsed.data as z.output<S>;
  }) as MiddlewareHandler<
    Record<string, never>,
    string,
    { in: { [K in T]: z.input<S> }; out: { [K in T]: z.output<S> } }
  >;
}
