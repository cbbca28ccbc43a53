import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { openServices } from './services.ts';

/**
 * The real app over a fresh DATA_DIR, for in-process tests with app.request(): real SQLite, real vault,
 * nothing of ours replaced. Log lines are kept so tests can check what reaches them.
 */
export async function createTestApp(env: Record<string, string> = {}, emulatorBaseUrl = 'http://127.0.0.1:9/emulator') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-app-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...env });
  const logLines: string[] = [];
  const logger = createLogger(config.logLevel, (line) => logLines.push(line));
  const services = await openServices(config);
  const app = createApp({ config, logger, ...services, emulatorBaseUrl });

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
    dataDir,
    logLines,
    request,
    async close() {
      await services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
