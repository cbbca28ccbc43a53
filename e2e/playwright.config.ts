import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ADMIN, adminStatePath } from './fixtures/accounts.ts';
import { freePort } from '../server/src/test-support/free-port.ts';

// Chosen once in the main process; workers load this file too and inherit the environment.
const PORT = Number((process.env.E2E_PORT ??= String(await freePort())));
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/**
 * A fresh data directory per run: the e2e suite starts from a first start, like a new user. The built web
 * app is copied into it, so a rebuild of web/dist during the run cannot pull chunks from under the browser.
 * Workers load this file too and inherit the environment, so the directory is made once per run.
 */
function prepareRun(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-e2e-'));
  const dist = path.resolve(import.meta.dirname, '../web/dist');
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../server/dist/index.js')))
    throw new Error('server/dist is missing: run `npx --yes pnpm@10.34.9 --filter @dingpost/server build` first');
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error('web/dist is missing: run `npx --yes pnpm@10.34.9 --filter @dingpost/web build` first');
  fs.cpSync(dist, path.join(dir, 'web'), { recursive: true });
  return dir;
}
const runDir = (process.env.DINGPOST_E2E_RUN_DIR ??= prepareRun());

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 45_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Logs in as the first admin once; every spec starts from that session unless it asks for none.
    { name: 'setup', testMatch: /\.setup\.ts$/ },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined, storageState: adminStatePath() },
      dependencies: ['setup'],
    },
  ],
  webServer: {
    // The bundled server, as `npm start` runs it (`npm test` builds it before the e2e suite).
    command: 'node dist/index.js',
    cwd: path.resolve(import.meta.dirname, '../server'),
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(runDir, 'data'),
      WEB_DIST_DIR: path.join(runDir, 'web'),
      LOG_LEVEL: 'warn',
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
    },
  },
});
