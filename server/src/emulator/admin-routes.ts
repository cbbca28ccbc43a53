import { keywordsSchema, wholeNumberText } from '@dingpost/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { validate } from '../http/validate.ts';
import { faultRequestSchema, type FaultQueue } from './faults.ts';
import type { Registry } from './registry.ts';
import { isAllowlistEntry } from './security.ts';
import type { EmulatorStore } from './store.ts';

const robotRegistrationSchema = z.strictObject({
  token: z.string().min(1).max(256),
  secret: z.string().min(1).max(256).nullable().optional(),
  keywords: keywordsSchema.optional(),
  name: z.string().min(1).max(60).optional(),
  /** DingTalk's third security setting: the addresses (or CIDR ranges) allowed to send. */
  ipAllowlist: z
    .array(z.string().refine(isAllowlistEntry, 'An IPv4 address or CIDR range, e.g. 10.0.0.1 or 10.0.0.0/24'))
    .max(10)
    .optional(),
});

const inboxQuerySchema = z.object({
  token: z.string().min(1).optional(),
  limit: wholeNumberText(1, 10_000).default(100),
});

const resetSchema = z.strictObject({ robots: z.boolean().default(false) });

const hint = (token: string) => `…${token.slice(-4)}`;

/** Test controls. Answers never contain a token or secret: robots are shown by name and token hint. */
export function adminRoutes(deps: { store: EmulatorStore; registry: Registry; faults: FaultQueue; now: () => number }) {
  const { store, registry, faults, now } = deps;
  return new Hono()
    .post('/robots', validate('json', robotRegistrationSchema), (c) => {
      const robot = c.req.valid('json');
      registry.ensureRobot(robot);
      return c.json(
        {
          name: robot.name ?? 'robot',
          tokenHint: hint(robot.token),
          hasSecret: !!robot.secret,
          keywords: robot.keywords ?? [],
          ipAllowlist: robot.ipAllowlist ?? [],
        },
        201,
      );
    })
    .get('/robots', (c) =>
      c.json(
        {
          items: registry.list().map((robot) => {
            const until = store.throttledUntil(robot.key);
            return {
              name: robot.name,
              tokenHint: hint(robot.token),
              hasSecret: robot.secret !== null,
              keywords: robot.keywords,
              ipAllowlist: robot.ipAllowlist,
              throttledUntil: until !== null && until > now() ? new Date(until).toISOString() : null,
            };
          }),
        },
        200,
      ),
    )
    .get('/inbox', validate('query', inboxQuerySchema), (c) => {
      const { token, limit } = c.req.valid('query');
      const key = token === undefined ? undefined : registry.list().find((robot) => robot.token === token)?.key;
      if (token !== undefined && key === undefined) return c.json({ items: [] }, 200);
      return c.json({ items: store.list({ key, limit }), total: store.count() }, 200);
    })
    .post('/faults', validate('json', faultRequestSchema), (c) => {
      faults.push(c.req.valid('json'));
      return c.json({ pending: faults.pending().length }, 201);
    })
    .get('/faults', (c) => c.json({ items: faults.pending() }, 200))
    .delete('/faults', (c) => {
      faults.clear();
      return c.body(null, 204);
    })
    .post('/reset', validate('json', resetSchema), (c) => {
      const { robots } = c.req.valid('json');
      store.clear();
      faults.clear();
      if (robots) registry.clear();
      return c.json({ ok: true }, 200);
    });
}
