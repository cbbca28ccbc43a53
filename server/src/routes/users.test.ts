import { userListSchema, userSchema } from '@dingpost/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const create = (username: string, role: 'admin' | 'editor' = 'editor', password = 'long enough password') =>
  t.request('POST', '/api/users', { username, password, role });

describe('users', () => {
  it('creates, lists, changes and deletes users; answers never hold a password or its hash', async () => {
    const created = await create('li.lei', 'editor');
    expect(created.status).toBe(201);
    const user = userSchema.parse(created.json);
    expect(user).toMatchObject({ username: 'li.lei', role: 'editor', disabled: false });
    const list = await t.request('GET', '/api/users');
    expect(userListSchema.parse(list.json).items.map((u) => u.username)).toEqual(['admin', 'li.lei']);
    const changed = await t.request('PATCH', `/api/users/${user.id}`, { role: 'admin', disabled: true });
    expect(changed.json).toMatchObject({ role: 'admin', disabled: true });
    expect((await t.request('DELETE', `/api/users/${user.id}`)).status).toBe(204);
    expect((await t.request('DELETE', `/api/users/${user.id}`)).status).toBe(404);
    for (const text of [created.text, list.text, changed.text]) expect(text).not.toMatch(/password|scrypt|hash/i);
  });

  it('refuses a taken username (in any case) with 409, a short password and an unknown role with 400', async () => {
    expect((await create('wang')).status).toBe(201);
    const taken = await create('WANG');
    expect(taken.status).toBe(409);
    expect(taken.json.error.code).toBe('username_taken');
    const short = await create('zhao', 'editor', 'short');
    expect(short.status).toBe(400);
    expect(short.json.error.issues[0].path).toBe('password');
    expect(
      (await t.request('POST', '/api/users', { username: 'x', password: TEST_PASSWORD, role: 'root' })).status,
    ).toBe(400);
    expect(
      (await t.request('POST', '/api/users', { username: 'a b', password: TEST_PASSWORD, role: 'editor' })).status,
    ).toBe(400);
    const patchShort = await t.request('PATCH', `/api/users/${t.users.admin.id}`, { password: 'short' });
    expect(patchShort.status).toBe(400);
  });

  it('keeps one active admin: the last cannot be demoted, disabled or deleted (409)', async () => {
    const adminId = t.users.admin.id;
    // Other admins from earlier tests may remain: take them out first.
    for (const u of userListSchema.parse((await t.request('GET', '/api/users')).json).items)
      if (u.id !== adminId) await t.request('DELETE', `/api/users/${u.id}`);
    for (const [method, body] of [
      ['PATCH', { role: 'editor' }],
      ['PATCH', { disabled: true }],
      ['DELETE', undefined],
    ] as const) {
      const res = await t.request(method, `/api/users/${adminId}`, body);
      expect(res.status, `${method} ${JSON.stringify(body)}`).toBe(409);
      expect(res.json.error.code).toBe('last_admin');
    }
    // A disabled admin does not count as one.
    const other = userSchema.parse((await create('backup', 'admin')).json);
    await t.request('PATCH', `/api/users/${other.id}`, { disabled: true });
    expect((await t.request('PATCH', `/api/users/${adminId}`, { role: 'editor' })).status).toBe(409);
    await t.request('PATCH', `/api/users/${other.id}`, { disabled: false });
    // Two at once: only one of two concurrent removals can succeed.
    const [a, b] = await Promise.all([
      t.request('DELETE', `/api/users/${other.id}`),
      t.request('PATCH', `/api/users/${adminId}`, { role: 'editor' }),
    ]);
    expect([a.status, b.status].filter((s) => s === 409)).toHaveLength(1);
    expect([a.status, b.status].filter((s) => s === 204 || s === 200)).toHaveLength(1);
  });
});
