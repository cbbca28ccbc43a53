import {
  apiErrorSchema,
  SESSION_COOKIE,
  apiKeyCreateSchema,
  apiKeyCreatedSchema,
  apiKeyListSchema,
  auditPageSchema,
  auditQuerySchema,
  loginInputSchema,
  meSchema,
  userCreateSchema,
  userListSchema,
  userSchema,
  userUpdateSchema,
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
import type { AccessRule } from '../http/auth.ts';

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
  LoginInput: loginInputSchema,
  UserCreate: userCreateSchema,
  UserUpdate: userUpdateSchema,
  ApiKeyCreate: apiKeyCreateSchema,
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
  Me: meSchema,
  User: userSchema,
  UserList: userListSchema,
  ApiKeyList: apiKeyListSchema,
  ApiKeyCreated: apiKeyCreatedSchema,
  AuditPage: auditPageSchema,
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
  /** Who may call it; the access control middleware (http/auth.ts) enforces exactly this. */
  access: AccessRule;
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
    access: { allow: 'public' },
    tag: 'Meta',
    summary: 'Liveness',
    responses: { 200: { description: 'The server is up', body: 'Health' } },
  },
  {
    method: 'get',
    path: '/api/robots',
    access: { allow: 'editor', apiKey: true },
    tag: 'Robots',
    summary: 'List robots',
    description:
      'The sandbox robot first. Never includes a token or a secret; editors get `keywords: []` and `hasKeywords`.',
    responses: { 200: { description: 'All robots', body: 'RobotList' } },
  },
  {
    method: 'post',
    path: '/api/robots',
    access: { allow: 'admin' },
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
    access: { allow: 'editor' },
    tag: 'Robots',
    summary: 'Read a robot',
    responses: { 200: { description: 'The robot', body: 'Robot' } },
  },
  {
    method: 'patch',
    path: '/api/robots/:id',
    access: { allow: 'admin' },
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
    access: { allow: 'admin' },
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
    access: { allow: 'admin' },
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
    access: { allow: 'editor', apiKey: true },
    tag: 'Templates',
    summary: 'List templates',
    responses: { 200: { description: 'All templates', body: 'TemplateList' } },
  },
  {
    method: 'post',
    path: '/api/templates',
    access: { allow: 'editor' },
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
    access: { allow: 'editor', apiKey: true },
    tag: 'Templates',
    summary: 'Read a template',
    responses: { 200: { description: 'The template', body: 'Template' } },
  },
  {
    method: 'patch',
    path: '/api/templates/:id',
    access: { allow: 'editor' },
    tag: 'Templates',
    summary: 'Change a template',
    body: 'TemplateUpdate',
    responses: { 200: { description: 'The template', body: 'Template' } },
  },
  {
    method: 'delete',
    path: '/api/templates/:id',
    access: { allow: 'editor' },
    tag: 'Templates',
    summary: 'Delete a template',
    responses: { 204: { description: 'Deleted' } },
  },
  {
    method: 'post',
    path: '/api/templates/:id/render',
    access: { allow: 'editor', apiKey: true },
    tag: 'Templates',
    summary: 'Render a template',
    description: 'Values not given take the variable’s default; a missing or unknown variable is a 400 naming it.',
    body: 'TemplateRenderInput',
    responses: { 200: { description: 'The message, ready to send', body: 'DingtalkMessage' } },
  },
  {
    method: 'post',
    path: '/api/messages/check',
    access: { allow: 'editor', apiKey: true },
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
    access: { allow: 'editor', apiKey: true },
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
    access: { allow: 'editor', apiKey: true },
    tag: 'Deliveries',
    summary: 'Delivery history',
    description: 'Newest first; pass `nextCursor` as `cursor` for the next page.',
    query: deliveryListQuerySchema,
    responses: { 200: { description: 'One page', body: 'DeliveryList' } },
  },
  {
    method: 'get',
    path: '/api/deliveries/:id',
    access: { allow: 'editor', apiKey: true },
    tag: 'Deliveries',
    summary: 'Read a delivery',
    responses: { 200: { description: 'The delivery', body: 'Delivery' } },
  },
  {
    method: 'get',
    path: '/api/sandbox/messages',
    access: { allow: 'editor' },
    tag: 'Sandbox',
    summary: 'What the sandbox robot’s group received',
    description: 'Messages the built-in DingTalk emulator accepted, newest first.',
    query: limitQuery,
    responses: { 200: { description: 'The inbox', body: 'SandboxMessageList' } },
  },
  {
    method: 'post',
    path: '/api/auth/login',
    access: { allow: 'public' },
    tag: 'Accounts',
    summary: 'Log in',
    description:
      'Sets the HttpOnly, SameSite=Lax session cookie `dingpost_session` (Secure over https). Five failed logins ' +
      'for a username (twenty from an address) in 15 minutes lock further attempts: 429 with Retry-After.',
    body: 'LoginInput',
    responses: {
      200: { description: 'Logged in', body: 'Me' },
      401: { description: 'Wrong username or password (`invalid_credentials`)', body: 'ApiError' },
      429: { description: 'Too many failed logins', body: 'ApiError' },
    },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    access: { allow: 'editor' },
    tag: 'Accounts',
    summary: 'Log out',
    description: 'Ends this session and clears the cookie.',
    responses: { 204: { description: 'Logged out' } },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    access: { allow: 'editor' },
    tag: 'Accounts',
    summary: 'Who is logged in',
    responses: { 200: { description: 'The user of this session', body: 'Me' } },
  },
  {
    method: 'get',
    path: '/api/users',
    access: { allow: 'admin' },
    tag: 'Accounts',
    summary: 'List users',
    responses: { 200: { description: 'All users', body: 'UserList' } },
  },
  {
    method: 'post',
    path: '/api/users',
    access: { allow: 'admin' },
    tag: 'Accounts',
    summary: 'Add a user',
    body: 'UserCreate',
    responses: {
      201: { description: 'The user', body: 'User' },
      409: { description: 'The username is taken', body: 'ApiError' },
    },
  },
  {
    method: 'patch',
    path: '/api/users/:id',
    access: { allow: 'admin' },
    tag: 'Accounts',
    summary: 'Change a user’s role, password or disabled state',
    description:
      'A new password or disabling ends the user’s sessions. The last active admin cannot be demoted or disabled.',
    body: 'UserUpdate',
    responses: {
      200: { description: 'The user', body: 'User' },
      409: { description: 'The last active admin', body: 'ApiError' },
    },
  },
  {
    method: 'delete',
    path: '/api/users/:id',
    access: { allow: 'admin' },
    tag: 'Accounts',
    summary: 'Delete a user',
    description: 'Ends their sessions. The last active admin cannot be deleted.',
    responses: {
      204: { description: 'Deleted' },
      409: { description: 'The last active admin', body: 'ApiError' },
    },
  },
  {
    method: 'get',
    path: '/api/api-keys',
    access: { allow: 'admin' },
    tag: 'Accounts',
    summary: 'List API keys',
    description: 'Newest first, revoked keys included. Only the first 8 characters of a key are ever shown again.',
    responses: { 200: { description: 'All keys', body: 'ApiKeyList' } },
  },
  {
    method: 'post',
    path: '/api/api-keys',
    access: { allow: 'admin' },
    tag: 'Accounts',
    summary: 'Create an API key',
    description:
      'The answer holds the token, once: only its hash is kept. Send it as `Authorization: Bearer dp_…`. A key may ' +
      'queue deliveries, render and read templates, check messages, list robots and read history; nothing else.',
    body: 'ApiKeyCreate',
    responses: { 201: { description: 'The key and its token', body: 'ApiKeyCreated' } },
  },
  {
    method: 'delete',
    path: '/api/api-keys/:id',
    access: { allow: 'admin' },
    tag: 'Accounts',
    summary: 'Revoke an API key',
    description: 'At once: the next request with it is a 401.',
    responses: { 204: { description: 'Revoked' } },
  },
  {
    method: 'get',
    path: '/api/audit',
    access: { allow: 'admin' },
    tag: 'Accounts',
    summary: 'Audit log',
    description: 'Who did what, newest first; pass `nextCursor` as `cursor` for the next page.',
    query: auditQuerySchema,
    responses: { 200: { description: 'One page', body: 'AuditPage' } },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    access: { allow: 'public' },
    tag: 'Meta',
    summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.1' } },
  },
  {
    method: 'get',
    path: '/api/docs',
    access: { allow: 'public' },
    tag: 'Meta',
    summary: 'Browsable API docs (works offline)',
    responses: { 200: { description: 'An HTML page' } },
  },
];

