import fs from 'node:fs';
import path from 'node:path';
import { robotSchema } from '@dingpost/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

/** Robots' tokens and secrets are write-only: no answer, log line or database byte holds them. */
let t: TestApp;
beforeAll(async () => {
  // Real robots' sends go to a closed port: their test sends fail, and the failure must not leak either.
  t = await createTestApp({ DINGTALK_BASE_URL: 'http://127.0.0.1:1' }, { listen: true });
});
afterAll(() => t.close());

const TOKENS = [
  '3f1c9a0b7e2d4c6a8b0f1e2d3c4b5a69' + '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  'bare_token_ABCDEFGH1234',
  'replaced_token_ZYXW9876',
];
const SECRETS = [`SEC${'a1B2c3D4e5F6'.repeat(5)}`, `SEC${'Zz9Yy8Xx7Ww6'.repeat(5)}`];

function forms(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), Buffer.from(value).toString('base64')])];
}

describe('secrets never leave the vault', () => {
  const answers: string[] = [];
  let names: string[] = [];

  beforeAll(async () => {
    const record = async (method: string, url: string, body?: unknown) => {
      const res = await t.request(method, url, body);
      answers.push(`${method} ${url} ${res.status} ${res.text} ${JSON.stringify([...res.headers])}`);
      return res;
    };
    const a = robotSchema.parse(
      (
        await record('POST', '/api/robots', {
          name: 'Robot with a URL',
          webhook: `http://127.0.0.1:1/robot/send?access_token=${TOKENS[0]}`,
          secret: SECRETS[0],
          keywords: ['告警'],
        })
      ).json,
    );
    const b = robotSchema.parse((await record('POST', '/api/robots', { name: 'Bare token', webhook: TOKENS[1] })).json);
    names = [a.name, b.name];
    await record('PATCH', `/api/robots/${b.id}`, { webhook: TOKENS[2], secret: SECRETS[1] });
    // Refused inputs echo nothing back either.
    await record('POST', '/api/robots', {
      name: 'x',
      webhook: `https://evil.example/robot/send?access_token=${TOKENS[0]}`,
    });
    await record('POST', '/api/robots', { name: 'x', webhook: TOKENS[0], secret: `${SECRETS[0]}!` });
    await record('GET', '/api/robots');
    await record('GET', `/api/robots/${a.id}`);
    await record('GET', `/api/robots/${b.id}`);
    await record('POST', `/api/robots/${a.id}/test`);
    await record('POST', `/api/robots/${b.id}/test`);
  });

  it('the sandbox robot works end to end over real HTTP', async () => {
    const sandbox = (await t.request('GET', '/api/robots')).json.items[0];
    expect(sandbox).toMatchObject({ sandbox: true, hasSecret: true });
    const res = await t.request('POST', `/api/robots/${sandbox.id}/test`);
    answers.push(res.text);
    expect(res.json).toMatchObject({ ok: true, errcode: 0 });
    expect(t.emulator?.inbox.list()).toHaveLength(1);
  });

  it('no API answer holds a token or a secret, in any encoding', async () => {
    const sandboxId = (await t.services.robots.findSandbox())!.id;
    const sandbox = (await t.services.robots.credentials(sandboxId))!;
    const all = answers.join('\n');
    expect(answers.length).toBeGreaterThan(10);
    for (const secret of [...TOKENS, ...SECRETS, sandbox.token, sandbox.secret!])
      for (const form of forms(secret)) expect(all).not.toContain(form);
    // The failed test send of a real robot was explained, not swallowed.
    expect(all).toMatch(/"ok":false/);
  });

  it('no log line holds one', async () => {
    const logs = t.logLines.join('\n');
    for (const secret of [...TOKENS, ...SECRETS]) for (const form of forms(secret)) expect(logs).not.toContain(form);
  });

  it('the SQLite file, after a WAL checkpoint, holds neither (but does hold the names)', async () => {
    t.services.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const files = fs
      .readdirSync(t.dataDir)
      .filter((f) => f.startsWith('dingpost.sqlite'))
      .map((f) => fs.readFileSync(path.join(t.dataDir, f)));
    const bytes = Buffer.concat(files);
    expect(bytes.includes(Buffer.from(names[0]!))).toBe(true); // the search itself works
    for (const secret of [...TOKENS, ...SECRETS])
      for (const form of forms(secret)) expect(bytes.includes(Buffer.from(form)), form).toBe(false);
  });
});
