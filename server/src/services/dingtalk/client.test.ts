import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DingtalkMessage } from '@dingpost/shared';
import { signature } from '@dingpost/shared/signing/sign';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrub, sendToDingtalk } from './client.ts';

const TOKEN = '0123456789abcdef'.repeat(4);
const SECRET = `SEC${'fedcba9876543210'.repeat(4)}`;
const MESSAGE: DingtalkMessage = { msgtype: 'text', text: { content: 'hello' }, msgUuid: 'uuid-1' };

/** A stand-in upstream with canned answers per path, recording what it was sent. */
type Canned = { status: number; body: string; delayMs?: number };
let server: http.Server;
let base: string;
const canned = new Map<string, Canned>();
const received: { url: string; body: string; contentType: string | undefined }[] = [];

/** Answers that go wrong after the headers: cut off, never finished, or far too long. */
function partialAnswer(scenario: string, res: http.ServerResponse): boolean {
  if (!['cut', 'stalled', 'huge'].includes(scenario)) return false;
  res.writeHead(200, { 'content-type': 'application/json' });
  if (scenario === 'huge') res.end(`{"errcode":0,"errmsg":"${'x'.repeat(2 * 1024 * 1024)}"}`);
  else res.write('{"errcode":');
  if (scenario === 'cut') setTimeout(() => res.socket?.destroy(), 20);
  return true;
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ url: req.url ?? '', body, contentType: req.headers['content-type'] });
      const scenario = (req.url ?? '').split('/')[1] ?? '';
      if (partialAnswer(scenario, res)) return;
      const answer = canned.get(scenario) ?? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
      setTimeout(() => {
        res.writeHead(answer.status, { 'content-type': 'application/json', location: 'http://elsewhere.test/' });
        res.end(answer.body);
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
);

const send = (scenario: string, answer: Canned, opts = {}) => {
  canned.set(scenario, answer);
  return sendToDingtalk({ baseUrl: `${base}/${scenario}`, token: TOKEN, secret: SECRET }, MESSAGE, opts);
};

describe('sendToDingtalk', () => {
  it('posts the message as JSON to a freshly signed URL', async () => {
    const before = Date.now();
    const outcome = await send('ok', { status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    expect(outcome).toEqual({ kind: 'sent', errcode: 0, errmsg: 'ok', answeredAt: expect.any(Number) });
    // When the answer came: DingTalk had the request by then (the send window counts it there).
    expect(outcome.answeredAt).toBeGreaterThanOrEqual(before);
    expect(outcome.answeredAt).toBeLessThanOrEqual(Date.now());
    const last = received.at(-1)!;
    const url = new URL(last.url, base);
    expect(url.pathname).toBe('/ok/robot/send');
    expect(url.searchParams.get('access_token')).toBe(TOKEN);
    const ts = Number(url.searchParams.get('timestamp'));
    expect(ts).toBeGreaterThanOrEqual(before);
    expect(url.searchParams.get('sign')).toBe(signature(ts, SECRET));
    expect(JSON.parse(last.body)).toEqual(MESSAGE);
    expect(last.contentType).toMatch(/^application\/json/);
  });

  it('accepts errcode "0" as a string', async () => {
    expect(await send('zero-string', { status: 200, body: '{"errcode":"0","errmsg":"ok"}' })).toMatchObject({
      kind: 'sent',
      errcode: 0,
    });
  });

  it('never takes HTTP 200 alone for success', async () => {
    const outcome = await send('fail-200', {
      status: 200,
      body: '{"errcode":310000,"errmsg":"keywords not in content"}',
    });
    expect(outcome).toMatchObject({ kind: 'failed', errcode: 310000 });
    expect(await send('string-code', { status: 200, body: '{"errcode":"400102","errmsg":"stopped"}' })).toMatchObject({
      kind: 'failed',
      errcode: 400102,
    });
    expect(await send('empty', { status: 200, body: '' })).toMatchObject({ kind: 'retry', errcode: null });
    expect(await send('html', { status: 200, body: '<html>proxy</html>' })).toMatchObject({
      kind: 'retry',
      errcode: null,
    });
    expect(await send('no-code', { status: 200, body: '{"errmsg":"ok"}' })).toMatchObject({
      kind: 'retry',
      errcode: null,
    });
  });

  it('classifies -1, 5xx and timeouts as retry; the throttling codes as throttled; others as failed', async () => {
    expect(await send('busy', { status: 200, body: '{"errcode":-1,"errmsg":"系统繁忙"}' })).toMatchObject({
      kind: 'retry',
      errcode: -1,
    });
    expect(await send('502', { status: 502, body: 'bad gateway' })).toMatchObject({
      kind: 'retry',
      errmsg: 'HTTP 502',
    });
    for (const code of [130101, 410100, 660026])
      expect(
        await send(`t${code}`, { status: 200, body: `{"errcode":${code},"errmsg":"send too fast"}` }),
      ).toMatchObject({
        kind: 'throttled',
        errcode: code,
      });
    expect(await send('429', { status: 429, body: '' })).toMatchObject({ kind: 'throttled' });
    expect(await send('404', { status: 404, body: '{}' })).toMatchObject({ kind: 'failed', errmsg: 'HTTP 404' });
    expect(await send('redirect', { status: 302, body: '' })).toMatchObject({ kind: 'failed', errmsg: 'HTTP 302' });
    expect(received.some((r) => r.url.includes('elsewhere'))).toBe(false);
    const slow = await send('slow', { status: 200, body: '{"errcode":0}', delayMs: 300 }, { timeoutMs: 50 });
    expect(slow).toMatchObject({ kind: 'retry', errcode: null, errmsg: 'timeout after 50 ms' });
  });

  it('retries an answer that is cut off, never finishes or is far too long', async () => {
    expect(await send('cut', { status: 200, body: '' })).toMatchObject({
      kind: 'retry',
      errmsg: 'network error: ECONNRESET',
    });
    expect(await send('stalled', { status: 200, body: '' }, { timeoutMs: 100 })).toMatchObject({
      kind: 'retry',
      errmsg: 'timeout after 100 ms',
    });
    expect(await send('huge', { status: 200, body: '' })).toMatchObject({
      kind: 'retry',
      errmsg: 'network error: answer over 1048576 bytes',
    });
    // The connection pool is still good for the next send.
    expect(await send('ok', { status: 200, body: '{"errcode":0,"errmsg":"ok"}' })).toMatchObject({ kind: 'sent' });
  });

  it('reports an unreachable host as a network error to retry', async () => {
    const outcome = await sendToDingtalk({ baseUrl: 'http://127.0.0.1:9', token: TOKEN, secret: null }, MESSAGE, {
      timeoutMs: 2000,
    });
    expect(outcome.kind).toBe('retry');
    expect(outcome.kind !== 'sent' && outcome.errmsg).toMatch(/^network error: /);
  });

  it('unknown errcodes are permanent, explained with the errcode and errmsg, never with our token or secret', async () => {
    const echo = `bad token ${TOKEN} secret ${SECRET} url https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}&sign=abc%2B`;
    const outcome = await send('unknown', { status: 200, body: JSON.stringify({ errcode: 777777, errmsg: echo }) });
    expect(outcome).toMatchObject({ kind: 'failed', errcode: 777777 });
    const text = JSON.stringify(outcome);
    expect(text).toContain('777777');
    expect(text).toContain('bad token');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('abc%2B');
  });
});

describe('scrub', () => {
  it('removes the token and secret in plain and URL-encoded form, and anything shaped like them', () => {
    const token = 'tok+en/with=chars';
    const out = scrub(`${token} ${encodeURIComponent(token)} SEC${'a'.repeat(20)} ${'b'.repeat(64)}`, {
      token,
      secret: null,
    });
    expect(out).toBe('[redacted] [redacted] [redacted] [redacted]');
  });
});
