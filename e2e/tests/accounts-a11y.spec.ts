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
  test.describe(`axe-core, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('the login page, with its validation messages', async ({ browser }) => {
      const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] }, colorScheme });
      const page = await anonymous.newPage();
      await page.goto('/login');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await expect(page.getByText('请填写用户名')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await anonymous.close();
    });

    test('the users page and the add-user dialog', async ({ page, usersPage }) => {
      await usersPage.open();
      const found: Record<string, AxeFinding[]> = { users: await seriousViolations(page) };
      await page.getByRole('button', { name: '添加用户' }).click();
      await expect(page.getByRole('dialog', { name: '添加用户' })).toBeVisible();
      found.createUser = await seriousViolations(page);
      expect(found).toEqual({ users: [], createUser: [] });
    });

    test('the API keys page and the new-token dialog', async ({ page, apiKeysPage }) => {
      const name = `a11y ${colorScheme} ${Date.now()}`;
      await apiKeysPage.open();
      await page.getByRole('button', { name: '创建 API 密钥' }).click();
      const form = page.getByRole('dialog', { name: '创建 API 密钥' });
      await form.getByRole('textbox', { name: '名称' }).fill(name);
      await form.getByRole('button', { name: '创建', exact: true }).click();
      const created = page.getByRole('dialog', { name: `已创建“${name}”` });
      await expect(created.getByRole('textbox', { name: 'curl 示例' })).not.toContainText('<robot id>');
      const found: Record<string, AxeFinding[]> = { newToken: await seriousViolations(page) };
      await created.getByRole('button', { name: '我已复制，关闭' }).click();
      await expect(apiKeysPage.card(name)).toBeVisible();
      found.apiKeys = await seriousViolations(page);
      expect(found).toEqual({ newToken: [], apiKeys: [] });
    });

    test('the audit log and the user menu', async ({ page }) => {
      await page.goto('/audit');
      await expect(page.getByRole('region', { name: '审计记录' })).toBeVisible();
      const found: Record<string, AxeFinding[]> = { audit: await seriousViolations(page) };
      await page.getByRole('button', { name: /^账号：/ }).click();
      await expect(page.getByRole('menuitem', { name: '退出登录' })).toBeVisible();
      found.userMenu = await seriousViolations(page);
      expect(found).toEqual({ audit: [], userMenu: [] });
    });

    test('the needs-admin page an editor sees', async ({ browser, api, baseURL }) => {
      const page = await editorPage(browser, api, baseURL!);
      await page.emulateMedia({ colorScheme });
      await page.goto('/robots');
      await expect(page.getByRole('heading', { level: 1, name: '需要管理员权限' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
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
    const name = `mobile ${Date.now()}`;
    await page.getByRole('button', { name: '创建 API 密钥' }).click();
    await page.getByRole('dialog', { name: '创建 API 密钥' }).getByRole('textbox', { name: '名称' }).fill(name);
    await page.getByRole('button', { name: '创建', exact: true }).click();
    const created = page.getByRole('dialog', { name: `已创建“${name}”` });
    await expect(created.getByRole('textbox', { name: 'API 密钥' })).toBeVisible();
    const box = (await created.getByRole('button', { name: '复制API 密钥' }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await horizontalOverflow(page)).toBe(0);
    await created.getByRole('button', { name: '我已复制，关闭' }).click();
    await expect(apiKeysPage.card(name)).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);

    await page.goto('/audit');
    await expect(page.getByRole('region', { name: '审计记录' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
