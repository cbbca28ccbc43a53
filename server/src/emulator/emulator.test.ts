import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DingtalkMessage } from '@dingpost/shared';
import { signedSendUrl } from '@dingpost/shared/signing/sign';
import { afterEach, describe, expect, it } from 'vitest';
import { sendToDingtalk } from '../services/dingtalk/client.ts';
import { serveEmulator, type RunningEmulator } from './serve.ts';
import { SAMPLE_MESSAGES } from './test-messages.ts';

const TOKEN = 'a'.repeat(60) + 'beef';
const SECRET = 'SEC' + '0123456789abcdef'.repeat(4);
const KEYWORDS = ['dingpost'];

const text = (content: string, extra: Partial<DingtalkMessage> = {}): DingtalkMessage =>
  ({ msgtype: 'text', text: { content }, ...extra }) as DingtalkMessage;

let running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.map((r) => r.close()));
  running = [];
});

async function start(opts: Parameters<typeof serveEmulator>[0] = {}) {
  const r = await serveEmulator({ dataDir: null, ...opts });
  running.push(r);
  r.emulator.registry.ensureRobot({ token: TOKEN, secret: SECRET, keywords: KEYWORDS, name: 'signed' });
  const send = (message: DingtalkMessage, target: Partial<{ token: string; secret: string | null }> = {}, o = {}) =>
    sendToDingtalk({ baseUrl: r.url, token: TOKEN, secret: SECRET, ...target }, message, o);
  return { ...r, send };
}

