import type { DingtalkMessage } from '@dingpost/shared';
import { ADMIN } from '../fixtures/accounts.ts';
import { expect, test } from '../fixtures/index.ts';

// These specs start without a session: each logs in through the login page itself.
test.use({ storageState: { cookies: [], origins: [] } });

test('log in through the UI, compose, send to the Sandbox robot and see it sent', async ({
  page,
  shell,
  loginPage,
  composer,
  api,
}) => {
  await page.goto('/history');
  await loginPage.expectOpen();
  await expect(page).toHaveURL(/\/login\?next=%2Fhistory$/);
  await expect(page.getByRole('navigation')).toHaveCount(0);

  await loginPage.logIn(ADMIN.username, ADMIN.password);
  // Back where the user was going.
  await expect(page).toHaveURL(/\/history$/);
  await expect(shell.heading()).toHaveText('发送记录');
  await expect(loginPage.userMenuButton(ADMIN.username)).toBeVisible();

  await shell.goTo('撰写');
  const message: DingtalkMessage = { msgtype: 'text', text: { content: `dingpost 通知：登录后发送 ${Date.now()}` } };
  await composer.compose(message);
  await composer.sendAndConfirm();
  await expect(composer.outcome).toContainText('已发送到「');
  await api.expectNewestSandboxMessage(message);
});

test('the user menu shows who is logged in; logging out ends the session', async ({ page, loginPage }) => {
  await page.goto('/');
  await loginPage.expectOpen();
  await expect(page).toHaveURL(/\/login$/);
  await loginPage.logIn(ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: '撰写' })).toBeVisible();

  await loginPage.userMenuButton(ADMIN.username).click();
  // The popup names who is logged in and their role, above the menu ("change password" focused, "log out").
  const menu = page.getByRole('menu', { name: `账号：${ADMIN.username}` });
  const popup = page.getByRole('presentation').filter({ has: menu });
  await expect(popup.getByText(ADMIN.username, { exact: true })).toBeVisible();
  await expect(popup.getByText('管理员', { exact: true })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '修改密码' })).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: '退出登录' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(loginPage.userMenuButton(ADMIN.username)).toBeFocused();

  await loginPage.logOut(ADMIN.username);
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  await page.goto('/templates');
  await loginPage.expectOpen();
});

test('a session that ends mid-use asks to log in again over the page, which stays where it was', async ({
  page,
  context,
  shell,
  loginPage,
}) => {
  await page.goto('/login');
  await loginPage.logIn(ADMIN.username, ADMIN.password);
  await expect(shell.heading()).toHaveText('撰写');

  // The cookie is gone (expired, revoked): the next API call answers 401.
  await context.clearCookies();
  await shell.goTo('模板');
  const dialog = page.getByRole('dialog', { name: '登录已过期，请重新登录' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/templates$/);
  await dialog.getByLabel(/^密码/).fill(ADMIN.password);
  await dialog.getByRole('button', { name: '登录', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/templates$/);
  await expect(shell.heading()).toHaveText('模板');

  // Opened afresh without a session, a page still goes to the login page, and back after it.
  await context.clearCookies();
  await page.goto('/history');
  await loginPage.expectOpen();
  await expect(page).toHaveURL(/\/login\?next=%2Fhistory$/);
  await loginPage.logIn(ADMIN.username, ADMIN.password);
  await expect(page).toHaveURL(/\/history$/);
});

test('a wrong password is refused; repeated failures are rate-limited, with the wait in minutes', async ({
  page,
  loginPage,
}) => {
  const attempt = async (username: string, password: string, status: number) => {
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
    await loginPage.logIn(username, password);
    expect((await answer).status()).toBe(status);
  };
  await page.goto('/login');
  await attempt(ADMIN.username, 'not-the-password', 401);
  await expect(loginPage.error).toHaveText('用户名或密码不正确。');
  await expect(page.getByLabel(/^密码/)).toBeFocused();

  // A made-up username: five failures lock it for 15 minutes (the admin's own name stays usable).
  const username = `e2e-nobody-${Date.now()}`;
  for (let n = 0; n < 5; n++) await attempt(username, 'wrong-password', 401);
  await attempt(username, 'wrong-password', 429);
  await expect(loginPage.error).toHaveText('尝试次数过多，请 15 分钟后再试。');

  // The same refusal reads in English after a switch.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(loginPage.error).toHaveText('Too many attempts. Try again in 15 min.');
  await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeVisible();
});

test('an editor changes their own password from the user menu; the old one stops working', async ({
  page,
  loginPage,
  api,
}) => {
  const editor = { username: `e2e-pw-${Date.now()}`, password: 'first-password-2026', role: 'editor' as const };
  await api.createUser(editor);
  const renewed = 'second-password-2026';
  await page.goto('/');
  await loginPage.logIn(editor.username, editor.password);
  await expect(page.getByRole('heading', { level: 1, name: '撰写' })).toBeVisible();

  await loginPage.userMenuButton(editor.username).click();
  await page.getByRole('menuitem', { name: '修改密码' }).click();
  const dialog = page.getByRole('dialog', { name: '修改密码' });
  // A wrong current password is refused on its field; mismatched new passwords never leave the browser.
  await dialog.getByLabel(/^当前密码/).fill('not-my-password');
  await dialog.getByLabel(/^新密码/).fill(renewed);
  await dialog.getByLabel(/^再次输入新密码/).fill(`${renewed}x`);
  await dialog.getByRole('button', { name: '修改', exact: true }).click();
  await expect(dialog.getByText('两次输入的新密码不一致')).toBeVisible();
  await dialog.getByLabel(/^再次输入新密码/).fill(renewed);
  await dialog.getByRole('button', { name: '修改', exact: true }).click();
  await expect(dialog.getByText('当前密码不正确')).toBeVisible();
  await dialog.getByLabel(/^当前密码/).fill(editor.password);
  await dialog.getByRole('button', { name: '修改', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('密码已修改，此账号在其他设备上的登录已退出。')).toBeVisible();

  // Still signed in here; the next login needs the new password.
  await loginPage.logOut(editor.username);
  await loginPage.logIn(editor.username, editor.password);
  await expect(loginPage.error).toContainText('用户名或密码不正确');
  await loginPage.logIn(editor.username, renewed);
  await expect(page.getByRole('heading', { level: 1, name: '撰写' })).toBeVisible();
});
