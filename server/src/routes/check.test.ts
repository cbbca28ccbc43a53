import { MAX_BODY_BYTES, messageCheckResultSchema, robotSchema } from '@dingpost/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const check = async (body: unknown) => {
  const res = await t.request('POST', '/api/messages/check', body);
  expect(res.status, res.text).toBe(200);
  return messageCheckResultSchema.parse(res.json);
};

const robotWithKeywords = async (keywords: string[]) =>
  robotSchema.parse((await t.request('POST', '/api/robots', { name: 'R', webhook: 'a'.repeat(64), keywords })).json);

describe('POST /api/messages/check', () => {
  it('accepts a valid message with no warnings', async () => {
    expect(await check({ message: { msgtype: 'text', text: { content: 'hello' } } })).toEqual({
      valid: true,
      issues: [],
      warnings: [],
    });
  });

  it('reports wire-format issues with paths under message.', async () => {
    const result = await check({
      message: { msgtype: 'link', link: { title: 't', text: 'x', messageUrl: 'ftp://x' } },
    });
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(['message.link.messageUrl']);
    expect((await check({ message: null })).issues[0]?.path).toBe('message');
    const missing = await t.request('POST', '/api/messages/check', {});
    expect(missing.status).toBe(400);
    expect(missing.json.error.issues[0].path).toBe('message');
  });

  it('reports a body over DingTalk’s limit', async () => {
    const result = await check({ message: { msgtype: 'text', text: { content: 'x'.repeat(MAX_BODY_BYTES) } } });
    expect(result.valid).toBe(false);
    expect(result.issues[0]?.message).toMatch(/20000/);
    expect(result.warnings.map((w) => w.code)).toContain('body-over-limit');
  });

  it('passes on the linter’s warnings without making the message invalid', async () => {
    const result = await check({
      message: { msgtype: 'markdown', markdown: { title: 't', text: '```\ncode\n```' } },
    });
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain('code');
  });

  it('with a robot: a message without any of its keywords is invalid, naming them', async () => {
    const robot = await robotWithKeywords(['告警', 'alert']);
    const refused = await check({ robotId: robot.id, message: { msgtype: 'text', text: { content: 'hello' } } });
    expect(refused.valid).toBe(false);
    expect(refused.issues).toEqual([{ path: 'message', message: expect.stringContaining('告警, alert') }]);
    expect(refused.warnings.map((w) => w.code)).toEqual(['keyword-missing']);

    const passed = await check({ robotId: robot.id, message: { msgtype: 'text', text: { content: 'CPU 告警' } } });
    expect(passed).toEqual({ valid: true, issues: [], warnings: [] });
  });

  it('answers 404 for an unknown robot and 400 for unknown fields', async () => {
    const res = await t.request('POST', '/api/messages/check', { robotId: 'rb_nope', message: {} });
    expect(res.status).toBe(404);
    const extra = await t.request('POST', '/api/messages/check', { message: {}, extra: 1 });
    expect(extra.status).toBe(400);
  });
});
