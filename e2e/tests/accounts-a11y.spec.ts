import type { Browser, Page } from '@playwright/test';
import { seriousViolations, type AxeFinding } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/index.ts';
import type { ApiClient } from '../fixtures/api.ts';

/** A browser page logged in (through the API) as a new editor. */
async function editorPage(browser: Browser, api: ApiClient, baseURL: string): Promise<Page> {
  const editor = { username: `e2e-a11y-${Date.now()}`, password: 'editor-password-2026', role: 'editor' as const };
  await api.createUser(editor);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await context.request.post('/api/auth/login', {
    data: { username: editor.username, password: editor.password },
    headers: { Origin: baseURL },
  });
  expect(response.status()).toBe(200);
  return context.newPage();
}

/** Page-level horizontal overflow, in CSS pixels (0 when nothing scrolls sideways). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`login, users, API keys with a new token, audit log and the needs-admin page pass axe-core (${colorScheme})`, async ({
    page,
    browser,
    baseURL,
    api,
    usersPage,
    apiKeysPage,
  }) => {
    const found: Record<string, AxeFinding[]> = {};
    await page.emulateMedia({ colorScheme });

    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] }, colorScheme });
    const loginPage = await anonymous.newPage();
    await loginPage.goto('/login');
    await loginPage.getByRole('button', { name: '登录', exact: true }).click();
    await expect(loginPage.getByText('请填写用户名')).toBeVisible();
    found.login = await seriousViolations(loginPage);
    await anonymous.close();

    await usersPage.open();
    await page.getByRole('button', { name: '添加用户' }).click();
    await expect(page.getByRole('dialog', { name: '添加用户' })).toBeVisible();
    found.createUser = await seriousViolations(page);
    await page.keyboard.press('Escape');
    found.users = await seriousViolations(page);

    await apiKeysPage.open();
    await page.getByRole('button', { name: '创建 API 密钥' }).click();
    const form = page.getByRole('dialog', { name: '创建 API 密钥' });
    await form.getByRole('textbox', { name: '名称' }).fill(`a11y ${colorScheme}`);
    await form.getByRole('button', { name: '创建', exact: true }).click();
    const created = page.getByRole('dialog', { name: `已创建“a11y ${colorScheme}”` });
    await expect(created.getByRole('textbox', { name: 'curl 示例' })).not.toContainText('<robot id>');
    found.newToken = await seriousViolations(page);
    await created.getByRole('button', { name: '我已复制，关闭' }).click();
    found.apiKeys = await seriousViolations(page);

    await page.goto('/audit');
    await expect(page.getByRole('region', { name: '审计记录' })).toBeVisible();
    found.audit = await seriousViolations(page);
    await page.getByRole('button', { name: /^账号：/ }).click();
    await expect(page.getByRole('menuitem', { name: '退出登录' })).toBeVisible();
    found.userMenu = await seriousViolations(page);

    const editor = await editorPage(browser, api, baseURL!);
    await editor.emulateMedia({ colorScheme });
    await editor.goto('/robots');
    await expect(editor.getByRole('heading', { level: 1, name: '需要管理员权限' })).toBeVisible();
    found.needsAdmin = await seriousViolations(editor);
    await editor.context().close();

    expect(found).toEqual({
      login: [],
      createUser: [],
      users: [],
      newToken: [],
      apiKeys: [],
      audit: [],
      userMenu: [],
      needsAdmin: [],
    });
  });
}

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('login, users, API keys (and the token dialog) and audit log fit without sideways scrolling', async ({
    page,
    browser,
    apiKeysPage,
    usersPage,
  }) => {
    const anonymous = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const loginPage = await anonymous.newPage();
    await loginPage.goto('/login');
    await expect(loginPage.getByRole('button', { name: '登录', exact: true })).toBeVisible();
    expect(await horizontalOverflow(loginPage)).toBe(0);
    await anonymous.close();

    await usersPage.open();
    expect(await horizontalOverflow(page)).toBe(0);
    // The account button fits beside the theme and language buttons.
    const account = (await page.getByRole('button', { name: /^账号：/ }).boundingBox())!;
    expect(account.x + account.width).toBeLessThanOrEqual(375);

    await apiKeysPage.open();
    await apiKeysPage.create(`mobile ${Date.now()}`);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.goto('/audit');
    await expect(page.getByRole('region', { name: '审计记录' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
