import { toApiIssues } from '@dingpost/shared';
import type { Context, MiddlewareHandler, ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { ApiException, invalid } from './errors.ts';

type Target = keyof Pick<ValidationTargets, 'json' | 'query' | 'param'>;

/** Hono's validator parses JSON bodies (malformed JSON → 400) but silently skips other types. */
function requireJson(c: Context, parsed: unknown): unknown {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (!/^application\/([\w.-]+\+)?json$/i.test(type))
    throw new ApiException(415, 'unsupported_media_type', 'Send the body as JSON (Content-Type: application/json)');
  return parsed;
}

/**
 * Validates one part of the request with a shared zod schema; a failure is a 400 naming each field.
 * Usage: `route.post('/', validate('json', robotCreateSchema), (c) => c.req.valid('json'))`.
 */
export function validate<T extends Target, S extends z.ZodType>(target: T, schema: S) {
  return validator(target, async (value, c) => {
    const input = target === 'json' ? requireJson(c, value) : value;
    const parsed = await schema.safeParseAsync(input);
    if (!parsed.success) throw invalid(`Invalid ${target === 'json' ? 'body' : target}`, toApiIssues(parsed.error));
    return parsed.data as z.output<S>;
  }) as MiddlewareHandler<
    Record<string, never>,
    string,
    { in: { [K in T]: z.input<S> }; out: { [K in T]: z.output<S> } }
  >;
}
