import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { freePort } from '../server/src/test-support/free-port.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(import.meta.dirname, 'node_modules/.bin/tsx');

/** The first admin the benchmark's server starts with (ADMIN_USERNAME / ADMIN_PASSWORD). */
export const BENCH_ADMIN = { username: 'bench-admin', password: 'bench-admin-password' } as const;

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
  /** Logs the browser context in as the first admin (its session cookie then goes with every page). */
  logIn: (context: BrowserContext) => Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} while starting`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs} ms`);
}

/**
 * The real dingpost server as users run it (built web from web/dist), on a free port with a fresh data
 * directory and a first admin; stop() ends it with SIGTERM and removes the directory.
 */
export async function startServer(): Promise<RunningServer> {
  if (!fs.existsSync(path.join(ROOT, 'web/dist/index.html')))
    throw new Error('web/dist is missing: build the web app first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(TSX, ['server/src/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ADMIN_USERNAME: BENCH_ADMIN.username,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const logIn = async (context: BrowserContext) => {
    // Cookie-authenticated state changes need an Origin matching the server, as a browser on the site sends.
    const response = await context.request.post(`${url}/api/auth/login`, {
      data: BENCH_ADMIN,
      headers: { Origin: url },
    });
    if (response.status() !== 200) throw new Error(`login failed: ${response.status()} ${await response.text()}`);
  };
  return { url, stop, logIn };
}
