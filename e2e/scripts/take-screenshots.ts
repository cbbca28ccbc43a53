/**
 * Screenshots of the composer for the README: one realistic zh-CN message of each of the six kinds, in the
 * light and the dark theme, at 1280×800, saved as docs/screenshots/composer-<kind>-<light|dark>.png.
 *
 * Run from e2e/ after building the server and the web app:
 *   npx --yes pnpm@10.34.9 --filter @dingpost/server build
 *   npx --yes pnpm@10.34.9 --filter @dingpost/web build
 *   npx tsx scripts/take-screenshots.ts
 *
 * It starts the built server (node server/dist/index.js) on a free port over a fresh data directory with a
 * first admin, logs in as that admin, adds one robot (its keyword shows in the checks), and opens each
 * message through a share link (/#m=…).
 * Pictures come from a made-up host that the browser is answered for: there is no internet here.
 * Chinese text needs a CJK font (Debian: apt-get install fonts-noto-cjk). SCREENSHOTS_DIR=… saves them elsewhere;
 * WEB_DIST_DIR=… shoots another build of the web app.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dingtalkMessageSchema, type DingtalkMessage } from '@dingpost/shared';
import { IMAGE_HOST, SHOTS } from './screenshot-messages.ts';
import {
  chromium,
  type APIRequestContext,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { freePort } from '../../server/src/test-support/free-port.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SERVER_ENTRY = path.join(ROOT, 'server/dist/index.js');
const WEB_DIST = path.resolve(process.env.WEB_DIST_DIR ?? path.join(ROOT, 'web/dist'));
const OUT_DIR = path.resolve(process.env.SCREENSHOTS_DIR ?? path.join(ROOT, 'docs/screenshots'));
const VIEWPORT = { width: 1280, height: 800 };
const ROBOT = { name: '研发中心 · 发布与告警群', keyword: '通知' };
/** The first admin the server starts with (ADMIN_USERNAME / ADMIN_PASSWORD); the screenshots are taken as them. */
const ADMIN = { username: 'admin', password: 'screenshots-admin-password' };
/** Files past this are worth a look (the README loads all twelve). */
const MAX_BYTES = 200 * 1024;

/** Colours of the made-up pictures, by file name. */
const PICTURE_COLOURS: Record<string, [string, string]> = {
  'roadmap.png': ['#3370ff', '#7b61ff'],
  'attendance.png': ['#00b386', '#36cfc9'],
  'weekly-mesh.png': ['#5b8ff9', '#61ddaa'],
  'weekly-web.png': ['#ff7d00', '#ffb300'],
  'weekly-db.png': ['#f54a45', '#ff8a80'],
};

/** A picture for a made-up image URL: a gradient with a few shapes (an SVG, whatever the name says). */
function pictureFor(url: string): string {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  const [from, to] = PICTURE_COLOURS[name] ?? ['#3370ff', '#7b61ff'];
  const shift = name.length * 7;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="800" height="400" fill="url(#g)"/>
  <circle cx="${600 + (shift % 80)}" cy="120" r="90" fill="#fff" fill-opacity="0.18"/>
  <circle cx="150" cy="${320 - (shift % 60)}" r="140" fill="#fff" fill-opacity="0.12"/>
  <rect x="80" y="150" width="360" height="28" rx="14" fill="#fff" fill-opacity="0.85"/>
  <rect x="80" y="200" width="250" height="20" rx="10" fill="#fff" fill-opacity="0.6"/>
</svg>`;
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not answer /api/health within 30 s');
}

function checkPrerequisites(): void {
  if (!fs.existsSync(SERVER_ENTRY))
    throw new Error('server/dist/index.js is missing: run `npx --yes pnpm@10.34.9 --filter @dingpost/server build`');
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: run `npx --yes pnpm@10.34.9 --filter @dingpost/web build`');
  let cjkFonts = '';
  try {
    cjkFonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  } catch {
    // No fontconfig: Chromium will tell by drawing boxes.
  }
  if (!cjkFonts.trim()) console.warn('warning: no Chinese font found (apt-get install fonts-noto-cjk): expect boxes');
}

type Session = NonNullable<BrowserContextOptions['storageState']>;

/** Logs the request context in as the first admin (its session cookie then goes with its requests). */
async function logIn(request: APIRequestContext, base: string): Promise<void> {
  // Cookie-authenticated state changes need an Origin matching the server, as a browser on the site sends.
  const response = await request.post(`${base}/api/auth/login`, { data: ADMIN, headers: { Origin: base } });
  if (!response.ok()) throw new Error(`logging in failed: ${response.status()} ${await response.text()}`);
}

/** A robot whose keyword the messages contain, so the checks show "contains the keyword". */
async function addRobot(request: APIRequestContext, base: string): Promise<string> {
  const response = await request.post(`${base}/api/robots`, {
    headers: { Origin: base },
    data: {
      name: ROBOT.name,
      webhook: `https://oapi.dingtalk.com/robot/send?access_token=${'0123456789abcdef'.repeat(4)}`,
      keywords: [ROBOT.keyword],
      coalesce: false,
    },
  });
  if (!response.ok()) throw new Error(`adding the robot failed: ${response.status()} ${await response.text()}`);
  const robot = (await response.json()) as { id: string };
  return robot.id;
}

