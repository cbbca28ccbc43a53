import {
  apiErrorSchema,
  deliveryCreateSchema,
  deliveryListQuerySchema,
  deliveryListSchema,
  deliverySchema,
  dingtalkMessageSchema,
  idSchema,
  messageCheckInputSchema,
  messageCheckResultSchema,
  robotCreateSchema,
  robotListSchema,
  robotSchema,
  robotTestResultSchema,
  robotUpdateSchema,
  sandboxMessageListSchema,
  templateInputSchema,
  templateListSchema,
  templateRenderInputSchema,
  templateSchema,
  templateUpdateSchema,
} from '@dingpost/shared';
import { z } from 'zod';

/** Named schemas, as the API reads them (input: before defaults and transforms) and answers them (output). */
const INPUTS = {
  RobotCreate: robotCreateSchema,
  RobotUpdate: robotUpdateSchema,
  TemplateInput: templateInputSchema,
  TemplateUpdate: templateUpdateSchema,
  TemplateRenderInput: templateRenderInputSchema,
  MessageCheckInput: messageCheckInputSchema,
  DeliveryCreate: deliveryCreateSchema,
  DingtalkMessage: dingtalkMessageSchema,
} satisfies Record<string, z.ZodType>;

const OUTPUTS = {
  Robot: robotSchema,
  RobotList: robotListSchema,
  RobotTestResult: robotTestResultSchema,
  Template: templateSchema,
  TemplateList: templateListSchema,
  DingtalkMessage: dingtalkMessageSchema,
  MessageCheckResult: messageCheckResultSchema,
  Delivery: deliverySchema,
  DeliveryList: deliveryListSchema,
  SandboxMessageList: sandboxMessageListSchema,
  Health: z.object({ status: z.literal('ok') }),
  ApiError: apiErrorSchema,
} satisfies Record<string, z.ZodType>;

type InputName = keyof typeof INPUTS;
type OutputName = keyof typeof OUTPUTS;

type Operation = {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** As mounted in Hono: /api/robots/:id. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  body?: InputName;
  /** Success answers; the error answers are added from what the operation takes. */
  responses: Record<number, { description: string; body?: OutputName }>;
};

const waitQuery = z.object({
  wait: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .describe('1: hold the request up to 10 s and answer the final state (200), or 202 if still pending'),
});
const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
const forceQuery = z.object({
  force: z.enum(['1', 'true']).optional().describe('Delete even with deliveries waiting; they are marked failed'),
});

