import { meSchema } from '@dingpost/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../services/accounts/login-limiter.ts';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '../services/accounts/session-store.ts';
import { createTestApp, TEST_ORIGIN, TEST_PASSWORD, type TestApp } from '../test-app.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let t: TestApp;
let clock: number;
beforeEach(async () => {
  clock = Date.parse('2025-03-01T08:00:00Z');
  t = await createTestApp({}, { now: () => clock });
  await t.authHeaders('editor'); // creates the editor
});
afterEach(() => t.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.requestAs('anonymous', 'POST', '/api/auth/login', { username, password }, headers);

/** The session cookie a login answer sets, as `name=value`. */
function cookieOf(res: { headers: Headers }): string {
  const line = res.headers.getSetCookie().find((l) => l.startsWith('dingpost_session='));
  expect(line).toBeDefined();
  return line!.split(';')[0]!;
}

const withCookie = (cookie: string) => ({ cookie, origin: TEST_ORIGIN });
const me = (cookie: string) => t.requestAs('anonymous', 'GET', '/api/auth/me', undefined, withCookie(cookie));

async function loggedIn(username = 'editor'): Promise<string> {
  const res = await login(username, TEST_PASSWORD);
  expect(res.status, res.text).toBe(200);
  return cookieOf(res);
}

describe('POST /api/auth/login', () => {
  it('answers the user and sets an HttpOnly, SameSite=Lax session cookie that opens /me', async () => {
    const res = await login('editor', TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(meSchema.parse(res.json).user).toMatchObject({ username: 'editor', role: 'editor', disabled: false });
    expect(JSON.stringify(res.json)).not.toMatch(/password|hash/i);
    const line = res.headers.getSetCookie().find((l) => l.startsWith('dingpost_session='))!;
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; SameSite=Lax/);
    expect(line).toMatch(/; Path=\//);
    expect(line).toMatch(new RegExp(`; Max-Age=${SESSION_MAX_MS / 1000}`));
    expect(line).not.toMatch(/Secure/);
    expect(cookieOf(res).length).toBeGreaterThan('dingpost_session='.length + 40);
    const who = await me(cookieOf(res));
    expect(who.status).toBe(200);
    expect(who.json.user.username).toBe('editor');
  });

  it('matches the username regardless of case', async () => {
    expect((await login('EDITOR', TEST_PASSWORD)).status).toBe(200);
  });

  it('sets a Secure cookie when served over https (directly or behind a proxy)', async () => {
    const direct = await t.app.request('https://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://localhost' },
      body: JSON.stringify({ username: 'editor', password: TEST_PASSWORD }),
    });
    expect(direct.status).toBe(200);
    expect(direct.headers.getSetCookie().join('\n')).toMatch(/dingpost_session=[^\n]*; Secure/);
    const proxied = await login('editor', TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(proxied.headers.getSetCookie().join('\n')).toMatch(/dingpost_session=[^\n]*; Secure/);
  });

  it('refuses a wrong password and an unknown user alike: 401 invalid_credentials, no cookie', async () => {
    for (const [username, password] of [
      ['editor', 'wrong password!'],
      ['nobody', TEST_PASSWORD],
    ] as const) {
      const res = await login(username, password);
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe('invalid_credentials');
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('refuses a login posted from another site (login CSRF); a script sending no Origin is fine', async () => {
    const foreign = await login('editor', TEST_PASSWORD, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.json.error.code).toBe('cross_origin');
    // There is no session cookie yet to blame: the message says where to log in.
    expect(foreign.json.error.message).toContain('log in on this site');
    expect(foreign.json.error.message).not.toContain('cookie');
    expect((await login('editor', TEST_PASSWORD)).status).toBe(200);
  });

  it(`locks a username at an address after ${LOGIN_LIMITS.perUsernameAndAddress} failures in 15 minutes: 429 with Retry-After, right password too`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perUsernameAndAddress; i++)
      expect((await login('editor', `wrong-${i}-pass`)).status).toBe(401);
    const locked = await login('editor', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.json.error.code).toBe('too_many_attempts');
    expect(Number(locked.headers.get('retry-after'))).toBe(LOGIN_LIMITS.windowMs / 1000);
    // Others are not locked out by it.
    expect((await login('admin', TEST_PASSWORD)).status).toBe(200);
    clock += 5 * MINUTE;
    expect(Number((await login('editor', TEST_PASSWORD)).headers.get('retry-after'))).toBe(10 * 60);
    clock += 10 * MINUTE;
    expect((await login('editor', TEST_PASSWORD)).status).toBe(200);
  });

  it('counts guesses sent at once: no more than the limit are checked, the rest are 429', async () => {
    const guesses = 3 * LOGIN_LIMITS.perUsernameAndAddress;
    const answers = await Promise.all(Array.from({ length: guesses }, (_, i) => login('editor', `wrong-${i}-pass`)));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(LOGIN_LIMITS.perUsernameAndAddress);
    expect(statuses.filter((status) => status === 429)).toHaveLength(guesses - LOGIN_LIMITS.perUsernameAndAddress);
  });
});

describe('sessions end', () => {
  it(`after ${SESSION_IDLE_MS / DAY} days unused`, async () => {
    const cookie = await loggedIn();
    clock += SESSION_IDLE_MS - MINUTE;
    expect((await me(cookie)).status).toBe(200); // used: the idle time starts again
    clock += SESSION_IDLE_MS - MINUTE;
    expect((await me(cookie)).status).toBe(200);
    clock += SESSION_IDLE_MS;
    const ended = await me(cookie);
    expect(ended.status).toBe(401);
    expect(ended.json.error.code).toBe('unauthenticated');
    // The browser is told to drop the dead cookie.
    expect(ended.headers.getSetCookie().join('\n')).toMatch(/dingpost_session=;.*Max-Age=0/);
  });

  it(`${SESSION_MAX_MS / DAY} days after login, however much used`, async () => {
    const cookie = await loggedIn();
    for (let day = 6; day < SESSION_MAX_MS / DAY; day += 6) {
      clock += 6 * DAY;
      expect((await me(cookie)).status, `day ${day}`).toBe(200);
    }
    // Day 24 now: used six days ago, so not idle at day 30 less a minute; at day 30 it ends anyway.
    clock += 6 * DAY - MINUTE;
    expect((await me(cookie)).status).toBe(200);
    clock += 2 * MINUTE;
    expect((await me(cookie)).status).toBe(401);
  });

  it('on logout (that session only), and the cookie is cleared', async () => {
    const first = await loggedIn();
    const second = await loggedIn();
    const out = await t.requestAs('anonymous', 'POST', '/api/auth/logout', undefined, withCookie(first));
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join('\n')).toMatch(/dingpost_session=;.*Max-Age=0/);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(200);
  });

  it('when an admin sets a new password: the user’s sessions end, the new password works', async () => {
    const cookie = await loggedIn();
    const editor = (await t.services.accounts.users.byUsername('editor'))!;
    const res = await t.request('PATCH', `/api/users/${editor.id}`, { password: 'a brand new password' });
    expect(res.status).toBe(200);
    expect((await me(cookie)).status).toBe(401);
    expect((await login('editor', TEST_PASSWORD)).status).toBe(401);
    expect((await login('editor', 'a brand new password')).status).toBe(200);
  });

  it('when admins change their own password: their other sessions end, this one stays', async () => {
    const mine = await loggedIn('admin');
    const elsewhere = await loggedIn('admin');
    const admin = (await t.services.accounts.users.byUsername('admin'))!;
    const res = await t.requestAs(
      'anonymous',
      'PATCH',
      `/api/users/${admin.id}`,
      { password: 'my new password!' },
      withCookie(mine),
    );
    expect(res.status).toBe(200);
    expect((await me(mine)).status).toBe(200);
    expect((await me(elsewhere)).status).toBe(401);
  });

  it('when the user is disabled (and they cannot log in again), or deleted', async () => {
    const cookie = await loggedIn();
    const editor = (await t.services.accounts.users.byUsername('editor'))!;
    expect((await t.request('PATCH', `/api/users/${editor.id}`, { disabled: true })).status).toBe(200);
    expect((await me(cookie)).status).toBe(401);
    expect((await login('editor', TEST_PASSWORD)).status).toBe(401);
    expect((await t.request('PATCH', `/api/users/${editor.id}`, { disabled: false })).status).toBe(200);
    const again = await loggedIn();
    expect((await me(again)).status).toBe(200);
    expect((await t.request('DELETE', `/api/users/${editor.id}`)).status).toBe(204);
    expect((await me(again)).status).toBe(401);
  });

  it('a made-up or tampered cookie opens nothing', async () => {
    const cookie = await loggedIn();
    expect((await me('dingpost_session=made-up')).status).toBe(401);
    expect((await me(`${cookie.slice(0, -2)}xx`)).status).toBe(401);
  });
});

describe('GET /api/auth/me', () => {
  it('is 401 without a session and 403 for an API key (not a user)', async () => {
    expect((await t.requestAs('anonymous', 'GET', '/api/auth/me')).status).toBe(401);
    expect((await t.requestAs('apiKey', 'GET', '/api/auth/me')).status).toBe(403);
  });
});

describe('POST /api/auth/password', () => {
  const NEW = 'a-brand-new-password';
  const change = (cookie: string, body: unknown) =>
    t.requestAs('anonymous', 'POST', '/api/auth/password', body, withCookie(cookie));

  it('lets users (editors too) change their own password: the new one works, other sessions end, this one stays', async () => {
    const here = await loggedIn('editor');
    const elsewhere = await loggedIn('editor');
    const res = await change(here, { currentPassword: TEST_PASSWORD, newPassword: NEW });
    expect(res.status, res.text).toBe(204);
    expect((await me(here)).status).toBe(200);
    expect((await me(elsewhere)).status).toBe(401);
    expect((await login('editor', TEST_PASSWORD)).status).toBe(401);
    expect((await login('editor', NEW)).status).toBe(200);
    const audit = await t.request('GET', '/api/audit?action=auth.password_change');
    expect(audit.json.items).toHaveLength(1);
    expect(JSON.stringify(audit.json)).not.toContain(NEW);
  });

  it('refuses a wrong current password on its field, changing nothing; wrong guesses count as failed logins', async () => {
    const cookie = await loggedIn('editor');
    const wrong = await change(cookie, { currentPassword: 'not-the-password', newPassword: NEW });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toMatchObject({ code: 'wrong_password', issues: [{ path: 'currentPassword' }] });
    expect((await me(cookie)).status).toBe(200);
    expect((await login('editor', NEW)).status).toBe(401);
    for (let i = 1; i < LOGIN_LIMITS.perUsernameAndAddress; i++)
      await change(cookie, { currentPassword: 'not-the-password', newPassword: NEW });
    const locked = await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: NEW });
    expect(locked.status).toBe(429);
  });

  it('checks the new password like any other, and is for signed-in users only', async () => {
    const cookie = await loggedIn('editor');
    const short = await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.json.error.issues[0].path).toBe('newPassword');
    const body = { currentPassword: TEST_PASSWORD, newPassword: NEW };
    expect((await t.requestAs('anonymous', 'POST', '/api/auth/password', body)).status).toBe(401);
    expect((await t.requestAs('apiKey', 'POST', '/api/auth/password', body)).status).toBe(403);
  });
});
