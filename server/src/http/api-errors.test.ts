import { gzipSync } from 'node:zlib';
import { apiErrorSchema } from '@dingpost/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';
import { MAX_JSON_DEPTH, MAX_JSON_VALUES } from './validate.ts';

let t: TestApp;
let robotId: string;
let templateId: string;
beforeAll(async () => {
  t = await createTestApp({ LOG_LEVEL: 'error' });
  robotId = (await t.request('POST', '/api/robots', { name: 'R', webhook: 'a'.repeat(64), keywords: ['k'] })).json.id;
  templateId = (
    await t.request('POST', '/api/templates', { name: 'T', message: { msgtype: 'text', text: { content: 'k' } } })
  ).json.id;
});
afterAll(() => t.close());

/** The routes that take a JSON body. */
const bodyRoutes = () =>
  [
    ['POST', '/api/robots'],
    ['PATCH', `/api/robots/${robotId}`],
    ['POST', '/api/templates'],
    ['PATCH', `/api/templates/${templateId}`],
    ['POST', `/api/templates/${templateId}/render`],
    ['POST', '/api/messages/check'],
    ['POST', '/api/deliveries'],
  ] as const;

async function expectError(res: { status: number; json: unknown; text: string }, status: number, code?: string) {
  expect(res.status, res.text).toBe(status);
  const { error } = apiErrorSchema.parse(res.json);
  if (code) expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
}

