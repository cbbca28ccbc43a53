import { MAX_KEYWORDS } from '@dingpost/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

const getDoc = async () => {
  const res = await t.request('GET', '/api/openapi.json');
  expect(res.status).toBe(200);
  return res.json as Doc;
};

/** Every $ref anywhere in the value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refs(item, out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') out.push(item);
      else refs(item, out);
    }
  return out;
}

describe('GET /api/openapi.json', () => {
  it('documents exactly the routes the app mounts under /api', async () => {
    const doc = await getDoc();
    const mounted = new Set(
      t.app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`)),
    );
    expect([...documented].sort()).toEqual([...mounted].sort());
  });

  it('is OpenAPI 3.1 whose every $ref resolves, with schemas generated from the shared zod schemas', async () => {
    const doc = await getDoc();
    expect(doc.openapi).toBe('3.1.0');
    for (const r of refs(doc)) expect(doc.components.schemas[r.replace('#/components/schemas/', '')], r).toBeDefined();
    const create = doc.components.schemas.RobotCreate as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
    };
    expect(create.properties.keywords?.maxItems).toBe(MAX_KEYWORDS);
    expect(create.properties.secret?.pattern).toBe('^SEC[A-Za-z0-9]{16,128}$');
    expect(create.required).toEqual(['name', 'webhook']);
    expect(JSON.stringify(doc.components.schemas.Robot)).not.toMatch(/"token"|"secret"/);
  });

  it('lists the error answers an operation can give', async () => {
    const doc = await getDoc();
    const create = doc.paths['/api/robots']!.post!;
    expect(Object.keys(create.responses).sort()).toEqual(['201', '400', '401', '403', '409', '413', '415']);
    expect(Object.keys(doc.paths['/api/robots/{id}/test']!.post!.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '429',
    ]);
    // Public operations need no credentials, so they answer neither.
    expect(Object.keys(doc.paths['/api/health']!.get!.responses)).toEqual(['200']);
  });

  it('documents the status an unknown id in the body is answered with', async () => {
    const doc = await getDoc();
    const text = { msgtype: 'text', text: { content: 'x' } };
    const calls: [string, unknown][] = [
      ['/api/deliveries', { robotId: 'rb_nope', message: text }],
      ['/api/deliveries', { robotId: 'rb_nope', templateId: 'tpl_nope' }],
      ['/api/messages/check', { robotId: 'rb_nope', message: text }],
    ];
    for (const [path, body] of calls) {
      const res = await t.request('POST', path, body);
      expect([path, Object.keys(doc.paths[path]!.post!.responses)]).toEqual([
        path,
        expect.arrayContaining([String(res.status)]),
      ]);
      expect(res.status).toBe(404);
    }
  });
});

describe('GET /api/docs', () => {
  it('is a self-contained page: no external script, style or font', async () => {
    const res = await t.request('GET', '/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.text).toContain("fetch('openapi.json')");
    expect(res.text).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!json-schema)/);
  });
});
