import { AUDIT_ACTIONS, auditPageSchema, type AuditEntry } from '@dingpost/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, TEST_PASSWORD, type TestApp } from '../test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // Real robots' test sends go to a closed port: they fail fast, and are audited all the same.
  t = await createTestApp({ DINGTALK_BASE_URL: 'http://127.0.0.1:1' });
});
afterAll(() => t.close());

const TOKEN = 'f'.repeat(64);
const SECRET = `SEC${'s3cr3t'.repeat(8)}`;
const NEW_PASSWORD = 'another long password';

async function allEntries(query = ''): Promise<AuditEntry[]> {
  const items: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.request('GET', `/api/audit?limit=3${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, res.text).toBe(200);
    const page = auditPageSchema.parse(res.json);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('audit log', () => {
  let entries: AuditEntry[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const anon = (method: string, url: string, body?: unknown, headers?: Record<string, string>) =>
      t.requestAs('anonymous', method, url, body, headers);
    await t.authHeaders('editor');
    await anon('POST', '/api/auth/login', { username: 'editor', password: 'not the password' });
    await anon('POST', '/api/auth/login', { username: 'ghost', password: 'not the password' });
    const login = await anon('POST', '/api/auth/login', { username: 'editor', password: TEST_PASSWORD });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    await anon('POST', '/api/auth/logout', undefined, { cookie, origin: TEST_ORIGIN });

    const robot = await t.request('POST', '/api/robots', { name: 'Ops', webhook: TOKEN, secret: SECRET });
    ids.robot = robot.json.id;
    await t.request('PATCH', `/api/robots/${ids.robot}`, { name: 'Ops 2', secret: SECRET });
    await t.request('POST', `/api/robots/${ids.robot}/test`);
    const template = await t.request('POST', '/api/templates', {
      name: 'T',
      message: { msgtype: 'text', text: { content: 'hi' } },
    });
    ids.template = template.json.id;
    const byTemplate = await t.requestAs('editor', 'POST', '/api/deliveries', {
      robotId: ids.robot,
      templateId: ids.template,
    });
    ids.delivery = byTemplate.json.id;
    const key = await t.request('POST', '/api/api-keys', { name: 'CI' });
    ids.key = key.json.apiKey.id;
    const byKey = await t.request(
      'POST',
      '/api/deliveries',
      { robotId: ids.robot, message: { msgtype: 'text', text: { content: 'from CI' } } },
      { authorization: `Bearer ${key.json.token}`, cookie: '' },
    );
    ids.keyDelivery = byKey.json.id;
    await t.request('DELETE', `/api/api-keys/${ids.key}`);
    const user = await t.request('POST', '/api/users', { username: 'temp', password: TEST_PASSWORD, role: 'editor' });
    ids.user = user.json.id;
    await t.request('PATCH', `/api/users/${ids.user}`, { role: 'admin', password: NEW_PASSWORD });
    await t.request('DELETE', `/api/users/${ids.user}`);
    await t.request('DELETE', `/api/robots/${ids.robot}?force=1`);
    // Last: it ends the editor's other sessions, the test app's own among them.
    const again = await anon('POST', '/api/auth/login', { username: 'editor', password: TEST_PASSWORD });
    const session = { cookie: again.headers.getSetCookie()[0]!.split(';')[0]!, origin: TEST_ORIGIN };
    await anon('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, session);
    entries = await allEntries();
  });

  const find = (action: string) => entries.filter((e) => e.action === action);
  const admin = () => ({ kind: 'user', id: t.users.admin.id, name: 'admin' });

  it('records every kind of action, newest first', () => {
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(AUDIT_ACTIONS));
    const times = entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('logins, failed logins, password changes and logouts, with who', () => {
    expect(find('auth.login')[0]).toMatchObject({ actor: { kind: 'user', name: 'editor' } });
    expect(find('auth.login_failed').map((e) => [e.actor.name, e.details.reason])).toEqual([
      ['ghost', 'unknown_user'],
      ['editor', 'wrong_password'],
    ]);
    expect(find('auth.logout')[0]).toMatchObject({ actor: { kind: 'user', name: 'editor' } });
    expect(find('auth.password_change')[0]).toMatchObject({ actor: { kind: 'user', name: 'editor' } });
  });

  it('robot changes and tests, naming the fields changed but never their values', () => {
    expect(find('robot.create')[0]).toMatchObject({ actor: admin(), target: ids.robot, details: { name: 'Ops' } });
    expect(find('robot.update')[0]).toMatchObject({ target: ids.robot, details: { fields: ['name', 'secret'] } });
    expect(find('robot.test')[0]).toMatchObject({ target: ids.robot, details: { ok: false } });
    expect(find('robot.delete')[0]).toMatchObject({ target: ids.robot, details: { name: 'Ops 2' } });
  });

  it('sends: which robot, which template, by whom (user or key)', () => {
    const [byKey, byTemplate] = find('delivery.create');
    expect(byTemplate).toMatchObject({
      actor: { kind: 'user', name: 'editor' },
      target: ids.delivery,
      details: { robotId: ids.robot, templateId: ids.template },
    });
    expect(byKey).toMatchObject({
      actor: { kind: 'apiKey', id: ids.key, name: 'CI' },
      target: ids.keyDelivery,
      details: { robotId: ids.robot, templateId: null },
    });
  });

  it('keys made, used and revoked; users made, changed and deleted', () => {
    expect(find('apikey.create')[0]).toMatchObject({ actor: admin(), target: ids.key, details: { name: 'CI' } });
    expect(find('apikey.use')[0]).toMatchObject({ actor: { kind: 'apiKey', id: ids.key }, target: ids.key });
    expect(find('apikey.revoke')[0]).toMatchObject({ actor: admin(), target: ids.key });
    expect(find('user.create')[0]).toMatchObject({ target: ids.user, details: { username: 'temp', role: 'editor' } });
    expect(find('user.update')[0]).toMatchObject({ details: { role: 'admin', passwordChanged: true } });
    expect(find('user.delete')[0]).toMatchObject({ target: ids.user, details: { username: 'temp' } });
  });

  it('holds no token, secret or password', () => {
    const all = JSON.stringify(entries);
    for (const secret of [TOKEN, SECRET, TEST_PASSWORD, NEW_PASSWORD]) expect(all).not.toContain(secret);
  });

  it('filters by action and refuses a made-up cursor', async () => {
    expect((await allEntries('&action=robot.create')).map((e) => e.action)).toEqual(['robot.create']);
    expect((await t.request('GET', '/api/audit?cursor=abc')).status).toBe(400);
    expect((await t.request('GET', '/api/audit?action=robot.explode')).status).toBe(400);
  });
});
