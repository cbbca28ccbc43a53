import { messageCheckResultSchema, robotListSchema, robotSchema } from '@dingpost/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSandboxRobot } from '../services/robots/sandbox-robot.ts';
import { createTestApp, type TestApp } from '../test-app.ts';

/**
 * Keywords are part of a robot's security setting: admins (and API keys) see them, editors do not,
 * except the Sandbox robot's, which the README and the sandbox inbox name anyway.
 */
const KEYWORDS = ['Zebra42', '斑马九号'];
const MISSING = { msgtype: 'text', text: { content: 'a message without the keyword' } };

let t: TestApp;
let robotId: string;
beforeAll(async () => {
  t = await createTestApp();
  robotId = (await t.request('POST', '/api/robots', { name: 'Guarded', webhook: 'e'.repeat(64), keywords: KEYWORDS }))
    .json.id;
});
afterAll(() => t.close());

const mentionsKeywords = (text: string) => KEYWORDS.some((k) => text.includes(k));

describe('what an editor sees of keywords', () => {
  it('robots come without keywords but say whether they have some', async () => {
    const list = await t.requestAs('editor', 'GET', '/api/robots');
    const robot = robotListSchema.parse(list.json).items.find((r) => r.id === robotId)!;
    expect(robot).toMatchObject({ keywords: [], hasKeywords: true });
    const one = await t.requestAs('editor', 'GET', `/api/robots/${robotId}`);
    expect(robotSchema.parse(one.json)).toMatchObject({ keywords: [], hasKeywords: true });
    for (const res of [list, one]) expect(mentionsKeywords(res.text)).toBe(false);
  });

  it('admins and API keys see them', async () => {
    for (const who of ['admin', 'apiKey'] as const) {
      const list = robotListSchema.parse((await t.requestAs(who, 'GET', '/api/robots')).json);
      expect(list.items.find((r) => r.id === robotId)).toMatchObject({ keywords: KEYWORDS, hasKeywords: true });
    }
  });

  it('a send without the keyword is refused, telling the editor to ask an admin, not what the keywords are', async () => {
    const res = await t.requestAs('editor', 'POST', '/api/deliveries', { robotId, message: MISSING });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('keyword_missing');
    expect(res.json.error.message).toMatch(/ask an admin/i);
    expect(mentionsKeywords(res.text)).toBe(false);
    const asAdmin = await t.request('POST', '/api/deliveries', { robotId, message: MISSING });
    expect(asAdmin.json.error.code).toBe('keyword_missing');
    expect(asAdmin.text).toContain('Zebra42');
  });

  it('the check says the keyword is missing, in its issue and its warning, without naming it', async () => {
    const res = await t.requestAs('editor', 'POST', '/api/messages/check', { robotId, message: MISSING });
    const result = messageCheckResultSchema.parse(res.json);
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.message).join()).toMatch(/ask an admin/i);
    const warning = result.warnings.find((w) => w.code === 'keyword-missing')!;
    expect(warning.message.en).toMatch(/ask an admin/i);
    expect(warning.message.zh).toMatch(/管理员/);
    expect(mentionsKeywords(res.text)).toBe(false);
    const asAdmin = await t.request('POST', '/api/messages/check', { robotId, message: MISSING });
    expect(asAdmin.text).toContain('Zebra42');
  });

  it('the Sandbox robot’s keywords are shown to editors, in the robot and in a refusal', async () => {
    const sandbox = await ensureSandboxRobot(t.services.robots, null);
    const list = robotListSchema.parse((await t.requestAs('editor', 'GET', '/api/robots')).json);
    expect(list.items.find((r) => r.id === sandbox.id)).toMatchObject({
      keywords: sandbox.keywords,
      hasKeywords: true,
    });
    const res = await t.requestAs('editor', 'POST', '/api/deliveries', { robotId: sandbox.id, message: MISSING });
    expect(res.json.error.code).toBe('keyword_missing');
    expect(res.text).toContain(sandbox.keywords[0]);
  });

  it('a message with a keyword goes through for an editor all the same', async () => {
    const res = await t.requestAs('editor', 'POST', '/api/deliveries', {
      robotId,
      message: { msgtype: 'text', text: { content: 'Zebra42 alert' } },
    });
    expect(res.status).toBe(202);
  });
});
