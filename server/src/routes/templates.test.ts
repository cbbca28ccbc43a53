import { apiErrorSchema, dingtalkMessageSchema, templateListSchema, templateSchema } from '@dingpost/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const alert = {
  name: 'Alert',
  description: 'Service alert',
  message: {
    msgtype: 'markdown',
    markdown: { title: '{{service}} 告警', text: '### {{ service }} is {{state}}\n\n[Details]({{url}})' },
  },
  variables: [
    { name: 'service', label: 'Service', sample: 'api' },
    { name: 'state', default: 'down' },
    { name: 'url', sample: 'https://status.example.com' },
  ],
};

function issues(res: { status: number; json: unknown }) {
  expect(res.status).toBe(400);
  return apiErrorSchema.parse(res.json).error;
}

const createAlert = async () => templateSchema.parse((await t.request('POST', '/api/templates', alert)).json);

describe('templates CRUD', () => {
  it('creates, lists, reads, updates only the fields given, and deletes', async () => {
    const created = await t.request('POST', '/api/templates', alert);
    expect(created.status).toBe(201);
    const template = templateSchema.parse(created.json);
    expect(template.variables[1]).toEqual({ name: 'state', label: '', default: 'down', sample: '' });

    expect(templateListSchema.parse((await t.request('GET', '/api/templates')).json).items).toEqual([template]);
    expect((await t.request('GET', `/api/templates/${template.id}`)).json).toEqual(template);

    const patched = await t.request('PATCH', `/api/templates/${template.id}`, { description: 'changed' });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ name: 'Alert', description: 'changed', variables: template.variables });

    expect((await t.request('DELETE', `/api/templates/${template.id}`)).status).toBe(204);
    expect((await t.request('GET', `/api/templates/${template.id}`)).status).toBe(404);
    expect((await t.request('DELETE', `/api/templates/${template.id}`)).status).toBe(404);
  });

  it('stores half a surrogate pair as one U+FFFD, and answers what it stored', async () => {
    // JSON.stringify writes a lone surrogate as the escape \ud800, as a script's JSON library may.
    const created = await t.request('POST', '/api/templates', {
      ...alert,
      name: 'Alert \ud800',
      description: '\udc00x',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Alert \uFFFD', description: '\uFFFDx' });
    expect((await t.request('GET', `/api/templates/${created.json.id}`)).json).toEqual(created.json);
    // A pair written as two escapes is one character, and stays so.
    const pair = await t.request('POST', '/api/templates', { ...alert, name: 'Alert \ud83d\ude00' });
    expect(pair.json.name).toBe('Alert 😀');
  });

  it('names undeclared placeholders and where they are', async () => {
    const error = issues(
      await t.request('POST', '/api/templates', {
        ...alert,
        message: { msgtype: 'text', text: { content: '{{service}} {{host}} {{zone}}' } },
      }),
    );
    expect(error.message).toMatch(/undeclared variables: host, zone/);
    expect(error.issues).toContainEqual({ path: 'message.text.content', message: expect.stringContaining('{{host}}') });
  });

  it('takes variables named in Chinese, and refuses a {{…}} no variable can be written as', async () => {
    const notice = {
      name: '入职通知',
      message: { msgtype: 'text', text: { content: '欢迎 {{姓名}} 加入{{ 部门 }}' } },
      variables: [{ name: '姓名' }, { name: '部门', default: '研发部' }],
    };
    const template = templateSchema.parse((await t.request('POST', '/api/templates', notice)).json);
    const rendered = await t.request('POST', `/api/templates/${template.id}/render`, { variables: { 姓名: '张三' } });
    expect(rendered.json).toEqual({ msgtype: 'text', text: { content: '欢迎 张三 加入研发部' } });

    const error = issues(
      await t.request('POST', '/api/templates', {
        ...notice,
        message: { msgtype: 'link', link: { title: '{{姓名}}', text: '{{who-2}} {{ }}', messageUrl: 'https://x.cn' } },
      }),
    );
    expect(error.message).toBe('The message holds {{who-2}}, {{ }}, which a variable cannot be written as');
    expect(error.issues).toEqual(
      ['{{who-2}}', '{{ }}'].map((text) => ({
        path: 'message.link.text',
        message: expect.stringMatching(/is not a placeholder/),
        code: 'not_a_placeholder',
        params: { text },
      })),
    );
  });

  it('checks the message rendered with the samples, reporting paths under message.', async () => {
    const link = {
      name: 'Link',
      message: {
        msgtype: 'link',
        link: { title: 'T', text: 'x', messageUrl: '{{url}}' },
      },
      variables: [{ name: 'url' }],
    };
    const error = issues(await t.request('POST', '/api/templates', link));
    expect(error.issues?.map((i) => i.path)).toEqual(['message.link.messageUrl']);

    const withSample = { ...link, variables: [{ name: 'url', sample: 'https://example.com/{{x}}' }] };
    expect((await t.request('POST', '/api/templates', withSample)).status).toBe(201);

    const unknownType = issues(await t.request('POST', '/api/templates', { ...alert, message: { msgtype: 'video' } }));
    expect(unknownType.issues?.[0]?.path).toMatch(/^message/);
  });

  it('refuses a variable declared twice, and invalid input shapes', async () => {
    const dup = issues(
      await t.request('POST', '/api/templates', { ...alert, variables: [...alert.variables, { name: 'url' }] }),
    );
    expect(dup.issues).toContainEqual({ path: 'variables.3.name', message: expect.stringMatching(/declared twice/) });
    expect(issues(await t.request('POST', '/api/templates', { ...alert, name: ' ' })).issues?.[0]?.path).toBe('name');
    expect(
      issues(await t.request('POST', '/api/templates', { ...alert, variables: [{ name: '1bad' }] })).issues?.[0]?.path,
    ).toBe('variables.0.name');
  });

  it('re-checks the whole template on update', async () => {
    const template = await createAlert();
    const error = issues(
      await t.request('PATCH', `/api/templates/${template.id}`, { variables: [{ name: 'service', sample: 'x' }] }),
    );
    expect(error.message).toMatch(/state, url/);
    expect((await t.request('GET', `/api/templates/${template.id}`)).json).toEqual(template);
    expect((await t.request('PATCH', '/api/templates/tpl_nope', { name: 'x' })).status).toBe(404);
  });
});

