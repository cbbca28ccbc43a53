import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createEmulator, type Emulator } from './emulator/index.ts';
import { localOrigin } from './http/local-origin.ts';
import { createLogger } from './logger.ts';
import { openServices } from './services.ts';
import { SESSION_COOKIE } from '@dingpost/shared';
import { hashPassword } from './services/accounts/passwords.ts';
import { ensureSandboxRobot } from './services/robots/sandbox-robot.ts';

/** Who a test request comes from: nobody, a logged-in editor or admin (session cookie), or an API key. */
export type Identity = 'anonymous' | 'editor' | 'admin' | 'apiKey';

export type TestAppOptions = {
  /** Serve over real HTTP on 127.0.0.1 with the emulator at /emulator and the sandbox robot registered. */
  listen?: boolean;
  /** Who `request()` speaks as (default admin); `requestAs()` picks per request. */
  as?: Identity;
  /** The accounts' clock (session expiry, key use), for tests that move time. */
  now?: () => number;
};

/** The users a test app has: the admin from the start, the editor once first used. Both share this password. */
export const TEST_USERS = {
  admin: { username: 'admin', role: 'admin' },
  editor: { username: 'editor', role: 'editor' },
} as const;
export const TEST_PASSWORD = 'correct horse battery staple';
/** Same-origin for app.request(), whose URLs are http://localhost/…: what a browser would send. */
export const TEST_ORIGIN = 'http://localhost';

// scrypt is slow on purpose; one hash serves every test app of a test file.
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

/**
 * The real app over a fresh DATA_DIR, for in-process tests with app.request(): real SQLite, real vault,
 * nothing of ours replaced. Log lines are kept so tests can check what reaches them.
 */
export async function createTestApp(env: Record<string, string> = {}, opts: TestAppOptions = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-app-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', HOST: '127.0.0.1', PORT: '0', ...env });
  const logLines: string[] = [];
  const logger = createLogger(config.logLevel, (line) => logLines.push(line));
  const services = await openServices(config, { now: opts.now });

  let emulator: Emulator | undefined;
  let emulatorBaseUrl = 'http://127.0.0.1:9/emulator';
  let handle: (request: Request, env?: unknown) => Response | Promise<Response> = () =>
    new Response('Starting', { status: 503 });
  const server = opts.listen ? createAdaptorServer({ fetch: (request, env) => handle(request, env) }) : undefined;
  if (server) {
    await new Promise<void>((resolve) => server.listen(0, config.host, resolve));
    emulatorBaseUrl = `${localOrigin(config.host, (server.address() as AddressInfo).port)}/emulator`;
    emulator = createEmulator({
      dataDir: null,
      rateLimit: config.robotRateLimit,
      rateWindowMs: config.robotRateWindowMs,
    });
    await ensureSandboxRobot(services.robots, emulator.registry);
  }
  const app = createApp({ config, logger, ...services, emulatorBaseUrl, emulator });
  handle = (request, env) => app.fetch(request, env);

  const { accounts } = services;
  const users = { admin: await accounts.users.create({ ...TEST_USERS.admin, passwordHash: await testPasswordHash() }) };
  const credentials = new Map<Identity, Promise<Record<string, string>>>([['anonymous', Promise.resolve({})]]);
  const sessionHeaders = async (userId: string) => {
    const { token } = await accounts.sessions.create(userId);
    return { cookie: `${SESSION_COOKIE}=${token}`, origin: TEST_ORIGIN };
  };
  const make = async (who: Identity): Promise<Record<string, string>> => {
    if (who === 'admin') return sessionHeaders(users.admin.id);
    if (who === 'editor') {
      const editor = await accounts.users.create({ ...TEST_USERS.editor, passwordHash: await testPasswordHash() });
      return sessionHeaders(editor.id);
    }
    const { token } = await accounts.apiKeys.create('test key', users.admin.id);
    return { authorization: `Bearer ${token}` };
  };
  /** The headers that authenticate as `who` (made on first use, then reused). */
  const authHeaders = (who: Identity): Promise<Record<string, string>> => {
    let found = credentials.get(who);
    if (!found) credentials.set(who, (found = make(who)));
    return found;
  };

  const requestAs = async (
    who: Identity,
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const auth = await authHeaders(who);
    const init: RequestInit = { method, headers: { ...auth, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json', ...auth, ...headers };
    }
    const response = await app.request(url, init);
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: tests look at text
    }
    return { status: response.status, headers: response.headers, text, json: json as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const request = (method: string, url: string, body?: unknown, headers?: Record<string, string>) =>
    requestAs(opts.as ?? 'admin', method, url, body, headers);

  return {
    app,
    /** Where it listens (with `listen`), e.g. http://127.0.0.1:34567. */
    url: emulatorBaseUrl.replace(/\/emulator$/, ''),
    config,
    services,
    emulator,
    dataDir,
    logLines,
    request,
    requestAs,
    authHeaders,
    users,
    async close() {
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator?.close();
      await services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
