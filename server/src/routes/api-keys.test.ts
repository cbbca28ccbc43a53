import fs from 'node:fs';
import path from 'node:path';
import { apiKeyCreatedSchema, apiKeyListSchema, auditPageSchema } from '@dingpost/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../test-app.ts';

let t: TestApp;
let clock: number;
beforeEach(async () => {
  clock = Date.parse('2025-03-01T08:00:00Z');
  t = await createTestApp({}, { now: () => clock });
});
afterEach(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function createKey(name = 'CI') {
  const res = await t.request('POST', '/api/api-keys', { name });
  expect(res.status, res.text).toBe(201);
  return apiKeyCreatedSchema.parse(res.json);
}

/** Every byte the server keeps: the SQLite file and its WAL, after a checkpoint. */
function databaseBytes(): Buffer {
  t.services.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return Buffer.concat(
    fs
      .readdirSync(t.dataDir)
      .filter((f) => f.startsWith('dingpost.sqlite'))
      .map((f) => fs.readFileSync(path.join(t.dataDir, f))),
  );
}

describe('API keys', () => {
  it('shows the token once, at creation; lists show only its prefix', async () => {
    const { apiKey, token } = await createKey('Deploy bot');
    expect(token).toMatch(/^dp_[A-Za-z0-9_-]{40,}$/);
    expect(apiKey).toMatchObject({ name: 'Deploy bot', prefix: token.slice(0, 8), lastUsedAt: null, revokedAt: null });
    expect(apiKey.createdBy).toBe(t.users.admin.id);
    const list = await t.request('GET', '/api/api-keys');
    expect(apiKeyListSchema.parse(list.json).items.map((k) => k.id)).toContain(apiKey.id);
    expect(list.text).not.toContain(token);
    expect(list.text).not.toContain(token.slice(8));
  });

  it('keeps only a hash: neither a key nor a session cookie is in the database file', async () => {
    const { token } = await createKey();
    expect((await t.request('GET', '/api/templates', undefined, bearer(token))).status).toBe(200);
    const login = await t.requestAs('anonymous', 'POST', '/api/auth/login', {
      username: 'admin',
      password: TEST_PASSWORD,
    });
    const session = login.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    const bytes = databaseBytes();
    expect(bytes.includes(Buffer.from('admin'))).toBe(true); // the search itself works
    for (const secret of [token, token.slice(3), session, TEST_PASSWORD])
      expect(bytes.includes(Buffer.from(secret)), secret.slice(0, 6)).toBe(false);
  });

  it('works as Bearer, records its last use (at most once a minute), and is refused once revoked', async () => {
    const { apiKey, token } = await createKey();
    expect((await t.request('GET', '/api/robots', undefined, bearer(token))).status).toBe(200);
    const used = async () => (await t.services.accounts.apiKeys.get(apiKey.id))!.lastUsedAt;
    expect(await used()).toBe(new Date(clock).toISOString());
    const first = clock;
    clock += 30_000;
    await t.request('GET', '/api/robots', undefined, bearer(token));
    expect(await used()).toBe(new Date(first).toISOString());
    clock += 31_000;
    await t.request('GET', '/api/robots', undefined, bearer(token));
    expect(await used()).toBe(new Date(clock).toISOString());

    expect((await t.request('DELETE', `/api/api-keys/${apiKey.id}`)).status).toBe(204);
    const refused = await t.requestAs('anonymous', 'GET', '/api/robots', undefined, bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe('unauthenticated');
    const listed = apiKeyListSchema.parse((await t.request('GET', '/api/api-keys')).json).items;
    expect(listed.find((k) => k.id === apiKey.id)?.revokedAt).toBe(new Date(clock).toISOString());
    // Revoking twice changes nothing; an unknown key is a 404.
    expect((await t.request('DELETE', `/api/api-keys/${apiKey.id}`)).status).toBe(204);
    expect((await t.request('DELETE', '/api/api-keys/key_missing')).status).toBe(404);
  });

  it('audits its use at most once a minute', async () => {
    const { apiKey, token } = await createKey();
    for (let i = 0; i < 5; i++) await t.request('GET', '/api/templates', undefined, bearer(token));
    clock += 61_000;
    await t.request('GET', '/api/templates', undefined, bearer(token));
    const page = auditPageSchema.parse((await t.request('GET', '/api/audit?action=apikey.use')).json);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({
      actor: { kind: 'apiKey', id: apiKey.id, name: 'CI' },
      target: apiKey.id,
      details: { method: 'GET', path: '/api/templates' },
    });
  });

  it('refuses what is not a key of ours, however it is written', async () => {
    const { token } = await createKey();
    for (const authorization of [`Bearer ${token}x`, `Basic ${token}`, 'Bearer', `Bearer dp_${'A'.repeat(43)}`, token])
      expect((await t.requestAs('anonymous', 'GET', '/api/robots', undefined, { authorization })).status).toBe(401);
    // A bad key is not rescued by a good cookie: the request is refused, not silently downgraded.
    expect((await t.request('GET', '/api/robots', undefined, { authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('needs a name', async () => {
    expect((await t.request('POST', '/api/api-keys', { name: ' ' })).status).toBe(400);
    expect((await t.request('POST', '/api/api-keys', {})).status).toBe(400);
  });
});