const RULES = new Map(OPERATIONS.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op.access]));

/** The access rule of the operation at this mounted route (`GET`, `/api/robots/:id`), if it is one. */
export function accessRuleFor(method: string, path: string): AccessRule | undefined {
  return RULES.get(`${method} ${path}`);
}

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

function forbiddenWhen(access: AccessRule): string {
  const crossSite = 'a cross-site request with the session cookie (`cross_origin`)';
  if (access.allow === 'admin') return `An editor or an API key (\`forbidden\`), or ${crossSite}`;
  if (!access.apiKey) return `An API key: out of its scope (\`forbidden\`), or ${crossSite}`;
  return `A cross-site request with the session cookie (\`cross_origin\`)`;
}

/** Who may call the operation, as OpenAPI security requirements; [] for a public one. */
function security(access: AccessRule) {
  if (access.allow === 'public') return [];
  return access.apiKey ? [{ session: [] }, { apiKey: [] }] : [{ session: [] }];
}

const ROLE_NOTE: Record<AccessRule['allow'], string> = {
  public: 'No login needed.',
  editor: 'Any logged-in user.',
  admin: 'Admins only.',
};

function responses(op: Operation) {
  const out: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses))
    out[status] = r.body
      ? { description: r.description, content: { 'application/json': { schema: ref(r.body) } } }
      : { description: r.description };
  if (op.access.allow !== 'public') {
    out['401'] ??= error('Not logged in and no API key, or the session or key has ended (`unauthenticated`)');
    out['403'] ??= error(forbiddenWhen(op.access));
  }
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
      description: [op.description, ROLE_NOTE[op.access.allow], op.access.apiKey ? 'API keys too.' : '']
        .filter(Boolean)
        .join(' '),
      security: security(op.access),
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
        'Robot tokens and secrets are write-only: no answer ever contains them. Every operation but health, login ' +
        'and these docs needs the session cookie (from POST /api/auth/login) or an API key (`Authorization: Bearer dp_…`); ' +
        'a cookie request that changes something must carry this site’s Origin.',
    },
    servers: [{ url: '/' }],
    tags: ['Robots', 'Templates', 'Messages', 'Deliveries', 'Sandbox', 'Accounts', 'Meta'].map((name) => ({ name })),
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/auth/login' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (`dp_…`) made by an admin' },
      },
    },
  };
}
