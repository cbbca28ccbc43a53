import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { sandboxMessageListSchema, type DingtalkMessage } from '@dingpost/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createEmulator } from '../emulator/index.ts';
import { createLogger } from '../logger.ts';
import { openServices, type Services } from '../services.ts';
import { hashPassword } from '../services/accounts/passwords.ts';
import { sendToDingtalk, type SendTarget } from '../services/dingtalk/client.ts';
import { ensureSandboxRobot } from '../services/robots/sandbox-robot.ts';

/** The real app as index.ts wires it: emulator mounted at /emulator, the sandbox robot registered with it. */
let dataDir: string;
let services: Services;
let emulator: ReturnType<typeof createEmulator>;
let server: ReturnType<typeof createAdaptorServer>;
let url: string;
let sandbox: SendTarget;
const logLines: string[] = [];
/** An admin's session, as a browser on this site sends it. */
let admin: Record<string, string>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-sandbox-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
  const logger = createLogger('debug', (line) => logLines.push(line));
  services = await openServices(config);
  emulator = createEmulator({ dataDir, rateLimit: 20, rateWindowMs: 60_000, logger });
  const robot = await ensureSandboxRobot(services.robots, emulator.registry);
  // The app needs the port (the sandbox robot posts to this very server), so it is built after listen.
  const built: { app?: ReturnType<typeof createApp> } = {};
  server = createAdaptorServer({ fetch: (request, env) => built.app!.fetch(request, env) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  built.app = createApp({ config, logger, ...services, emulatorBaseUrl: `${url}/emulator`, emulator });
  const credentials = await services.robots.credentials(robot.id);
  sandbox = { baseUrl: `${url}/emulator`, token: credentials!.token, secret: credentials!.secret };
  const user = await services.accounts.users.create({
    username: 'admin',
    role: 'admin',
    passwordHash: await hashPassword('sandbox-test-password'),
  });
  const { token } = await services.accounts.sessions.create(user.id);
  admin = { cookie: `dingpost_session=${token}`, origin: url };
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
  await emulator.close();
  await services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const text = (content: string): DingtalkMessage => ({ msgtype: 'text', text: { content } });

describe('GET /api/sandbox/messages and the mounted emulator', () => {
  it('lists what the sandbox robot received, newest first, in the shared schema', async () => {
    expect(sandbox.secret).toMatch(/^SEC/);
    expect(await sendToDingtalk(sandbox, text('dingpost first'))).toMatchObject({ kind: 'sent' });
    expect(await sendToDingtalk(sandbox, text('dingpost second'))).toMatchObject({ kind: 'sent' });
    // The sandbox robot is signed and has keywords, like a real one.
    expect(await sendToDingtalk({ ...sandbox, secret: null }, text('dingpost'))).toMatchObject({ errcode: 310000 });
    expect(await sendToDingtalk(sandbox, text('no keyword'))).toMatchObject({ errcode: 310000 });

    // Another robot registered with the emulator (its test controls) has a group of its own.
    emulator.registry.ensureRobot({ token: 'other-group', keywords: [] });
    const other = { baseUrl: `${url}/emulator`, token: 'other-group', secret: null };
    expect(await sendToDingtalk(other, text('another group'))).toMatchObject({ kind: 'sent' });

    const response = await fetch(`${url}/api/sandbox/messages`, { headers: admin });
    expect(response.status).toBe(200);
    const body = sandboxMessageListSchema.parse(await response.json());
    expect(body.items.map((m) => (m.message.msgtype === 'text' ? m.message.text.content : ''))).toEqual([
      'dingpost second',
      'dingpost first',
    ]);
    const limited = sandboxMessageListSchema.parse(
      await (await fetch(`${url}/api/sandbox/messages?limit=1`, { headers: admin })).json(),
    );
    expect(limited.items).toHaveLength(1);
    expect((await fetch(`${url}/api/sandbox/messages?limit=0`, { headers: admin })).status).toBe(400);
  });

  it('serves the emulator under /emulator with real connection resets, and never leaks the sandbox secrets', async () => {
    // The test controls are an admin's: not anyone's who can reach the port.
    expect((await fetch(`${url}/emulator/_admin/inbox`)).status).toBe(401);
    const fault = await fetch(`${url}/emulator/_admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ kind: 'reset' }),
    });
    expect(fault.status).toBe(201);
    const reset = await sendToDingtalk(sandbox, text('dingpost'));
    expect(reset).toMatchObject({ kind: 'retry', errmsg: expect.stringMatching(/network error/) });

    const answers = [
      await (await fetch(`${url}/api/sandbox/messages`, { headers: admin })).text(),
      await (await fetch(`${url}/emulator/_admin/robots`, { headers: admin })).text(),
      await (await fetch(`${url}/emulator/_admin/inbox`, { headers: admin })).text(),
      logLines.join('\n'),
    ];
    for (const answer of answers) {
      expect(answer).not.toContain(sandbox.token);
      expect(answer).not.toContain(sandbox.secret!);
    }
    const bytes = fs.readFileSync(path.join(dataDir, 'emulator.sqlite')).toString('latin1');
    expect(bytes).not.toContain(sandbox.token);
  });
});
