import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Identity, type TestApp } from '../test-app.ts';

/**
 * Who may call what, written out here on its own (not read from the server's rule list), for every
 * route the app mounts: a new route fails the first test until it is added with its expected access.
 */
type Expected = { allow: 'public' | 'editor' | 'admin'; apiKey: boolean };
const anyone: Expected = { allow: 'public', apiKey: true };
const user: Expected = { allow: 'editor', apiKey: false };
const userOrKey: Expected = { allow: 'editor', apiKey: true };
const admin: Expected = { allow: 'admin', apiKey: false };

const EXPECTED: Record<string, Expected> = {
  'GET /api/health': anyone,
  'GET /api/openapi.json': anyone,
  'GET /api/docs': anyone,
  'POST /api/auth/login': anyone,
  'POST /api/auth/logout': user,
  'POST /api/auth/password': user,
  'GET /api/auth/me': user,
  'GET /api/robots': userOrKey,
  'GET /api/robots/:id': userOrKey,
  'POST /api/robots': admin,
  'PATCH /api/robots/:id': admin,
  'DELETE /api/robots/:id': admin,
  'POST /api/robots/:id/test': admin,
  'GET /api/templates': userOrKey,
  'GET /api/templates/:id': userOrKey,
  'POST /api/templates': user,
  'PATCH /api/templates/:id': user,
  'DELETE /api/templates/:id': user,
  'POST /api/templates/:id/render': userOrKey,
  'POST /api/messages/check': userOrKey,
  'POST /api/deliveries': userOrKey,
  'GET /api/deliveries': userOrKey,
  'GET /api/deliveries/:id': userOrKey,
  'GET /api/sandbox/messages': user,
  'GET /api/users': admin,
  'POST /api/users': admin,
  'PATCH /api/users/:id': admin,
  'DELETE /api/users/:id': admin,
  'GET /api/api-keys': admin,
  'POST /api/api-keys': admin,
  'DELETE /api/api-keys/:id': admin,
  'GET /api/audit': admin,
  // The built-in emulator's test controls.
  'POST /emulator/_admin/robots': admin,
  'GET /emulator/_admin/robots': admin,
  'GET /emulator/_admin/inbox': admin,
  'POST /emulator/_admin/faults': admin,
  'GET /emulator/_admin/faults': admin,
  'DELETE /emulator/_admin/faults': admin,
  'POST /emulator/_admin/reset': admin,
};

const IDENTITIES: Identity[] = ['anonymous', 'editor', 'admin', 'apiKey'];

/** What the identity should get: through (any answer but an auth refusal), 401 or 403. */
function verdict(rule: Expected, who: Identity): 'through' | 401 | 403 {
  if (rule.allow === 'public') return 'through';
  if (who === 'anonymous') return 401;
  if (who === 'apiKey') return rule.apiKey ? 'through' : 403;
  if (rule.allow === 'admin' && who === 'editor') return 403;
  return 'through';
}

let t: TestApp;
beforeAll(async () => {
  // listen: the emulator (and its /_admin routes) is mounted only on a serving app.
  t = await createTestApp({}, { listen: true });
});
afterAll(() => t.close());

/** Every route the app mounts under /api and the emulator's controls, as "METHOD /path/:param". */
function mountedRoutes(): string[] {
  const routes = t.app.routes
    .filter((r) => (r.path.startsWith('/api/') || r.path.startsWith('/emulator/_admin/')) && r.method !== 'ALL')
    .filter((r) => !r.path.endsWith('*'))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(routes)].sort();
}

const AUTH_CODES = ['unauthenticated', 'forbidden', 'cross_origin'];

describe('authorization over every route × {anonymous, editor, admin, API key}', () => {
  it('the table covers exactly the mounted routes', () => {
    expect(mountedRoutes()).toEqual(Object.keys(EXPECTED).sort());
    expect(mountedRoutes().length).toBeGreaterThan(30);
  });

  it.each(IDENTITIES)('as %s', async (who) => {
    const failures: string[] = [];
    let counted = 0;
    for (const route of mountedRoutes()) {
      const [method, path] = route.split(' ') as [string, string];
      // Ids that do not exist: an allowed call ends in a 404 or a 400, never changing anything.
      let url = path.replace(/:(\w+)/g, 'missing_$1');
      // Logging out ends the session: that call gets a session of its own.
      let headers: Record<string, string> = {};
      if (route === 'POST /api/auth/logout' && (who === 'admin' || who === 'editor')) {
        await t.authHeaders(who);
        const account = await t.services.accounts.users.byUsername(who);
        const { token } = await t.services.accounts.sessions.create(account!.id);
        headers = { cookie: `dingpost_session=${token}` };
      }
      if (route === 'GET /emulator/_admin/inbox') url += '?limit=1';
      const res = await t.requestAs(who, method, url, undefined, headers);
      const code = (res.json as { error?: { code?: string } } | undefined)?.error?.code;
      const expected = verdict(EXPECTED[route]!, who);
      counted++;
      if (expected === 'through') {
        if (code !== undefined && AUTH_CODES.includes(code))
          failures.push(`${route}: ${res.status} ${code}, expected through`);
      } else if (res.status !== expected || code !== (expected === 401 ? 'unauthenticated' : 'forbidden')) {
        failures.push(`${route}: ${res.status} ${code}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
    expect(counted).toBe(Object.keys(EXPECTED).length);
  });
});

describe('allowed calls do what they say (not only pass the gate)', () => {
  it('an editor composes and sends; an API key sends, renders and reads; neither manages robots', async () => {
    const robot = (await t.request('POST', '/api/robots', { name: 'Ops', webhook: 'c'.repeat(64) })).json;
    const template = await t.requestAs('editor', 'POST', '/api/templates', {
      name: 'Hello',
      message: { msgtype: 'text', text: { content: 'hello {{who}}' } },
      variables: [{ name: 'who', sample: 'team' }],
    });
    expect(template.status).toBe(201);
    const sendAsEditor = await t.requestAs('editor', 'POST', '/api/deliveries', {
      robotId: robot.id,
      message: { msgtype: 'text', text: { content: 'hi' } },
    });
    expect(sendAsEditor.status).toBe(202);
    const sendAsKey = await t.requestAs('apiKey', 'POST', '/api/deliveries', {
      robotId: robot.id,
      templateId: template.json.id,
      variables: { who: 'ops' },
    });
    expect(sendAsKey.status).toBe(202);
    expect((await t.requestAs('apiKey', 'GET', `/api/deliveries/${sendAsKey.json.id}`)).status).toBe(200);
    const rendered = await t.requestAs('apiKey', 'POST', `/api/templates/${template.json.id}/render`, {
      variables: { who: 'x' },
    });
    expect(rendered.json).toEqual({ msgtype: 'text', text: { content: 'hello x' } });
    expect((await t.requestAs('apiKey', 'GET', '/api/templates')).json.items).toHaveLength(1);
    for (const who of ['editor', 'apiKey'] as const) {
      expect((await t.requestAs(who, 'PATCH', `/api/robots/${robot.id}`, { name: 'x' })).status).toBe(403);
      expect((await t.requestAs(who, 'DELETE', `/api/robots/${robot.id}`)).status).toBe(403);
      expect((await t.requestAs(who, 'POST', `/api/robots/${robot.id}/test`)).status).toBe(403);
    }
    expect((await t.requestAs('apiKey', 'POST', '/api/templates', { name: 'x', message: {} })).status).toBe(403);
    expect((await t.request('GET', `/api/robots/${robot.id}`)).json.name).toBe('Ops');
  });
});
