import { idSchema, robotCreateSchema, robotUpdateSchema } from '@dingpost/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { auditActor, viewerRole, type AppEnv } from '../http/auth.ts';
import { ApiException, invalid, notFound } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import type { DeliveryService } from '../services/deliveries/delivery-service.ts';
import { TokenTakenError, type RobotPatch } from '../services/robots/robot-store.ts';
import { robotFor } from '../services/robots/robot-view.ts';
import { sendTestMessage } from '../services/robots/test-send.ts';
import { tokenFromWebhook } from '../services/robots/webhook.ts';

const idParam = z.object({ id: idSchema });
/** force: delete even with deliveries waiting; the queue then marks them failed ("robot deleted"). */
const deleteQuery = z.object({ force: z.enum(['1', 'true']).optional() });

/** The sandbox robot's connection is the emulator's: only its name and digest setting are the user's. */
const SANDBOX_FIXED = ['webhook', 'secret', 'keywords'] as const;

/** `save`, with a webhook another robot already has answered as a 409 on `webhook` that names that robot. */
async function unlessTokenTaken<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (!(error instanceof TokenTakenError)) throw error;
    const { name } = error.holder;
    throw new ApiException(
      409,
      'webhook_taken',
      `This webhook is already added as the robot “${name}”: one DingTalk robot added twice would be sent more than its 20 messages a minute`,
      [{ path: 'webhook', message: `Already added as the robot “${name}”`, code: 'webhook_taken', params: { name } }],
    );
  }
}

/** Reading is for every signed-in user (editors without keywords); changing and testing is for admins. */
export function robotRoutes(
  deps: Pick<AppDeps, 'config' | 'db' | 'robots' | 'emulatorBaseUrl' | 'accounts'> & { deliveries: DeliveryService },
) {
  const { robots, config } = deps;
  const { audit } = deps.accounts;

  const existing = async (id: string) => {
    const robot = await robots.get(id);
    if (!robot) throw notFound('Robot');
    return robot;
  };

  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const role = viewerRole(c.get('actor'));
      return c.json({ items: (await robots.list()).map((robot) => robotFor(role, robot)) }, 200);
    })
    .post('/', validate('json', robotCreateSchema), async (c) => {
      const input = c.req.valid('json');
      const token = tokenFromWebhook(input.webhook, config.dingtalkBaseUrl);
      const robot = await unlessTokenTaken(() =>
        robots.create({
          name: input.name,
          token,
          secret: input.secret ?? null,
          keywords: input.keywords,
          coalesce: input.coalesce,
        }),
      );
      await audit.record({
        actor: auditActor(c.get('actor')),
        action: 'robot.create',
        target: robot.id,
        details: { name: robot.name },
      });
      return c.json(robot, 201);
    })
    .get('/:id', validate('param', idParam), async (c) =>
      c.json(robotFor(viewerRole(c.get('actor')), await existing(c.req.valid('param').id)), 200),
    )
    .patch('/:id', validate('param', idParam), validate('json', robotUpdateSchema), async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const robot = await existing(id);
      if (robot.sandbox) {
        const fixed = SANDBOX_FIXED.filter((field) => input[field] !== undefined);
        if (fixed.length > 0)
          throw invalid(
            'The sandbox robot talks to the built-in emulator: only its name and digest setting can change',
            fixed.map((path) => ({ path, message: 'Fixed for the sandbox robot' })),
          );
      }
      const patch: RobotPatch = {
        name: input.name,
        token: input.webhook === undefined ? undefined : tokenFromWebhook(input.webhook, config.dingtalkBaseUrl),
        secret: input.secret,
        keywords: input.keywords,
        coalesce: input.coalesce,
      };
      const updated = await unlessTokenTaken(() => robots.update(id, patch));
      if (!updated) throw notFound('Robot');
      await audit.record({
        actor: auditActor(c.get('actor')),
        action: 'robot.update',
        target: id,
        // Which fields changed, never their values (a webhook holds the token).
        details: {
          name: updated.name,
          fields: Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined),
        },
      });
      return c.json(updated, 200);
    })
    .delete('/:id', validate('param', idParam), validate('query', deleteQuery), async (c) => {
      const { id } = c.req.valid('param');
      const { force } = c.req.valid('query');
      const robot = await existing(id);
      if (robot.sandbox)
        throw new ApiException(409, 'sandbox_robot', 'The sandbox robot is built in and cannot be deleted');
      // Deleting now would strand them: they could never be sent, nor explained.
      const waiting = await deps.db
        .selectFrom('deliveries')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('robot_id', '=', id)
        .where('status', 'in', ['queued', 'sending'])
        .executeTakeFirstOrThrow();
      if (Number(waiting.count) > 0 && force === undefined)
        throw new ApiException(
          409,
          'robot_busy',
          `This robot still has ${waiting.count} deliveries waiting to be sent: delete it once they are sent, or with ?force=1 to mark them failed`,
        );
      await robots.remove(id);
      await deps.db.deleteFrom('send_log').where('robot_id', '=', id).execute();
      deps.deliveries.robotRemoved();
      await audit.record({
        actor: auditActor(c.get('actor')),
        action: 'robot.delete',
        target: id,
        details: { name: robot.name, waiting: Number(waiting.count) },
      });
      return c.body(null, 204);
    })
    .post('/:id/test', validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param');
      const result = await sendTestMessage(deps, id);
      await audit.record({
        actor: auditActor(c.get('actor')),
        action: 'robot.test',
        target: id,
        details: { ok: result.ok, errcode: result.errcode },
      });
      return c.json(result, 200);
    });
}
