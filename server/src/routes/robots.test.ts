import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  apiErrorSchema,
  robotListSchema,
  robotSchema,
  robotTestResultSchema,
  SANDBOX_KEYWORDS,
} from '@dingpost/shared';
import { signature } from '@dingpost/shared/signing/sign';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureSandboxRobot } from '../services/robots/sandbox-robot.ts';
import { createTestApp, type TestApp } from '../test-app.ts';

const TOKEN = '0123456789abcdef'.repeat(4);
const SECRET = `SEC${'9f8e7d6c5b4a'.repeat(5)}`;

/** A stand-in for DingTalk's endpoint on 127.0.0.1: records requests, answers what the test sets. */
type Received = { url: URL; body: unknown };
let receiver: http.Server;
let receiverBase: string;
let received: Received[] = [];
let answer: unknown = { errcode: 0, errmsg: 'ok' };

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ url: new URL(req.url ?? '/', receiverBase), body: JSON.parse(Buffer.concat(chunks).toString()) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

let t: TestApp;
beforeEach(async () => {
  received = [];
  answer = { errcode: 0, errmsg: 'ok' };
  t = await createTestApp({ DINGTALK_BASE_URL: receiverBase, ROBOT_RATE_LIMIT: '3', ROBOT_RATE_WINDOW_MS: '60000' });
});
afterEach(() => t.close());

const create = (body: Record<string, unknown> = {}) =>
  t.request('POST', '/api/robots', {
    name: 'Ops',
    webhook: `${receiverBase}/robot/send?access_token=${TOKEN}`,
    secret: SECRET,
    keywords: ['告警'],
    ...body,
  });

function expectIssueOn(res: { status: number; json: unknown }, path: string, message?: RegExp, code?: string) {
  expect(res.status).toBe(400);
  const error = apiErrorSchema.parse(res.json).error;
  const issue = error.issues?.find((i) => i.path === path);
  expect(issue, JSON.stringify(error)).toBeDefined();
  if (message) expect(issue?.message).toMatch(message);
  if (code) expect(issue?.code).toBe(code);
}

