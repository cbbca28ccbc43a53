import { z } from 'zod';
import { ADMIN, EDITOR_OR_KEY, answers, apiError, tagged } from './operation.ts';

const forceQuery = z.object({
  force: z.enum(['1', 'true']).optional().describe('Delete even with deliveries waiting; they are marked failed'),
});

export const ROBOT_OPERATIONS = tagged('Robots', [
  {
    method: 'get',
    path: '/api/robots',
    access: EDITOR_OR_KEY,
    summary: 'List robots',
    description:
      'The sandbox robot first. Never includes a token or a secret; editors get `keywords: []` and `hasKeywords` (the sandbox robot’s keywords are public: everyone sees them).',
    responses: answers(200, 'All robots', 'RobotList'),
  },
  {
    method: 'post',
    path: '/api/robots',
    access: ADMIN,
    summary: 'Add a robot',
    description:
      '`webhook` is the URL DingTalk shows (`<DINGTALK_BASE_URL>/robot/send?access_token=…`) or the bare token; ' +
      'a URL on any other host, scheme, port or path is refused. Token and secret are stored encrypted. ' +
      'A webhook another robot already has is a 409 `webhook_taken` naming that robot: the two would share one ' +
      'DingTalk rate limit, each paced as if it had it alone.',
    body: 'RobotCreate',
    responses: { ...answers(201, 'The robot', 'Robot'), 409: apiError('Another robot has this webhook') },
  },
  {
    method: 'get',
    path: '/api/robots/:id',
    access: EDITOR_OR_KEY,
    summary: 'Read a robot',
    responses: answers(200, 'The robot', 'Robot'),
  },
  {
    method: 'patch',
    path: '/api/robots/:id',
    access: ADMIN,
    summary: 'Change a robot',
    description:
      'Only the fields given change; `secret: null` removes the secret. The sandbox robot keeps its connection. ' +
      'A webhook another robot already has is a 409 `webhook_taken`.',
    body: 'RobotUpdate',
    responses: { ...answers(200, 'The robot', 'Robot'), 409: apiError('Another robot has this webhook') },
  },
  {
    method: 'delete',
    path: '/api/robots/:id',
    access: ADMIN,
    summary: 'Delete a robot',
    description: '409 while deliveries wait for it (unless `force`), and for the built-in sandbox robot.',
    query: forceQuery,
    responses: {
      204: { description: 'Deleted' },
      409: apiError('Deliveries waiting, or the sandbox robot'),
    },
  },
  {
    method: 'post',
    path: '/api/robots/:id/test',
    access: ADMIN,
    summary: 'Send a test message',
    description:
      'Signs and sends a short message holding one of the robot’s keywords, and explains the outcome. ' +
      'It counts against the robot’s rate limit: 429 (with Retry-After) when its window is full or it is cooling down.',
    responses: {
      200: { description: 'What DingTalk answered, explained', body: 'RobotTestResult' },
      429: apiError('The robot may not send now'),
    },
  },
]);
