import { wholeNumberText } from '@dingpost/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { validate } from '../http/validate.ts';

const querySchema = z.object({ limit: wholeNumberText(1, 200).default(50) });

/**
 * What the Sandbox robot's group received in the built-in emulator, newest first. Only its messages:
 * robots an admin registers with the emulator's test controls have inboxes of their own.
 */
export function sandboxRoutes(deps: Pick<AppDeps, 'emulator' | 'robots'>) {
  return new Hono().get('/messages', validate('query', querySchema), async (c) => {
    const { limit } = c.req.valid('query');
    const sandbox = deps.emulator && (await deps.robots.findSandbox());
    const credentials = sandbox && (await deps.robots.credentials(sandbox.id));
    return c.json({ items: credentials ? deps.emulator!.inbox.list({ token: credentials.token, limit }) : [] }, 200);
  });
}
