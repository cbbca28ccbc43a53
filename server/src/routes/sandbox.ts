import { wholeNumberText } from '@dingpost/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { validate } from '../http/validate.ts';

const querySchema = z.object({ limit: wholeNumberText(1, 200).default(50) });

/** What the built-in emulator received (the Sandbox robot's group), newest first. */
export function sandboxRoutes(deps: Pick<AppDeps, 'emulator'>) {
  return new Hono().get('/messages', validate('query', querySchema), (c) => {
    const { limit } = c.req.valid('query');
    return c.json({ items: deps.emulator?.inbox.list({ limit }) ?? [] }, 200);
  });
}