describe('bad input is a 4xx with the error shape, never a 500', () => {
  it('malformed JSON → 400', async () => {
    for (const [method, url] of bodyRoutes())
      for (const body of ['{"name":', '', '{name: 1}', "{'a':1}", '[1,]', '\u0000'])
        await expectError(await t.request(method, url, body), 400, 'malformed_json');
  });

  it('a body that is not JSON → 415', async () => {
    for (const [method, url] of bodyRoutes()) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])
        await expectError(await t.request(method, url, '{}', { 'content-type': type }), 415, 'unsupported_media_type');
      const bare = await t.app.request(url, { method, body: '{}', headers: await t.authHeaders('admin') });
      await expectError({ status: bare.status, text: '', json: await bare.json() }, 415);
    }
  });

  it('a compressed body → 415 saying so, not "malformed JSON"', async () => {
    for (const [method, url] of bodyRoutes()) {
      const res = await t.request(method, url, gzipSync('{"name":"x"}'), { 'content-encoding': 'gzip' });
      await expectError(res, 415, 'unsupported_media_type');
      expect(res.json.error.message).toContain('uncompressed');
    }
    const [method, url] = bodyRoutes()[0]!;
    const identity = await t.request(method, url, '{', { 'content-encoding': 'identity' });
    await expectError(identity, 400, 'malformed_json');
  });

  it('JSON of the wrong shape → 400 naming the fields', async () => {
    for (const [method, url] of bodyRoutes())
      for (const body of ['[]', 'null', '"text"', '42', 'true', '{"unexpected":1}']) {
        const res = await t.request(method, url, body);
        await expectError(res, 400);
      }
  });

  it(`nesting deeper than ${MAX_JSON_DEPTH} levels → 400`, async () => {
    const deep = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
    for (const [method, url] of bodyRoutes()) {
      await expectError(await t.request(method, url, deep(100_000)), 400, 'validation_failed');
      await expectError(
        await t.request(method, url, `{"message":{"msgtype":"text","text":${deep(MAX_JSON_DEPTH)}}}`),
        400,
      );
    }
  });

  it(`more than ${MAX_JSON_VALUES} values in all → 400 at once, not an issue for each`, async () => {
    const links = JSON.stringify(Array.from({ length: 300_000 }, () => ({})));
    const feedCard = `{"msgtype":"feedCard","feedCard":{"links":${links}}}`;
    for (const [method, url] of bodyRoutes()) {
      const started = performance.now();
      const res = await t.request(method, url, `{"message":${feedCard}}`);
      await expectError(res, 400, 'validation_failed');
      expect(res.text.length).toBeLessThan(1000);
      expect(performance.now() - started).toBeLessThan(1000);
    }
    const many = JSON.stringify(Array.from({ length: MAX_JSON_VALUES - 6 }, () => '1'));
    const atLimit = `{"message":{"msgtype":"text","text":{"content":"k"},"at":{"atUserIds":${many}}}}`;
    expect((await t.request('POST', '/api/messages/check', atLimit)).status).toBe(200);
  });

  it('a key named __proto__ anywhere → 400 at its path, never dropped silently', async () => {
    const inTemplate = `{"name":"T","message":{"msgtype":"text","text":{"content":"k"},"__proto__":{"x":1}}}`;
    const res = await t.request('POST', '/api/templates', inTemplate);
    await expectError(res, 400, 'validation_failed');
    expect(res.json.error.issues).toEqual([{ path: 'message.__proto__', message: expect.any(String) }]);
    const inValues = `{"variables":{"a":"x","__proto__":"y"}}`;
    const values = await t.request('POST', `/api/templates/${templateId}/render`, inValues);
    expect(values.json.error.issues).toEqual([{ path: 'variables.__proto__', message: expect.any(String) }]);
    const inArray = `{"name":"R","webhook":"${'a'.repeat(64)}","keywords":[{"__proto__":1}]}`;
    expect((await t.request('POST', '/api/robots', inArray)).json.error.issues[0].path).toBe('keywords.0.__proto__');
  });

  it('a body over 1 MB → 413, with or without Content-Length', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(1024 * 1024) });
    for (const [method, url] of bodyRoutes()) {
      await expectError(await t.request(method, url, big), 413, 'payload_too_large');
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
          controller.close();
        },
      });
      const res = await t.app.request(url, {
        method,
        body: stream,
        headers: { 'content-type': 'application/json', ...(await t.authHeaders('admin')) },
        duplex: 'half',
      } as RequestInit);
      await expectError({ status: res.status, text: '', json: await res.json() }, 413);
    }
  });

  it('unknown ids → 404 on every route that takes one', async () => {
    for (const [method, url, body] of [
      ['GET', '/api/robots/rb_missing', undefined],
      ['PATCH', '/api/robots/rb_missing', { name: 'x' }],
      ['DELETE', '/api/robots/rb_missing', undefined],
      ['POST', '/api/robots/rb_missing/test', undefined],
      ['GET', '/api/templates/tpl_missing', undefined],
      ['PATCH', '/api/templates/tpl_missing', { name: 'x' }],
      ['DELETE', '/api/templates/tpl_missing', undefined],
      ['POST', '/api/templates/tpl_missing/render', { variables: {} }],
      ['GET', '/api/deliveries/dl_missing', undefined],
      ['POST', '/api/messages/check', { message: {}, robotId: 'rb_missing' }],
      ['POST', '/api/deliveries', { robotId: 'rb_missing', message: { msgtype: 'text', text: { content: 'k' } } }],
    ] as const)
      await expectError(await t.request(method, url, body), 404, 'not_found');
  });

  it('unknown routes → 404', async () => {
    for (const [method, url] of [
      ['GET', '/api/nothing'],
      ['GET', '/api'],
      ['PUT', '/api/nothing'],
      ['GET', '/api/robots/x/y/z'],
    ] as const)
      await expectError(await t.request(method, url), 404, 'not_found');
  });

  it('a route asked for with a trailing slash → 404 naming the route without it (not a 405 that allows the same method)', async () => {
    for (const url of ['/api/users/', '/api/robots//', `/api/robots/${robotId}/`]) {
      const res = await t.request('GET', url);
      await expectError(res, 404, 'not_found');
      expect(apiErrorSchema.parse(res.json).error.message).toContain(
        `without the trailing slash: ${url.replace(/\/+$/, '')}`,
      );
      expect(res.headers.get('allow')).toBeNull();
    }
  });

  it('a method a route does not answer → 405 with the ones it does in Allow', async () => {
    for (const [method, url, allow] of [
      ['PUT', '/api/robots', 'GET, POST, HEAD'],
      ['POST', '/api/health', 'GET, HEAD'],
      ['PUT', `/api/robots/${robotId}`, 'GET, PATCH, DELETE, HEAD'],
      ['GET', '/api/messages/check', 'POST'],
      ['DELETE', '/api/deliveries', 'POST, GET, HEAD'],
    ] as const) {
      const res = await t.request(method, url);
      await expectError(res, 405, 'method_not_allowed');
      expect([url, res.headers.get('allow')]).toEqual([url, allow]);
    }
  });
});