/** Every route under /api. routes/openapi.test.ts checks this list against the routes the app mounts. */
export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'Meta',
    summary: 'Liveness',
    responses: { 200: { description: 'The server is up', body: 'Health' } },
  },
  {
    method: 'get',
    path: '/api/robots',
    tag: 'Robots',
    summary: 'List robots',
    description: 'The sandbox robot first. Never includes a token or a secret.',
    responses: { 200: { description: 'All robots', body: 'RobotList' } },
  },
  {
    method: 'post',
    path: '/api/robots',
    tag: 'Robots',
    summary: 'Add a robot',
    description:
      '`webhook` is the URL DingTalk shows (`<DINGTALK_BASE_URL>/robot/send?access_token=…`) or the bare token; ' +
      'a URL on any other host, scheme, port or path is refused. Token and secret are stored encrypted.',
    body: 'RobotCreate',
    responses: { 201: { description: 'The robot', body: 'Robot' } },
  },
  {
    method: 'get',
    path: '/api/robots/:id',
    tag: 'Robots',
    summary: 'Read a robot',
    responses: { 200: { description: 'The robot', body: 'Robot' } },
  },
  {
    method: 'patch',
    path: '/api/robots/:id',
    tag: 'Robots',
    summary: 'Change a robot',
    description:
      'Only the fields given change; `secret: null` removes the secret. The sandbox robot keeps its connection.',
    body: 'RobotUpdate',
    responses: { 200: { description: 'The robot', body: 'Robot' } },
  },
  {
    method: 'delete',
    path: '/api/robots/:id',
    tag: 'Robots',
    summary: 'Delete a robot',
    description: '409 while deliveries wait for it (unless `force`), and for the built-in sandbox robot.',
    query: forceQuery,
    responses: {
      204: { description: 'Deleted' },
      409: { description: 'Deliveries waiting, or the sandbox robot', body: 'ApiError' },
    },
  },
  {
    method: 'post',
    path: '/api/robots/:id/test',
    tag: 'Robots',
    summary: 'Send a test message',
    description:
      'Signs and sends a short message holding one of the robot’s keywords, and explains the outcome. ' +
      'It counts against the robot’s rate limit: 429 (with Retry-After) when its window is full or it is cooling down.',
    responses: {
      200: { description: 'What DingTalk answered, explained', body: 'RobotTestResult' },
      429: { description: 'The robot may not send now', body: 'ApiError' },
    },
  },
  {
    method: 'get',
    path: '/api/templates',
    tag: 'Templates',
    summary: 'List templates',
    responses: { 200: { description: 'All templates', body: 'TemplateList' } },
  },
  {
    method: 'post',
    path: '/api/templates',
    tag: 'Templates',
    summary: 'Add a template',
    description:
      'Any string of `message` may hold `{{name}}` placeholders, each a declared variable. The template is checked ' +
      'by rendering it with the samples (else defaults) and validating the result as a DingTalk message.',
    body: 'TemplateInput',
    responses: { 201: { description: 'The template', body: 'Template' } },
  },
  {
    method: 'get',
    path: '/api/templates/:id',
    tag: 'Templates',
    summary: 'Read a template',
    responses: { 200: { description: 'The template', body: 'Template' } },
  },
  {
    method: 'patch',
    path: '/api/templates/:id',
    tag: 'Templates',
    summary: 'Change a template',
    body: 'TemplateUpdate',
    responses: { 200: { description: 'The template', body: 'Template' } },
  },
  {
    method: 'delete',
    path: '/api/templates/:id',
    tag: 'Templates',
    summary: 'Delete a template',
    responses: { 204: { description: 'Deleted' } },
  },
  {
    method: 'post',
    path: '/api/templates/:id/render',
    tag: 'Templates',
    summary: 'Render a template',
    description: 'Values not given take the variable’s default; a missing or unknown variable is a 400 naming it.',
    body: 'TemplateRenderInput',
    responses: { 200: { description: 'The message, ready to send', body: 'DingtalkMessage' } },
  },
  {
    method: 'post',
    path: '/api/messages/check',
    tag: 'Messages',
    summary: 'Check a message without sending it',
    description:
      '`issues`: what DingTalk would refuse (wire format, size, and with `robotId` the robot’s keywords). ' +
      '`warnings`: what it accepts but will not show as meant.',
    body: 'MessageCheckInput',
    responses: { 200: { description: 'The verdict', body: 'MessageCheckResult' } },
  },
  {
    method: 'post',
    path: '/api/deliveries',
    tag: 'Deliveries',
    summary: 'Queue a message',
    description:
      'Validated, checked against the robot’s keywords and the 20000-byte limit, then written to the durable queue ' +
      'before any upstream call. Sent at the robot’s pace, retried without duplicates.',
    query: waitQuery,
    body: 'DeliveryCreate',
    responses: {
      202: { description: 'Queued (or still pending after the wait)', body: 'Delivery' },
      200: { description: 'With wait: the final state', body: 'Delivery' },
    },
  },
  {
    method: 'get',
    path: '/api/deliveries',
    tag: 'Deliveries',
    summary: 'Delivery history',
    description: 'Newest first; pass `nextCursor` as `cursor` for the next page.',
    query: deliveryListQuerySchema,
    responses: { 200: { description: 'One page', body: 'DeliveryList' } },
  },
  {
    method: 'get',
    path: '/api/deliveries/:id',
    tag: 'Deliveries',
    summary: 'Read a delivery',
    responses: { 200: { description: 'The delivery', body: 'Delivery' } },
  },
  {
    method: 'get',
    path: '/api/sandbox/messages',
    tag: 'Sandbox',
    summary: 'What the sandbox robot’s group received',
    description: 'Messages the built-in DingTalk emulator accepted, newest first.',
    query: limitQuery,
    responses: { 200: { description: 'The inbox', body: 'SandboxMessageList' } },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'Meta',
    summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.1' } },
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'Meta',
    summary: 'Browsable API docs (works offline)',
    responses: { 200: { description: 'An HTML page' } },
  },
];

type JsonSchema = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function components(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [io, named] of [
    ['input', INPUTS],
    ['output', OUTPUTS],
  ] as const) {
    const registry = z.registry<{ id: string }>();
    for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
    const { schemas } = z.toJSONSchema(registry, {
      io,
      uri: (id) => `#/components/schemas/${id}`,
      unrepresentable: 'any',
    });
    for (const [id, schema] of Object.entries(schemas)) {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      out[id] = rest;
    }
  }
  return out;
}

function parameters(op: Operation) {
  const params: JsonSchema[] = [...op.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: z.toJSONSchema(idSchema, { io: 'input' }),
  }));
  if (op.query) {
    const json = z.toJSONSchema(op.query, { io: 'input' }) as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = schema;
      params.push({ name, in: 'query', required: json.required?.includes(name) ?? false, description, schema: rest });
    }
  }
  return params;
}

const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('ApiError') } } });

function responses(op: Operation) {
  const out: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses))
    out[status] = r.body
      ? { description: r.description, content: { 'application/json': { schema: ref(r.body) } } }
      : { description: r.description };
  const validated = op.body !== undefined || op.query !== undefined || op.path.includes(':');
  if (validated) out['400'] ??= error('Invalid input: `issues` names each field');
  if (op.path.includes(':')) out['404'] ??= error('No such resource');
  if (op.body !== undefined) {
    out['413'] ??= error('The body is larger than 1 MB');
    out['415'] ??= error('The body is not JSON');
  }
  return out;
}

/** The OpenAPI 3.1 document, generated from the shared zod schemas the routes validate with. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const path = op.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][op.method] = {
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      operationId: `${op.method}${path.replace(/[{}]/g, '').replace(/[/.](\w)/g, (_, c: string) => c.toUpperCase())}`,
      parameters: parameters(op),
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: ref(op.body) } } } }
        : {}),
      responses: responses(op),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dingpost API',
      version: '1.0.0',
      description:
        'Compose and send DingTalk custom-robot messages. Every error is `{error: {code, message, issues?}}`. ' +
        'Robot tokens and secrets are write-only: no answer ever contains them.',
    },
    servers: [{ url: '/' }],
    tags: ['Robots', 'Templates', 'Messages', 'Deliveries', 'Sandbox', 'Meta'].map((name) => ({ name })),
    paths,
    components: { schemas: components() },
  };
}