describe('robots CRUD', () => {
  it('creates from the webhook URL, keeping only a hint of the token', async () => {
    const res = await create();
    expect(res.status).toBe(201);
    const robot = robotSchema.parse(res.json);
    expect(robot).toMatchObject({ name: 'Ops', tokenHint: TOKEN.slice(-4), hasSecret: true, keywords: ['告警'] });
    expect(res.text).not.toContain(TOKEN);
    expect(res.text).not.toContain(SECRET);
    expect(await t.services.robots.credentials(robot.id)).toMatchObject({ token: TOKEN, secret: SECRET });
  });

  it('accepts the bare token', async () => {
    const res = await create({ webhook: TOKEN, secret: undefined });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ tokenHint: TOKEN.slice(-4), hasSecret: false });
  });

  it.each([
    ['another host', (base: string) => `http://evil.example/robot/send?access_token=${TOKEN}&b=${base}`],
    ['another scheme', (base: string) => `${base.replace('http:', 'https:')}/robot/send?access_token=${TOKEN}`],
    ['another port', () => `http://127.0.0.1:1/robot/send?access_token=${TOKEN}`],
    ['another path', (base: string) => `${base}/robot/sendx?access_token=${TOKEN}`],
    [
      'credentials in the URL',
      (base: string) => `${base.replace('//', '//user:pw@')}/robot/send?access_token=${TOKEN}`,
    ],
  ])('refuses a webhook on %s (no SSRF)', async (_what, webhook) => {
    expectIssueOn(
      await create({ webhook: webhook(receiverBase) }),
      'webhook',
      /never posts to any other host/,
      'webhook_wrong_origin',
    );
    expect((await t.request('GET', '/api/robots')).json.items).toHaveLength(0);
  });

  it('explains a webhook without a token, and text that is neither URL nor token, with a code per refusal', async () => {
    expectIssueOn(
      await create({ webhook: `${receiverBase}/robot/send` }),
      'webhook',
      /no access_token/,
      'webhook_no_token',
    );
    expectIssueOn(await create({ webhook: 'not a webhook' }), 'webhook', /Paste the webhook URL/, 'webhook_not_url');
    expectIssueOn(
      await create({ webhook: `${receiverBase}/robot/send?access_token=abc` }),
      'webhook',
      /does not look like one/,
      'webhook_bad_token',
    );
  });

  it('refuses a secret that is not DingTalk’s, more than 10 keywords, and a keyword listed twice', async () => {
    expectIssueOn(await create({ secret: 'abc' }), 'secret', /SEC/);
    expectIssueOn(await create({ keywords: Array.from({ length: 11 }, (_, i) => `k${i}`) }), 'keywords');
    expectIssueOn(await create({ keywords: ['告警', ' 告警 '] }), 'keywords.1', /twice/);
  });

  it('lists, reads, updates and deletes', async () => {
    const robot = robotSchema.parse((await create()).json);
    const list = await t.request('GET', '/api/robots');
    expect(robotListSchema.parse(list.json).items.map((r) => r.id)).toEqual([robot.id]);
    expect((await t.request('GET', `/api/robots/${robot.id}`)).json).toEqual(robot);

    const patched = await t.request('PATCH', `/api/robots/${robot.id}`, {
      name: 'Ops 2',
      secret: null,
      webhook: 'fedcba9876543210'.repeat(4),
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ name: 'Ops 2', hasSecret: false, tokenHint: '3210', keywords: ['告警'] });
    expectIssueOn(
      await t.request('PATCH', `/api/robots/${robot.id}`, { webhook: 'https://x.example/robot/send' }),
      'webhook',
    );

    expect((await t.request('DELETE', `/api/robots/${robot.id}`)).status).toBe(204);
    expect((await t.request('GET', `/api/robots/${robot.id}`)).status).toBe(404);
  });

  it('refuses a webhook another robot already has (409 on webhook, naming it), by URL or bare token', async () => {
    const first = robotSchema.parse((await create({ name: '运维告警' })).json);
    for (const webhook of [`${receiverBase}/robot/send?access_token=${TOKEN}`, ` ${TOKEN} `]) {
      const res = await create({ name: 'Ops again', webhook });
      expect(res.status).toBe(409);
      const error = apiErrorSchema.parse(res.json).error;
      expect(error).toMatchObject({ code: 'webhook_taken', message: expect.stringContaining('“运维告警”') });
      expect(error.issues).toEqual([
        {
          path: 'webhook',
          message: expect.stringContaining('运维告警'),
          code: 'webhook_taken',
          params: { name: '运维告警' },
        },
      ]);
      expect(res.text).not.toContain(TOKEN);
    }
    expect((await t.request('GET', '/api/robots')).json.items).toHaveLength(1);

    // Changing another robot to the same webhook is refused too; a robot keeping its own is not.
    const other = robotSchema.parse((await create({ name: 'Other', webhook: 'fedcba9876543210'.repeat(4) })).json);
    const moved = await t.request('PATCH', `/api/robots/${other.id}`, { name: 'Renamed', webhook: TOKEN });
    expect(moved.status).toBe(409);
    expect(apiErrorSchema.parse(moved.json).error.code).toBe('webhook_taken');
    expect((await t.request('GET', `/api/robots/${other.id}`)).json).toMatchObject({
      name: 'Other',
      tokenHint: '3210',
    });
    const kept = await t.request('PATCH', `/api/robots/${first.id}`, { name: 'Ops 2', webhook: TOKEN });
    expect(kept.status).toBe(200);
  });

  it('answers 404 for an unknown robot on every route', async () => {
    for (const [method, url, body] of [
      ['GET', '/api/robots/rb_nope', undefined],
      ['PATCH', '/api/robots/rb_nope', { name: 'x' }],
      ['DELETE', '/api/robots/rb_nope', undefined],
      ['POST', '/api/robots/rb_nope/test', undefined],
    ] as const) {
      const res = await t.request(method, url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(apiErrorSchema.parse(res.json).error.code).toBe('not_found');
    }
  });

  it('refuses to delete a robot with deliveries still waiting (409)', async () => {
    const robot = robotSchema.parse((await create()).json);
    await t.services.db
      .insertInto('deliveries')
      .values({
        id: 'dl_1',
        robot_id: robot.id,
        template_id: null,
        status: 'queued',
        message: '{}',
        msg_uuid: 'u1',
        attempts: 0,
        errcode: null,
        errmsg: null,
        explanation: null,
        digest_id: null,
        not_before: 0,
        created_at: new Date().toISOString(),
        sent_at: null,
      })
      .execute();
    const res = await t.request('DELETE', `/api/robots/${robot.id}`);
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: 'robot_busy' });
    expect((await t.request('DELETE', `/api/robots/${robot.id}?force=maybe`)).status).toBe(400);
    await t.services.db.updateTable('deliveries').set({ status: 'sent' }).execute();
    expect((await t.request('DELETE', `/api/robots/${robot.id}`)).status).toBe(204);

    const other = robotSchema.parse((await create()).json);
    await t.services.db.updateTable('deliveries').set({ status: 'queued', robot_id: other.id }).execute();
    expect((await t.request('DELETE', `/api/robots/${other.id}`)).status).toBe(409);
    expect((await t.request('DELETE', `/api/robots/${other.id}?force=1`)).status).toBe(204);
  });

  it('keeps the sandbox robot’s connection fixed and refuses to delete it', async () => {
    const sandbox = await ensureSandboxRobot(t.services.robots, null);
    expect(sandbox).toMatchObject({ sandbox: true, hasSecret: true, keywords: [...SANDBOX_KEYWORDS] });
    expect((await ensureSandboxRobot(t.services.robots, null)).id).toBe(sandbox.id);
    expectIssueOn(await t.request('PATCH', `/api/robots/${sandbox.id}`, { keywords: ['x'] }), 'keywords');
    expect((await t.request('PATCH', `/api/robots/${sandbox.id}`, { name: 'Mine' })).json).toMatchObject({
      name: 'Mine',
    });
    expect((await t.request('DELETE', `/api/robots/${sandbox.id}`)).status).toBe(409);
  });
});

