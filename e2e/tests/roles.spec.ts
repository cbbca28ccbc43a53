import { randomBytes } from 'node:crypto';
import { SANDBOX_KEYWORDS } from '@dingpost/shared';
import { LoginPage } from '../pages/login-page.ts';
import { AppShell } from '../pages/app-shell.ts';
import { ComposerPage } from '../pages/composer-page.ts';
import { expect, test } from '../fixtures/index.ts';

const ADMIN_NAV = ['机器人', '用户', 'API 密钥', '审计日志'];

test('an editor cannot open the robots admin page: no nav entry, the URL explains it needs an admin', async ({
  browser,
  baseURL,
  api,
}) => {
  const editor = { username: `e2e-editor-${Date.now()}`, password: 'editor-password-2026', role: 'editor' as const };
  await api.createUser(editor);
  const guarded = await api.createRobot({
    name: `e2e 有关键词的群 ${Date.now()}`,
    webhook: `https://oapi.dingtalk.com/robot/send?access_token=${randomBytes(32).toString('hex')}`,
    keywords: ['斑马九号'],
  });

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await page.goto('/robots');
  await login.expectOpen();
  await login.logIn(editor.username, editor.password);

  await expect(page).toHaveURL(/\/robots$/);
  await expect(shell.heading()).toHaveText('需要管理员权限');
  await expect(page.getByRole('button', { name: '添加机器人' })).toHaveCount(0);
  await expect(shell.navLink('撰写')).toBeVisible();
  for (const name of ADMIN_NAV) await expect(shell.navLink(name)).toHaveCount(0);
  for (const path of ['/users', '/api-keys', '/audit']) {
    await page.goto(path);
    await expect(shell.heading()).toHaveText('需要管理员权限');
  }

  // The composer still picks robots. A robot's keywords are hidden from editors but announced; the
  // Sandbox robot's are no secret (the README and the sandbox inbox name them), so they are shown.
  const composer = new ComposerPage(page);
  await composer.open();
  await expect(composer.insights.getByText(/请在标题或内容中加入：通知、notice、dingpost/)).toBeVisible();
  await composer.robotPicker().selectOption(guarded.id);
  await expect(composer.robotPicker()).toContainText('需要关键词');
  await expect(composer.insights.getByText(/设置了关键词.*请向管理员询问/)).toBeVisible();

  // The server agrees: keywords hidden (but the Sandbox robot's), robot changes refused.
  const robots = (await (await page.request.get('/api/robots')).json()) as {
    items: { id: string; sandbox: boolean; keywords: string[]; hasKeywords?: boolean }[];
  };
  expect(robots.items.find((robot) => robot.id === guarded.id)).toMatchObject({ keywords: [], hasKeywords: true });
  expect(robots.items.find((robot) => robot.sandbox)).toMatchObject({ keywords: [...SANDBOX_KEYWORDS] });
  const create = await page.request.post('/api/robots', {
    data: { name: 'nope', webhook: 'https://oapi.dingtalk.com/robot/send?access_token=abcdef1234567890' },
    headers: { Origin: baseURL! },
  });
  expect(create.status()).toBe(403);
  await context.close();
});