describe('POST /api/templates/:id/render', () => {
  it('renders given values, and defaults for the rest', async () => {
    const template = await createAlert();
    const res = await t.request('POST', `/api/templates/${template.id}/render`, {
      variables: { service: 'db', url: 'https://x.example/db' },
    });
    expect(res.status).toBe(200);
    expect(dingtalkMessageSchema.parse(res.json)).toEqual({
      msgtype: 'markdown',
      markdown: { title: 'db 告警', text: '### db is down\n\n[Details](https://x.example/db)' },
    });
  });

  it('names a missing value and an unknown variable', async () => {
    const template = await createAlert();
    const missing = issues(
      await t.request('POST', `/api/templates/${template.id}/render`, { variables: { service: 'db' } }),
    );
    expect(missing.message).toMatch(/missing values: url/);
    expect(missing.issues).toEqual([{ path: 'variables.url', message: expect.stringMatching(/url/) }]);

    const unknown = issues(
      await t.request('POST', `/api/templates/${template.id}/render`, {
        variables: { service: 'db', url: 'https://x', colour: 'red' },
      }),
    );
    expect(unknown.message).toMatch(/unknown variables: colour/);
    expect(unknown.issues?.map((i) => i.path)).toEqual(['variables.colour']);
  });

  it('refuses values that make the message invalid, with its field paths', async () => {
    const template = templateSchema.parse(
      (
        await t.request('POST', '/api/templates', {
          name: 'L',
          message: { msgtype: 'link', link: { title: '通知', text: 'x', messageUrl: '{{url}}' } },
          variables: [{ name: 'url', sample: 'https://example.com' }],
        })
      ).json,
    );
    const error = issues(
      await t.request('POST', `/api/templates/${template.id}/render`, { variables: { url: 'ftp://x' } }),
    );
    expect(error.issues?.map((i) => i.path)).toEqual(['message.link.messageUrl']);
  });

  it('answers 404 for an unknown template', async () => {
    expect((await t.request('POST', '/api/templates/tpl_nope/render', { variables: {} })).status).toBe(404);
  });

  it('fills a placeholder named like a built-in only with a value given', async () => {
    const created = await t.request('POST', '/api/templates', {
      name: 'Built-in names',
      message: { msgtype: 'text', text: { content: 'notice {{constructor}}' } },
      variables: [{ name: 'constructor', sample: 'x' }],
    });
    expect(created.status, created.text).toBe(201);
    const render = (variables: Record<string, string>) =>
      t.request('POST', `/api/templates/${created.json.id}/render`, { variables });
    expect(issues(await render({})).issues).toEqual([{ path: 'variables.constructor', message: expect.any(String) }]);
    expect((await render({ constructor: 'db' })).json).toEqual({ msgtype: 'text', text: { content: 'notice db' } });
  });
});

describe('a value repeated by many placeholders', () => {
  // Each would build a string of 390 MB to 1.2 GB before the size check (a 500, seconds of a blocked server).
  it('is refused as too long when the template is created with such a sample', async () => {
    const res = await t.request('POST', '/api/templates', {
      name: 'Amplified',
      message: { msgtype: 'text', text: { content: '{{v}}'.repeat(120_000) } },
      variables: [{ name: 'v', sample: 's'.repeat(10_000) }],
    });
    expect(issues(res).code).toBe('message_too_long');
  });

  it('is refused as too long when rendered or sent with such a value', async () => {
    const created = await t.request('POST', '/api/templates', {
      name: 'Amplifier',
      message: { msgtype: 'text', text: { content: `notice ${'{{v}}'.repeat(3900)}` } },
      variables: [{ name: 'v', sample: 'x' }],
    });
    expect(created.status, created.text).toBe(201);
    const variables = { v: 'x'.repeat(300_000) };
    const rendered = await t.request('POST', `/api/templates/${created.json.id}/render`, { variables });
    expect(issues(rendered)).toMatchObject({ code: 'message_too_long', issues: [{ path: 'message' }] });
    const robot = await t.request('POST', '/api/robots', { name: 'R', webhook: 'a'.repeat(64) });
    const sent = await t.request('POST', '/api/deliveries', {
      robotId: robot.json.id,
      templateId: created.json.id,
      variables,
    });
    expect(issues(sent).code).toBe('message_too_long');
  });
});
