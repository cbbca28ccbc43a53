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
import { ensureSandboxRobot } from './services/robots/sandbox-robot.ts';

export type TestAppOptions = {
  /** Serve over real HTTP on 127.0.0.1 with the emulator at /emulator and the sandbox robot registered. */
  listen?: boolean;
};

/**
 * The real app over a fresh DATA_DIR, for in-process tests with app.request(): real SQLite, real vault,
 * nothing of ours replaced. Log lines are kept so tests can check what reaches them.
 */
export async function createTestApp(env: Record<string, string> = {}, opts: TestAppOptions = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-app-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', HOST: '127.0.0.1', PORT: '0', ...env });
  const logLines: string[] = [];
  const logger = createLogger(config.logLevel, (line) => logLines.push(line));
  const services = await openServices(config);

  let emulator: Emulator | undefined;
  let emulatorBaseUrl = 'http://127.0.0.1:9/emulator';
  let handle: (request: Request) => Response | Promise<Response> = () => new Response('Starting', { status: 503 });
  const server = opts.listen ? createAdaptorServer({ fetch: (request) => handle(request) }) : undefined;
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
  handle = (request) => app.fetch(request);

  const request = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json', ...headers };
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

  return {
    app,
    config,
    services,
    emulator,
    dataDir,
    logLines,
    request,
    async close() {
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
      emulator?.close();
      await services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