describe('POST /api/robots/:id/test', () => {
  it('signs and sends a short message with a keyword, and says it worked', async () => {
    const robot = robotSchema.parse((await create()).json);
    const res = await t.request('POST', `/api/robots/${robot.id}/test`);
    expect(res.status).toBe(200);
    expect(robotTestResultSchema.parse(res.json)).toMatchObject({ ok: true, errcode: 0 });

    expect(received).toHaveLength(1);
    const { url, body } = received[0]!;
    expect(url.pathname).toBe('/robot/send');
    expect(url.searchParams.get('access_token')).toBe(TOKEN);
    const ts = Number(url.searchParams.get('timestamp'));
    expect(Math.abs(Date.now() - ts)).toBeLessThan(60_000);
    expect(url.searchParams.get('sign')).toBe(signature(ts, SECRET));
    expect(body).toMatchObject({ msgtype: 'text', text: { content: expect.stringContaining('告警') } });
    expect(res.text).not.toContain(TOKEN);

    const log = await t.services.db.selectFrom('send_log').selectAll().execute();
    expect(log.map((row) => row.robot_id)).toEqual([robot.id]);
  });

  it('explains a refusal', async () => {
    const robot = robotSchema.parse((await create()).json);
    answer = { errcode: 310000, errmsg: 'keywords not in content' };
    const res = await t.request('POST', `/api/robots/${robot.id}/test`);
    expect(res.status).toBe(200);
    const result = robotTestResultSchema.parse(res.json);
    expect(result).toMatchObject({ ok: false, errcode: 310000, errmsg: 'keywords not in content' });
    expect(result.explanation?.en).toMatch(/keyword/i);
  });

  it('counts against the rate limit: a full window answers 429 with when to retry', async () => {
    const robot = robotSchema.parse((await create()).json);
    for (let i = 0; i < 3; i++) expect((await t.request('POST', `/api/robots/${robot.id}/test`)).status).toBe(200);
    const res = await t.request('POST', `/api/robots/${robot.id}/test`);
    expect(res.status).toBe(429);
    expect(res.json.error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/Try again in \d+ s/),
    });
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(55);
    expect(retryAfter).toBeLessThanOrEqual(61);
    expect(received).toHaveLength(3);
  });

  it('explains a test that got no verdict, or was throttled, as a test: sent once, not retried or queued', async () => {
    const robot = robotSchema.parse((await create()).json);
    answer = { errcode: -1, errmsg: 'system busy' };
    const busy = robotTestResultSchema.parse((await t.request('POST', `/api/robots/${robot.id}/test`)).json);
    expect(busy).toMatchObject({ ok: false, errcode: -1 });
    expect(busy.explanation?.en).toMatch(/test again; a test is not retried/);
    expect(busy.explanation?.zh).toMatch(/测试消息不会自动重试/);
    answer = { errcode: 130101, errmsg: 'send too fast' };
    const throttled = robotTestResultSchema.parse((await t.request('POST', `/api/robots/${robot.id}/test`)).json);
    expect(throttled.explanation?.en).toMatch(/test again after the 10-minute cool-down/);
    expect(throttled.explanation?.en).not.toMatch(/stays queued/);
  });

  it('rests the robot for 10 minutes when DingTalk throttles it', async () => {
    const robot = robotSchema.parse((await create()).json);
    answer = { errcode: 130101, errmsg: 'send too fast' };
    expect((await t.request('POST', `/api/robots/${robot.id}/test`)).json).toMatchObject({ ok: false });
    const until = await t.services.robots.cooldownUntil(robot.id);
    expect(until).toBeGreaterThan(Date.now() + 9 * 60_000);
    const res = await t.request('POST', `/api/robots/${robot.id}/test`);
    expect(res.status).toBe(429);
    expect(received).toHaveLength(1);
  });
});
