import { apiKeyCreateSchema, idSchema } from '@dingpost/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { auditActor, type AppEnv } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { validate } from '../http/validate.ts';

const idParam = z.object({ id: idSchema });

export function apiKeyRoutes({ accounts }: Pick<AppDeps, 'accounts'>) {
  const { apiKeys, audit } = accounts;
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ items: await apiKeys.list() }, 200))
    .post('/', validate('json', apiKeyCreateSchema), async (c) => {
      const actor = c.get('actor');
      // Only admins reach here (an API key cannot make keys), so the actor is a user.
      const createdBy = actor.kind === 'user' ? actor.session.user.id : actor.key.id;
      const created = await apiKeys.create(c.req.valid('json').name, createdBy);
      await audit.record({
        actor: auditActor(actor),
        action: 'apikey.create',
        target: created.apiKey.id,
        details: { name: created.apiKey.name, prefix: created.apiKey.prefix },
      });
      return c.json(created, 201);
    })
    .delete('/:id', validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param');
      const before = await apiKeys.get(id);
      if (!before) throw notFound('API key');
      if (before.revokedAt === null) {
        await apiKeys.revoke(id);
        await audit.record({
          actor: auditActor(c.get('actor')),
          action: 'apikey.revoke',
          target: id,
          details: { name: before.name, prefix: before.prefix },
        });
      }
      return c.body(null, 204);
    });
}
