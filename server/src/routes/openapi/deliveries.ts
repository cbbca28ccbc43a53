import { deliveryListQuerySchema, wholeNumberText } from '@dingpost/shared';
import { z } from 'zod';
import { EDITOR, EDITOR_OR_KEY, answers, apiError, tagged } from './operation.ts';

const waitQuery = z.object({
  wait: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .describe('1: hold the request up to 10 s and answer the final state (200), or 202 if still pending'),
});
const limitQuery = z.object({ limit: wholeNumberText(1, 200).default(50) });

export const DELIVERY_OPERATIONS = tagged('Deliveries', [
  {
    method: 'post',
    path: '/api/deliveries',
    access: EDITOR_OR_KEY,
    summary: 'Queue a message',
    description:
      'Validated, checked against the robot’s keywords and the 20000-byte limit, then written to the durable queue ' +
      'before any upstream call. Sent at the robot’s pace, retried without duplicates, and in queue order: the group ' +
      'sees a robot’s messages in the order they were accepted (a message being retried holds back the ones after it).',
    query: waitQuery,
    body: 'DeliveryCreate',
    responses: {
      202: {
        description: 'Accepted: queued, or already sending when the robot is free (or still pending after the wait)',
        body: 'Delivery',
      },
      200: { description: 'With wait: the final state', body: 'Delivery' },
      400: apiError(
        'Invalid input (`validation_failed`, naming each field); over 20000 bytes as it would be sent, msgUuid ' +
          'included (`message_too_long`); none of the robot’s keywords (`keyword_missing`)',
      ),
      404: apiError('No robot, or no template, with that id'),
      409: apiError(
        'The message’s own msgUuid was used for another message to this robot within the hour (`msg_uuid_reused`); ' +
          'the same message with it again answers the earlier delivery. A delivery that failed does not hold its ' +
          'msgUuid: sending again queues a new one',
      ),
    },
  },
  {
    method: 'get',
    path: '/api/deliveries',
    access: EDITOR_OR_KEY,
    summary: 'Delivery history',
    description: 'Newest first; pass `nextCursor` as `cursor` for the next page.',
    query: deliveryListQuerySchema,
    responses: answers(200, 'One page', 'DeliveryList'),
  },
  {
    method: 'get',
    path: '/api/deliveries/:id',
    access: EDITOR_OR_KEY,
    summary: 'Read a delivery',
    responses: answers(200, 'The delivery', 'Delivery'),
  },
]);

export const SANDBOX_OPERATIONS = tagged('Sandbox', [
  {
    method: 'get',
    path: '/api/sandbox/messages',
    access: EDITOR,
    summary: 'What the sandbox robot’s group received',
    description:
      'Messages the built-in DingTalk emulator accepted for the sandbox robot, newest first (not those of robots ' +
      'registered through the emulator’s test controls).',
    query: limitQuery,
    responses: answers(200, 'The inbox', 'SandboxMessageList'),
  },
]);
