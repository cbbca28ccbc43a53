import { apiErrorSchema, deliveryListSchema, deliverySchema } from '@dingpost/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

// In process, no worker: these tests cover what the route decides before anything is queued or sent.
let t: TestApp;
let robotId: string;
beforeEach(async () => {
  t = await createTestApp();
  const robot = await t.request('POST', '/api/robots', {
    name: 'Ops',
    webhook: 'a1b2c3d4'.repeat(8),
    keywords: ['告警'],
  });
  robotId = robot.json.id;
});
afterEach(() => t.close());

const template = {
  name: 'Alert',
  message: { msgtype: 'markdown', markdown: { title: '告警 {{service}}', text: '### {{service}} is {{state}}' } },
  variables: [{ name: 'service' }, { name: 'state', default: 'down' }],
};

describe('POST /api/deliveries', () => {
  it('queues a message with a msgUuid and answers 202 with the delivery', async () => {
    const res = await t.request('POST', '/api/deliveries', {
      robotId,
      message: { msgtype: 'text', text: { content: '告警 disk full' } },
    });
    expect(res.status).toBe(202);
    const delivery = deliverySchema.parse(res.json);
    expect(delivery).toMatchObject({ status: 'queued', robotId, attempts: 0, queuePosition: 1, templateId: null });
    expect(delivery.message.msgUuid).toBeTruthy();
    // The ETA of a sendable delivery is "now", so it moves; everything else is as stored.
    expect((await t.request('GET', `/api/deliveries/${delivery.id}`)).json).toEqual({
      ...delivery,
      eta: expect.any(String),
    });
  });

  it('refuses a message that only the msgUuid it would be sent with takes past 20000 bytes', async () => {
    const fits = (content: string) => ({ msgtype: 'text', text: { content } });
    const room = 20000 - JSON.stringify(fits('')).length;
    const atLimit = await t.request('POST', '/api/deliveries', {
      robotId,
      message: fits(`告警${'x'.repeat(room - 6)}`),
    });
    expect(atLimit.status).toBe(400);
    expect(apiErrorSchema.parse(atLimit.json).error.code).toBe('message_too_long');
    const withRoom = await t.request('POST', '/api/deliveries', {
      robotId,
      message: fits(`告警${'x'.repeat(room - 6 - 60)}`),
    });
    expect(withRoom.status, withRoom.text).toBe(202);
  });

  it('agrees with POST /messages/check on a message right at the limit', async () => {
    const content = (bytes: number) => {
      const overhead = JSON.stringify({ msgtype: 'text', text: { content: '' } }).length;
      return { msgtype: 'text', text: { content: `告警${'x'.repeat(bytes - overhead - 6)}` } };
    };
    for (const bytes of [20000, 19980, 19940]) {
      const message = content(bytes);
      const checked = await t.request('POST', '/api/messages/check', { message, robotId });
      const sent = await t.request('POST', '/api/deliveries', { robotId, message });
      expect([bytes, checked.json.valid], checked.text).toEqual([bytes, sent.status === 202]);
    }
  });

  it('renders a template with the given variables and its defaults', async () => {
    const created = await t.request('POST', '/api/templates', template);
    const res = await t.request('POST', '/api/deliveries', {
      robotId,
      templateId: created.json.id,
      variables: { service: 'api' },
    });
    expect(res.status, res.text).toBe(202);
    expect(res.json).toMatchObject({
      templateId: created.json.id,
      message: { msgtype: 'markdown', markdown: { title: '告警 api', text: '### api is down' } },
    });
  });

  it('names a missing or unknown template variable', async () => {
    const created = await t.request('POST', '/api/templates', template);
    const missing = await t.request('POST', '/api/deliveries', { robotId, templateId: created.json.id });
    expect(missing.status).toBe(400);
    expect(apiErrorSchema.parse(missing.json).error.issues).toContainEqual(
      expect.objectContaining({ path: 'variables.service' }),
    );
    const unknown = await t.request('POST', '/api/deliveries', {
      robotId,
      templateId: created.json.id,
      variables: { service: 'x', colour: 'red' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('colour');
    const gone = await t.request('POST', '/api/deliveries', { robotId, templateId: 'tpl_nope', variables: {} });
    expect(gone.status).toBe(404);
  });

  it('refuses a message without any of the robot keywords, naming them', async () => {
    const res = await t.request('POST', '/api/deliveries', {
      robotId,
      message: { msgtype: 'text', text: { content: 'hi' } },
    });
    expect(res.status).toBe(400);
    expect(apiErrorSchema.parse(res.json).error).toMatchObject({ code: 'keyword_missing' });
    expect(res.text).toContain('告警');
  });

  it('takes a caller’s msgUuid as an idempotency key: the same message again is the same delivery, another is a 409', async () => {
    const message = { msgtype: 'text', text: { content: '告警 disk full' }, msgUuid: 'alert-42' };
    const first = await t.request('POST', '/api/deliveries', { robotId, message });
    expect(first.status).toBe(202);
    const again = await t.request('POST', '/api/deliveries', { robotId, message });
    expect([again.status, again.json.id]).toEqual([202, first.json.id]);
    const other = await t.request('POST', '/api/deliveries', {
      robotId,
      message: { ...message, text: { content: '告警 cpu high' } },
    });
    expect(other.status).toBe(409);
    expect(apiErrorSchema.parse(other.json).error).toMatchObject({
      code: 'msg_uuid_reused',
      issues: [{ path: 'message.msgUuid' }],
    });
    expect(other.text).toContain(first.json.id);
    const list = deliveryListSchema.parse((await t.request('GET', '/api/deliveries')).json);
    expect(list.items.map((d) => d.id)).toEqual([first.json.id]);
    // Another robot has its own msgUuids.
    const robot2 = await t.request('POST', '/api/robots', { name: 'R2', webhook: 'b'.repeat(64) });
    expect((await t.request('POST', '/api/deliveries', { robotId: robot2.json.id, message })).status).toBe(202);
  });

  it('names the field of the message or template that is wrong', async () => {
    const paths = async (body: object) =>
      apiErrorSchema
        .parse((await t.request('POST', '/api/deliveries', { robotId, ...body })).json)
        .error.issues?.map((issue) => issue.path);
    const text = { msgtype: 'text', text: { content: '告警' } };
    expect(await paths({ message: { ...text, msgtype: 'Text' } })).toEqual(['message.msgtype']);
    expect(await paths({ message: { ...text, at: { isAtAll: 'true' } } })).toEqual(['message.at.isAtAll']);
    expect(await paths({ message: { msgtype: 'text', text: { content: null } } })).toEqual(['message.text.content']);
    expect(await paths({ templateId: 'tpl_x', variables: { name: 1 } })).toEqual(['variables.name']);
    expect(await paths({ message: text, templateId: 'tpl_x' })).toEqual(['']);
  });

  it('refuses bad input with 4xx, never 5xx', async () => {
    expect((await t.request('POST', '/api/deliveries', '{nope')).status).toBe(400);
    expect((await t.request('POST', '/api/deliveries', 'x', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await t.request('POST', '/api/deliveries', { robotId })).status).toBe(400);
    expect(
      (
        await t.request('POST', '/api/deliveries', {
          robotId: 'rb_x',
          message: { msgtype: 'text', text: { content: '告警' } },
        })
      ).status,
    ).toBe(404);
    expect((await t.request('GET', '/api/deliveries?cursor=garbage')).status).toBe(400);
    expect((await t.request('GET', '/api/deliveries?limit=0')).status).toBe(400);
    expect((await t.request('GET', '/api/deliveries?status=lost')).status).toBe(400);
  });
});

describe('GET /api/deliveries', () => {
  it('pages newest first and filters by robot and status', async () => {
    for (let i = 0; i < 3; i++)
      await t.request('POST', '/api/deliveries', {
        robotId,
        message: { msgtype: 'text', text: { content: `告警 ${i}` } },
      });
    const first = deliveryListSchema.parse((await t.request('GET', `/api/deliveries?robotId=${robotId}&limit=2`)).json);
    expect(first.items.map((d) => d.message.msgtype === 'text' && d.message.text.content)).toEqual([
      '告警 2',
      '告警 1',
    ]);
    const second = deliveryListSchema.parse(
      (await t.request('GET', `/api/deliveries?robotId=${robotId}&limit=2&cursor=${first.nextCursor}`)).json,
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(deliveryListSchema.parse((await t.request('GET', '/api/deliveries?status=sent')).json).items).toEqual([]);
  });
});