describe('emulator over HTTP, driven by sendToDingtalk', () => {
  it('accepts and stores every message type, exactly as sent', async () => {
    const { send, emulator } = await start();
    for (const [kind, message] of Object.entries(SAMPLE_MESSAGES)) {
      const outcome = await send(message);
      expect(outcome, kind).toEqual({ kind: 'sent', errcode: 0, errmsg: 'ok', answeredAt: expect.any(Number) });
    }
    const stored = emulator.inbox.list().map((m) => m.message);
    expect(stored).toEqual(Object.values(SAMPLE_MESSAGES).reverse());
  });

  it('checks signatures: good, wrong secret, unencoded sign, missing sign, stale and future timestamps', async () => {
    const { send, url, emulator } = await start();
    expect((await send(text('dingpost ok'))).kind).toBe('sent');

    const wrong = await send(text('dingpost'), { secret: `${SECRET}x` });
    expect(wrong).toMatchObject({ kind: 'failed', errcode: 310000 });
    expect(wrong.kind !== 'sent' && wrong.errmsg).toMatch(/sign not match/);
    if (wrong.kind !== 'sent') expect(wrong.explanation.en).toMatch(/signature does not match/i);

    const unsigned = await send(text('dingpost'), { secret: null });
    expect(unsigned).toMatchObject({ kind: 'failed', errcode: 310000 });

    const hour = 60 * 60 * 1000;
    const stale = await send(text('dingpost'), {}, { nowMs: Date.now() - hour - 60_000 });
    expect(stale).toMatchObject({ kind: 'failed', errcode: 310000 });
    expect(stale.kind !== 'sent' && stale.errmsg).toMatch(/invalid timestamp/);
    const future = await send(text('dingpost'), {}, { nowMs: Date.now() + hour + 60_000 });
    expect(future.kind !== 'sent' && future.errmsg).toMatch(/invalid timestamp/);
    // Just inside the window still passes.
    expect((await send(text('dingpost edge'), {}, { nowMs: Date.now() - hour + 60_000 })).kind).toBe('sent');

    // A client that forgets to percent-encode: "+" arrives as a space, as at DingTalk.
    let ts = Date.now();
    while (!signedSendUrl(url, TOKEN, SECRET, ts).includes('%2B')) ts += 1;
    const raw = decodeURIComponent(signedSendUrl(url, TOKEN, SECRET, ts).split('&sign=')[1]!);
    const bad = await fetch(`${url}/robot/send?access_token=${TOKEN}&timestamp=${ts}&sign=${raw}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(text('dingpost')),
    });
    expect(await bad.json()).toMatchObject({ errcode: 310000, errmsg: expect.stringMatching(/sign not match/) });
    expect(emulator.inbox.count()).toBe(2);
  });

  it('signs correctly whatever the signature holds: +, / and = all survive the URL', async () => {
    const seen = new Set<string>();
    let sends = 0;
    // Fixed, deterministic timestamps: the emulator's clock is set to them.
    const base = 1_900_000_000_000;
    const shifted = await serveEmulator({ dataDir: null, now: () => base });
    running.push(shifted);
    shifted.emulator.registry.ensureRobot({ token: TOKEN, secret: SECRET, keywords: [], name: 'clock' });
    for (let ts = base; ts < base + 40 && seen.size < 3; ts++) {
      const signed = signedSendUrl(shifted.url, TOKEN, SECRET, ts);
      const chars = ['%2B', '%2F', '%3D'].filter((c) => signed.includes(c) && !seen.has(c));
      if (chars.length === 0) continue;
      const outcome = await sendToDingtalk({ baseUrl: shifted.url, token: TOKEN, secret: SECRET }, text(`t${ts}`), {
        nowMs: ts,
      });
      expect(outcome.kind, `${ts}: ${chars.join(',')}`).toBe('sent');
      chars.forEach((c) => seen.add(c));
      sends += 1;
    }
    expect([...seen].sort()).toEqual(['%2B', '%2F', '%3D']);
    expect(shifted.emulator.inbox.count()).toBe(sends);
  });

  it('refuses a message without any of the robot keywords, and an unknown or missing token', async () => {
    const { send, url } = await start();
    const outcome = await send(text('no magic word here'));
    expect(outcome).toMatchObject({
      kind: 'failed',
      errcode: 310000,
      errmsg: expect.stringMatching(/keywords not in content/),
    });
    if (outcome.kind !== 'sent') expect(outcome.explanation.zh).toContain('关键词');
    expect((await send(text('dingpost'), { token: 'nope1234' })).errcode).toBe(300005);
    const missing = await fetch(`${url}/robot/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await missing.json()).toMatchObject({ errcode: 300001 });
  });

  it('takes sends only from the addresses on an IP allowlist, and explains a refusal', async () => {
    const { emulator, url } = await start();
    const send = (ipAllowlist: string[]) => {
      emulator.registry.ensureRobot({ token: 'ip-robot', secret: null, keywords: [], ipAllowlist });
      return sendToDingtalk({ baseUrl: url, token: 'ip-robot', secret: null }, text('hello'));
    };
    const refused = await send(['10.0.0.0/8', '192.168.1.7']);
    expect(refused).toMatchObject({
      kind: 'failed',
      errcode: 310000,
      errmsg: expect.stringMatching(/^ip 127\.0\.0\.1 not in whitelist/),
    });
    if (refused.kind !== 'sent') expect(refused.explanation.zh).toContain('IP 白名单');
    expect((await send(['127.0.0.1'])).kind).toBe('sent');
    expect((await send(['10.0.0.1', '127.0.0.0/30'])).kind).toBe('sent');
    expect((await send([])).kind).toBe('sent');

    const register = (ipAllowlist: string[]) =>
      fetch(`${url}/_admin/robots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: 'ip-robot', ipAllowlist }),
      });
    expect((await register(['127.0.0.1', '10.1.0.0/16'])).status).toBe(201);
    for (const bad of ['localhost', '10.0.0.0/33', '300.1.1.1', '::1'])
      expect((await register([bad])).status, bad).toBe(400);
  });

  it('answers DingTalk errors with HTTP 200 and refuses bodies over 20000 bytes', async () => {
    const { send, url } = await start();
    const big = text(`dingpost ${'x'.repeat(20_000)}`);
    const outcome = await send(big);
    expect(outcome).toMatchObject({ kind: 'failed', errcode: 460101 });
    // 19 990 bytes of 3-byte characters are fine; the limit is bytes, not characters.
    const fits = text(`dingpost${'钉'.repeat(6_640)}`);
    expect(new TextEncoder().encode(JSON.stringify(fits)).length).toBeLessThanOrEqual(20_000);
    expect((await send(fits)).kind).toBe('sent');
    const over = text(`dingpost${'钉'.repeat(6_670)}`);
    expect((await send(over)).errcode).toBe(460101);

    const response = await fetch(`${url}/robot/send?access_token=${TOKEN}`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(200);
  });

  it('validates the wire format strictly with the errcodes DingTalk gives', async () => {
    const { emulator, url } = await start();
    emulator.registry.ensureRobot({ token: 'plain-robot', keywords: [] });
    const post = async (body: string, type = 'application/json') => {
      const r = await fetch(`${url}/robot/send?access_token=plain-robot`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(r.status).toBe(200);
      return (await r.json()) as { errcode: number; errmsg: string };
    };
    expect(await post('{"msgtype":"image","image":{}}')).toMatchObject({ errcode: 400105 });
    expect(await post('{"msgtype":"Text","text":{"content":"a"}}')).toMatchObject({ errcode: 400105 });
    expect(await post('{"text":{"content":"a"}}')).toMatchObject({ errcode: 40035, errmsg: '缺少参数 msgtype' });
    expect(await post('{not json')).toMatchObject({ errcode: 40035 });
    expect(await post('')).toMatchObject({ errcode: 40035 });
    expect(await post('{"msgtype":"markdown","markdown":{"text":"a"}}')).toMatchObject({
      errcode: 400402,
      errmsg: expect.stringContaining('markdown --》 title'),
    });
    expect(await post('{"msgtype":"link","link":{"title":"a","text":"b","messageURL":"https://a.b"}}')).toMatchObject({
      errcode: 400402,
      errmsg: expect.stringContaining('link --》 messageUrl'),
    });
    expect(
      await post(
        '{"msgtype":"actionCard","actionCard":{"title":"a","text":"b","btnOrientation":1,"btns":[{"title":"x","actionURL":"https://a.b"}]}}',
      ),
    ).toMatchObject({
      errcode: 400402,
      errmsg: expect.stringContaining('btnOrientation'),
    });
    // A whole-jump card's btns are ignored, whatever they hold; without singleURL they are read.
    const whole = { title: 'a', text: 'b', singleTitle: 'c', singleURL: 'https://a.b', btns: [{ title: 'x' }] };
    expect(await post(JSON.stringify({ msgtype: 'actionCard', actionCard: whole }))).toMatchObject({ errcode: 0 });
    const { singleURL: _, ...noUrl } = whole;
    expect(await post(JSON.stringify({ msgtype: 'actionCard', actionCard: noUrl }))).toMatchObject({ errcode: 400402 });
    // A key out of place (atMobiles beside msgtype instead of under at), not a long message: named, not 460101.
    expect(await post('{"msgtype":"text","text":{"content":"a"},"atMobiles":["13800000000"]}')).toMatchObject({
      errcode: 400402,
      errmsg: expect.stringContaining('参数 atMobiles '),
    });
    expect(await post('{"msgtype":"text","text":{"content":"a"}}', 'text/plain')).toMatchObject({ errcode: 43004 });
    const get = await fetch(`${url}/robot/send?access_token=plain-robot`);
    expect(await get.json()).toMatchObject({ errcode: 43002 });
    expect(emulator.inbox.count()).toBe(1);
  });

  it('throttles a robot over its own limit, answers 410100 then 130101 during the cool-down, then accepts again', async () => {
    const { send, emulator } = await start({ rateLimit: 3, rateWindowMs: 400, cooldownMs: 700 });
    for (let i = 0; i < 3; i++) expect((await send(text(`dingpost ${i}`))).kind).toBe('sent');
    const over = await send(text('dingpost 3'));
    expect(over).toMatchObject({ kind: 'throttled', errcode: 410100 });
    const during = await send(text('dingpost 4'));
    expect(during).toMatchObject({ kind: 'throttled', errcode: 130101 });
    if (during.kind !== 'sent') expect(during.explanation.en).toMatch(/throttles/);
    expect(emulator.inbox.count()).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 750));
    expect((await send(text('dingpost 5'))).kind).toBe('sent');
    expect(emulator.inbox.count()).toBe(4);
  });

  it('counts a strict sliding window: spacing sends exactly at the limit never throttles', async () => {
    const { send } = await start({ rateLimit: 2, rateWindowMs: 300, cooldownMs: 10_000 });
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      outcomes.push((await send(text(`dingpost ${i}`))).kind);
      await new Promise((resolve) => setTimeout(resolve, 160));
    }
    expect(outcomes).toEqual(Array(6).fill('sent'));
  });

  it('shows a retried msgUuid once within the hour', async () => {
    const { send, emulator } = await start();
    const message = text('dingpost once', { msgUuid: 'delivery-1-uuid' });
    expect((await send(message)).kind).toBe('sent');
    expect((await send(message)).kind).toBe('sent');
    expect((await send(text('dingpost other', { msgUuid: 'delivery-2-uuid' }))).kind).toBe('sent');
    expect(emulator.inbox.list().map((m) => m.message.msgUuid)).toEqual(['delivery-2-uuid', 'delivery-1-uuid']);
  });

  it('injects faults: 5xx and resets are retried, a delay beyond the timeout is retried and then deduplicated', async () => {
    const { send, emulator, url } = await start();
    const admin = (body: unknown) =>
      fetch(`${url}/_admin/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await admin({ kind: 'status', status: 503, count: 2 })).status).toBe(201);
    const message = text('dingpost fault', { msgUuid: 'fault-uuid' });
    const first = await send(message);
    expect(first).toMatchObject({ kind: 'retry', errcode: null, errmsg: 'HTTP 503' });
    expect((await send(message)).kind).toBe('retry');

    await admin({ kind: 'reset' });
    const reset = await send(message);
    expect(reset.kind).toBe('retry');
    expect(reset.kind !== 'sent' && reset.errmsg).toMatch(/network error/);

    await admin({ kind: 'delay', ms: 400 });
    const slow = await send(message, {}, { timeoutMs: 100 });
    expect(slow).toMatchObject({ kind: 'retry', errcode: null });
    if (slow.kind !== 'sent') expect(slow.explanation.en).toMatch(/did not answer within 0.1 s/);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(emulator.inbox.count()).toBe(1); // DingTalk got it although the client gave up
    expect((await send(message)).kind).toBe('sent');
    expect(emulator.inbox.count()).toBe(1);

    await admin({ kind: 'errcode', errcode: -1, errmsg: '系统繁忙' });
    expect(await send(message)).toMatchObject({ kind: 'retry', errcode: -1 });
    await admin({ kind: 'errcode', errcode: 400102, errmsg: 'robot stopped' });
    expect(await send(message)).toMatchObject({ kind: 'failed', errcode: 400102 });
    await admin({ kind: 'throttle', errcode: 660026, token: TOKEN });
    expect(await send(message)).toMatchObject({ kind: 'throttled', errcode: 660026 });
    expect(await send(message)).toMatchObject({ kind: 'throttled', errcode: 130101 });
  });

  it('fault injection can target one robot and be listed and cleared; reset clears inbox and throttling', async () => {
    const { send, emulator, url } = await start();
    emulator.registry.ensureRobot({ token: 'other-robot', keywords: [] });
    emulator.faults.push({ kind: 'status', status: 500, token: 'other-robot', count: 5 });
    expect((await send(text('dingpost'))).kind).toBe('sent');
    expect((await send(text('x'), { token: 'other-robot', secret: null })).kind).toBe('retry');
    const listed = (await (await fetch(`${url}/_admin/faults`)).json()) as { items: { remaining: number }[] };
    expect(listed.items).toEqual([{ fault: { kind: 'status', status: 500 }, remaining: 4, forOneRobot: true }]);
    await fetch(`${url}/_admin/faults`, { method: 'DELETE' });
    expect((await send(text('x'), { token: 'other-robot', secret: null })).kind).toBe('sent');

    emulator.faults.push({ kind: 'throttle' });
    expect((await send(text('dingpost'))).kind).toBe('throttled');
    const robots = (await (await fetch(`${url}/_admin/robots`)).json()) as {
      items: { throttledUntil: string | null }[];
    };
    expect(robots.items.some((r) => r.throttledUntil !== null)).toBe(true);
    const reset = await fetch(`${url}/_admin/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reset.status).toBe(200);
    expect(emulator.inbox.count()).toBe(0);
    expect((await send(text('dingpost after reset'))).kind).toBe('sent');
  });

  it('admin routes register robots and list the inbox without ever echoing a token or secret', async () => {
    const { url } = await start();
    const token = 'f'.repeat(64);
    const secret = `SEC${'9'.repeat(64)}`;
    const reg = await fetch(`${url}/_admin/robots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, secret, keywords: ['hi'], name: 'admin robot' }),
    });
    expect(reg.status).toBe(201);
    const outcome = await sendToDingtalk({ baseUrl: url, token, secret }, text('hi there'));
    expect(outcome.kind).toBe('sent');
    const bodies = [
      await reg.text(),
      await (await fetch(`${url}/_admin/robots`)).text(),
      await (await fetch(`${url}/_admin/inbox`)).text(),
    ];
    for (const body of bodies) {
      expect(body).not.toContain(token);
      expect(body).not.toContain(secret);
    }
    const inbox = JSON.parse(bodies[2]!) as { items: { robotName: string }[] };
    expect(inbox.items[0]!.robotName).toBe('admin robot');
    const bad = await fetch(`${url}/_admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"kind":"boom"}',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('keeps its inbox, msgUuids and throttling in emulator.sqlite across restarts, with no token or secret in the file', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-emulator-'));
    try {
      const first = await start({ dataDir, cooldownMs: 60_000 });
      expect((await first.send(text('dingpost persisted', { msgUuid: 'persist-1' }))).kind).toBe('sent');
      first.emulator.faults.push({ kind: 'throttle' });
      expect((await first.send(text('dingpost'))).kind).toBe('throttled');
      await first.close();
      running = running.filter((r) => r !== first);

      const second = await start({ dataDir });
      expect(second.emulator.inbox.list().map((m) => m.message.msgUuid)).toEqual(['persist-1']);
      expect(await second.send(text('dingpost', { msgUuid: 'persist-1' }))).toMatchObject({ errcode: 130101 });
      second.emulator.inbox.clear();
      expect((await second.send(text('dingpost', { msgUuid: 'persist-2' }))).kind).toBe('sent');
      await second.close();
      running = running.filter((r) => r !== second);

      const files = fs.readdirSync(dataDir);
      expect(files).toContain('emulator.sqlite');
      for (const file of files) {
        const bytes = fs.readFileSync(path.join(dataDir, file)).toString('latin1');
        expect(bytes).not.toContain(TOKEN);
        expect(bytes).not.toContain(SECRET);
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
