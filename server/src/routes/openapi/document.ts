import { SESSION_COOKIE, idSchema } from '@dingpost/shared';
import { z } from 'zod';
import type { AccessRule } from '../../http/auth.ts';
import { INPUTS, OUTPUTS, type Operation } from './operation.ts';

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
    out['415'] ??= error('The body is not JSON, or is compressed (Content-Encoding)');
  }
  return out;
}

/** The OpenAPI 3.1 document of these operations, generated from the shared zod schemas the routes validate with. */
export function buildDocument(operations: Operation[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
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