describe('fuzz: thousands of random and malformed bodies', () => {
  /** Mostly plausible, sometimes wild: so the fuzz reaches the handlers' logic, not only validation. */
  const mostly = <T>(plausible: fc.Arbitrary<T>, wild: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: wild });
  const anyValue = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 12 }),
    fc.jsonValue({ maxDepth: 3 }),
  );
  const words = fc.constantFrom(
    'k',
    '告警 {{x}}',
    '{{ name }}',
    'k **bold** `code`',
    '通知\n\n- a',
    '<font color=red>k</font>',
  );
  const text = mostly(fc.oneof(words, fc.string({ minLength: 1 })), anyValue);
  const url = mostly(
    fc.oneof(fc.webUrl(), fc.constantFrom('{{url}}', 'dingtalk://dingtalkclient/page/link?url=x', 'ftp://x', '')),
    anyValue,
  );
  const at = fc.record(
    {
      atMobiles: fc.array(fc.stringMatching(/^1[0-9]{10}$/), { maxLength: 3 }),
      atUserIds: fc.array(fc.string()),
      isAtAll: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const optional = { requiredKeys: [] as [] };
  const message = fc.oneof(
    fc.record(
      { msgtype: fc.constant('text'), text: fc.record({ content: text }), at: mostly(at, anyValue) },
      { requiredKeys: ['msgtype', 'text'] },
    ),
    fc.record(
      { msgtype: fc.constant('markdown'), markdown: fc.record({ title: text, text }), at },
      { requiredKeys: ['msgtype', 'markdown'] },
    ),
    fc.record({
      msgtype: fc.constant('link'),
      link: fc.record(
        { title: text, text, messageUrl: url, picUrl: url },
        { requiredKeys: ['title', 'text', 'messageUrl'] },
      ),
    }),
    fc.record({
      msgtype: fc.constant('actionCard'),
      actionCard: fc.record(
        {
          title: text,
          text,
          singleTitle: text,
          singleURL: url,
          btnOrientation: mostly(fc.constantFrom('0', '1'), anyValue),
          btns: fc.array(fc.record({ title: text, actionURL: url }), { maxLength: 4 }),
        },
        optional,
      ),
    }),
    fc.record({
      msgtype: fc.constant('feedCard'),
      feedCard: fc.record({
        links: fc.array(fc.record({ title: text, messageURL: url, picURL: url }), { maxLength: 4 }),
      }),
    }),
    fc.record({ msgtype: anyValue, text: anyValue, extra: anyValue }, optional),
  );
  /** A JSON body: the route's input with random values, or random JSON, text, or truncated JSON. */
  const body = (shaped: fc.Arbitrary<unknown>) =>
    fc.oneof(
      { weight: 6, arbitrary: shaped.map((value) => JSON.stringify(value)) },
      { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
      { weight: 1, arbitrary: shaped.map((value) => JSON.stringify(value).slice(0, -1)) },
    );

  const routes = () =>
    ({
      '/api/robots': fc.record(
        {
          name: mostly(fc.constantFrom('Ops', '告警机器人', ' x '), anyValue),
          webhook: mostly(
            fc.oneof(
              fc.stringMatching(/^[A-Za-z0-9_-]{8,70}$/),
              fc
                .stringMatching(/^[0-9a-f]{64}$/)
                .map((token) => `${t.config.dingtalkBaseUrl}/robot/send?access_token=${token}`),
              fc.webUrl({ withQueryParameters: true }),
            ),
            anyValue,
          ),
          secret: mostly(fc.stringMatching(/^SEC[A-Za-z0-9]{16,64}$/), anyValue),
          keywords: mostly(fc.array(fc.oneof(words, fc.string()), { maxLength: 12 }), anyValue),
          coalesce: mostly(fc.boolean(), anyValue),
          extra: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: anyValue }),
        },
        { requiredKeys: ['name', 'webhook'] },
      ),
      '/api/templates': fc.record(
        {
          name: text,
          description: mostly(fc.string(), anyValue),
          message,
          variables: mostly(
            fc.array(
              fc.record(
                {
                  name: mostly(fc.constantFrom('x', 'name', 'url', 'a_1'), fc.string()),
                  label: fc.string(),
                  default: fc.oneof(words, fc.webUrl()),
                  sample: fc.oneof(words, fc.webUrl()),
                },
                { requiredKeys: ['name'] },
              ),
              { maxLength: 5 },
            ),
            anyValue,
          ),
        },
        { requiredKeys: ['name', 'message'] },
      ),
      '/api/messages/check': fc.record(
        { message: mostly(message, anyValue), robotId: fc.oneof(fc.constant(robotId), fc.constant('rb_x'), anyValue) },
        { requiredKeys: ['message'] },
      ),
    }) as const;

  it.each(['/api/robots', '/api/templates', '/api/messages/check'] as const)(
    'POST %s: status < 500 and the error shape',
    async (url) => {
      const types = fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
        { weight: 1, arbitrary: fc.constantFrom('text/plain', '') },
      );
      const statuses = new Map<number, number>();
      const auth = await t.authHeaders('admin');
      await fc.assert(
        fc.asyncProperty(body(routes()[url]), types, async (payload, type) => {
          const res = await t.app.request(url, {
            method: 'POST',
            body: payload,
            headers: type ? { 'content-type': type, ...auth } : auth,
          });
          const answer = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) throw new Error(`${res.status} for ${payload.slice(0, 300)}: ${answer}`);
          const json: unknown = JSON.parse(answer);
          if (res.status >= 400) apiErrorSchema.parse(json);
        }),
        { numRuns: 1200 },
      );
      // The fuzz reached past validation: some bodies were accepted.
      expect(statuses.get(url === '/api/messages/check' ? 200 : 201) ?? 0).toBeGreaterThan(20);
    },
  );
});
