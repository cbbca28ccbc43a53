import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../test-app.ts';

let t: TestApp;
let robotId: string;
beforeAll(async () => {
  t = await createTestApp();
  robotId = (await t.request('POST', '/api/robots', { name: 'R', webhook: 'd'.repeat(64) })).json.id;
});
afterAll(() => t.close());

function expectSecurityHeaders(headers: Headers, where: string) {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp, where).toMatch(/default-src 'self'/);
  expect(csp, where).toMatch(/frame-ancestors 'none'/);
  expect(csp, where).toMatch(/base-uri 'self'/);
  expect(csp, where).toMatch(/form-action 'self'/);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc, where).toMatch(/'self'/);
  expect(scriptSrc, where).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(headers.get('x-frame-options'), where).toBe('DENY');
  expect(headers.get('referrer-policy'), where).toBe('no-referrer');
}

describe('security headers', () => {
  it('are on every answer: API, errors, 401s, the SPA and the docs', async () => {
    const answers = {
      health: await t.requestAs('anonymous', 'GET', '/api/health'),
      robots: await t.request('GET', '/api/robots'),
      unauthenticated: await t.requestAs('anonymous', 'GET', '/api/robots'),
      forbidden: await t.requestAs('editor', 'GET', '/api/users'),
      invalid: await t.request('POST', '/api/robots', {}),
      notFound: await t.request('GET', '/api/nope'),
      spa: await t.requestAs('anonymous', 'GET', '/robots'),
      docs: await t.requestAs('anonymous', 'GET', '/api/docs'),
    };
    for (const [where, res] of Object.entries(answers)) expectSecurityHeaders(res.headers, where);
  });

  it('are on every answer over real HTTP too, where Node sets them', async () => {
    const served = await createTestApp({}, { listen: true });
    try {
      const base = served.url;
      const cookie = (await served.authHeaders('admin')).cookie!;
      const answers = {
        health: await fetch(`${base}/api/health`),
        robots: await fetch(`${base}/api/robots`, { headers: { cookie } }),
        unauthenticated: await fetch(`${base}/api/robots`),
        tooLarge: await fetch(`${base}/api/robots`, {
          method: 'POST',
          headers: { cookie, origin: base, 'content-type': 'application/json' },
          body: 'x'.repeat(2 * 1024 * 1024),
        }),
        spa: await fetch(`${base}/robots`),
        docs: await fetch(`${base}/api/docs`),
      };
      for (const [where, res] of Object.entries(answers)) expectSecurityHeaders(res.headers, where);
      expect(answers.tooLarge.status).toBe(413);
      // The docs page's own CSP (its script hash) wins over the default.
      expect(answers.docs.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    } finally {
      await served.close();
    }
  });

  it('the docs page’s one inline script is allowed by its hash, nothing else inline', async () => {
    const res = await t.requestAs('anonymous', 'GET', '/api/docs');
    const scripts = [...res.text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    expect(res.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`);
  });
});

describe('CSRF: cookie-authenticated changes must come from this site', () => {
  const change = (headers: Record<string, string>) =>
    t.requestAs('admin', 'PATCH', `/api/robots/${robotId}`, { name: 'renamed' }, headers);

  it('refuses a cross-origin cookie request (403 cross_origin), changing nothing', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'http://localhost:1', 'null']) {
      const res = await change({ origin });
      expect(res.status, origin).toBe(403);
      expect(res.json.error.code).toBe('cross_origin');
    }
    expect((await t.request('GET', `/api/robots/${robotId}`)).json.name).toBe('R');
  });

  it('refuses one with neither Origin nor Referer; a same-site Referer is enough', async () => {
    const auth = await t.authHeaders('admin');
    const bare = await t.app.request(`/api/robots/${robotId}`, {
      method: 'PATCH',
      headers: { cookie: auth.cookie!, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'renamed' }),
    });
    expect(bare.status).toBe(403);
    const referred = await t.app.request(`/api/robots/${robotId}`, {
      method: 'PATCH',
      headers: { cookie: auth.cookie!, 'content-type': 'application/json', referer: `${TEST_ORIGIN}/robots` },
      body: JSON.stringify({ name: 'via referer' }),
    });
    expect(referred.status).toBe(200);
  });

  it('lets a same-origin request through, and reads (GET) from anywhere', async () => {
    expect((await change({ origin: TEST_ORIGIN })).status).toBe(200);
    expect((await t.request('GET', '/api/robots', undefined, { origin: 'https://evil.example' })).status).toBe(200);
  });

  it('logout is a change too', async () => {
    expect(
      (await t.requestAs('editor', 'POST', '/api/auth/logout', undefined, { origin: 'https://evil.example' })).status,
    ).toBe(403);
  });

  it('exempts API keys (no ambient credential for another site to ride on)', async () => {
    const res = await t.requestAs(
      'apiKey',
      'POST',
      '/api/messages/check',
      { message: { msgtype: 'text', text: { content: 'x' } } },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(200);
  });

  it('takes bodies as JSON only, so an HTML form cannot post one', async () => {
    const res = await t.request('POST', '/api/templates', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
  });
});