function shareHash(message: DingtalkMessage): string {
  return `#m=${Buffer.from(JSON.stringify(message), 'utf8').toString('base64url')}`;
}

/** Waits until the preview shows the message, its pictures have loaded and the checks have settled. */
async function settle(page: Page, message: DingtalkMessage): Promise<void> {
  await page
    .getByRole('region', { name: '预览', exact: true })
    .locator(`[data-testid="message-preview"][data-msgtype="${message.msgtype}"]`)
    .waitFor();
  const checks = page.getByRole('region', { name: '检查', exact: true });
  await checks.getByText(/没有发现问题|条提醒/).waitFor();
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  await page.evaluate(() => document.fonts.ready);
  // The checks re-run shortly after a change, and the theme's transitions take a moment.
  await page.waitForTimeout(400);
}

async function shoot(browser: Browser, base: string, session: Session, robotId: string, colorScheme: 'light' | 'dark') {
  for (const { kind, message } of SHOTS) {
    dingtalkMessageSchema.parse(message);
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'zh-CN',
      colorScheme,
      storageState: session,
    });
    await context.addInitScript((id) => localStorage.setItem('dingpost:composer-robot', id), robotId);
    const page = await context.newPage();
    await page.route(`${IMAGE_HOST}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: pictureFor(route.request().url()) }),
    );
    await page.goto(`${base}/${shareHash(message)}`);
    const notice = page.getByRole('alert').filter({ hasText: '已打开分享链接中的消息' });
    await notice.getByRole('button').click();
    await notice.waitFor({ state: 'detached' });
    await settle(page, message);
    const file = path.join(OUT_DIR, `composer-${kind}-${colorScheme}.png`);
    await page.screenshot({ path: file, type: 'png' });
    const size = fs.statSync(file).size;
    console.log(`${path.relative(ROOT, file)}  ${(size / 1024).toFixed(0)} KB${size > MAX_BYTES ? '  (large)' : ''}`);
    await context.close();
  }
}

async function main(): Promise<void> {
  checkPrerequisites();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-screenshots-'));
  // A copy of the web app, so a rebuild of web/dist meanwhile cannot pull chunks from under the browser.
  fs.cpSync(WEB_DIST, path.join(runDir, 'web'), { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(runDir, 'data'),
      WEB_DIST_DIR: path.join(runDir, 'web'),
      LOG_LEVEL: 'warn',
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let browser: Browser | undefined;
  try {
    await waitForHealth(base, server);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const setup = await browser.newContext();
    await logIn(setup.request, base);
    const robotId = await addRobot(setup.request, base);
    const session: Session = await setup.storageState();
    await setup.close();
    for (const colorScheme of ['light', 'dark'] as const) await shoot(browser, base, session, robotId, colorScheme);
  } finally {
    await browser?.close();
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

await main();
