import {
  deliveryCreateSchema,
  deliveryListQuerySchema,
  idSchema,
  keywordCheck,
  type Delivery,
  type DingtalkMessage,
  type Robot,
  type Template,
} from '@dingpost/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { auditActor, viewerRole, type AppEnv } from '../http/auth.ts';
import { ApiException, invalid, notFound } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import type { AuditLog } from '../services/accounts/audit-log.ts';
import { InvalidCursorError, MsgUuidTaken, type DeliveryService } from '../services/deliveries/delivery-service.ts';
import { renderTemplateMessage } from '../services/templates/template-checks.ts';
import { KEYWORD_MISSING_FOR_EDITOR, keywordsVisible } from '../services/robots/robot-view.ts';

export type DeliveryRouteDeps = {
  deliveries: DeliveryService;
  robots: { get(id: string): Promise<Robot | undefined> };
  templates?: { get(id: string): Promise<Template | undefined> };
  accounts: { audit: AuditLog };
};

/** How long `?wait=1` holds the request for a final state. */
export const WAIT_MS = 10_000;

const waitQuerySchema = z.object({ wait: z.enum(['0', '1', 'true', 'false']).optional() });

function msgUuidReused(msgUuid: string, earlierId: string): ApiException {
  return new ApiException(
    409,
    'msg_uuid_reused',
    `msgUuid ${msgUuid} was used for another message (delivery ${earlierId}) within the hour: DingTalk would drop this one as a repeat. Use a new msgUuid, or leave it out.`,
    [{ path: 'message.msgUuid', message: 'Already used for another message within the hour' }],
  );
}

/** Editors learn that the keyword is missing, not what the keywords are. */
function keywordMissing(robot: Robot, revealKeywords: boolean): ApiException {
  if (!revealKeywords)
    return new ApiException(400, 'keyword_missing', KEYWORD_MISSING_FOR_EDITOR.en, [
      { path: 'message', message: 'Include the robot’s keyword (ask an admin which it is)' },
    ]);
  return new ApiException(
    400,
    'keyword_missing',
    `The message contains none of the robot's keywords (${robot.keywords.join(', ')}); DingTalk would refuse it with 310000. Add one of them to the text.`,
    [{ path: 'message', message: `Include one of: ${robot.keywords.join(', ')}` }],
  );
}

export function deliveryRoutes(deps: DeliveryRouteDeps) {
  return new Hono<AppEnv>()
    .post('/', validate('query', waitQuerySchema), validate('json', deliveryCreateSchema), async (c) => {
      const body = c.req.valid('json');
      const robot = await deps.robots.get(body.robotId);
      if (!robot) throw notFound('Robot');
      let templateId: string | null = null;
      let message: DingtalkMessage;
      if ('templateId' in body) {
        const template = await deps.templates?.get(body.templateId);
        if (!template) throw notFound('Template');
        templateId = template.id;
        message = renderTemplateMessage(template, body.variables);
      } else {
        message = body.message;
      }

      const actor = c.get('actor');
      if (!keywordCheck(message, robot.keywords).ok)
        throw keywordMissing(robot, keywordsVisible(viewerRole(actor), robot));
      const { wait: waitParam } = c.req.valid('query');
      const wait = waitParam === '1' || waitParam === 'true';
      const answer = async (delivery: Delivery) => {
        const settled = wait ? ((await deps.deliveries.waitForFinal(delivery.id, WAIT_MS)) ?? delivery) : delivery;
        return settled.status === 'queued' || settled.status === 'sending'
          ? c.json(settled, 202)
          : c.json(settled, 200);
      };
      let queued: Delivery;
      try {
        queued = await deps.deliveries.enqueue(
          { robotId: robot.id, templateId, message },
          {
            estimate: !wait,
            audit: {
              actor: auditActor(actor),
              action: 'delivery.create',
              details: { robotId: robot.id, robotName: robot.name, templateId },
            },
          },
        );
      } catch (error) {
        // The caller's own msgUuid is an idempotency key: DingTalk drops a second message with it, answering 0.
        if (!(error instanceof MsgUuidTaken)) throw error;
        if (JSON.stringify(error.earlier.message) === JSON.stringify(message)) return answer(error.earlier);
        throw msgUuidReused(message.msgUuid!, error.earlier.id);
      }
      return answer(queued);
    })
    .get('/', validate('query', deliveryListQuerySchema), async (c) => {
      try {
        return c.json(await deps.deliveries.list(c.req.valid('query')), 200);
      } catch (error) {
        if (error instanceof InvalidCursorError)
          throw invalid('Unknown cursor', [{ path: 'cursor', message: 'Use the nextCursor of a previous page' }]);
        throw error;
      }
    })
    .get('/:id', validate('param', z.object({ id: idSchema })), async (c) => {
      const delivery = await deps.deliveries.get(c.req.valid('param').id);
      if (!delivery) throw notFound('Delivery');
      return c.json(delivery, 200);
    });
}
