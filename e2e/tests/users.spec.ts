import { ADMIN } from '../fixtures/accounts.ts';
import { expect, test } from '../fixtures/index.ts';

test('an admin adds a user, changes the role, resets the password, disables, enables and deletes them', async ({
  page,
  playwright,
  baseURL,
  usersPage,
}) => {
  const user = { username: `e2e-user-${Date.now()}`, password: 'first-password-2026', role: 'editor' as const };
  /** A login through the API from a fresh client: what the server thinks of these credentials now. */
  const loginStatus = async (password: string) => {
    const client = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const response = await client.post('/api/auth/login', { data: { username: user.username, password } });
    await client.dispose();
    return response.status();
  };

  await usersPage.open();
  await expect(usersPage.card(ADMIN.username)).toContainText('你');
  await usersPage.create(user);
  await expect(usersPage.roleSelect(user.username)).toHaveValue('editor');
  expect(await loginStatus(user.password)).toBe(200);

  await usersPage.setRole(user.username, 'admin');
  await expect(page.getByText(`“${user.username}”现在是管理员`)).toBeVisible();
  await expect(usersPage.roleSelect(user.username)).toHaveValue('admin');
  await usersPage.setRole(user.username, 'editor');
  await expect(usersPage.roleSelect(user.username)).toHaveValue('editor');

  await usersPage.resetPassword(user.username, 'second-password-2026');
  expect(await loginStatus('second-password-2026')).toBe(200);

  await usersPage.card(user.username).getByRole('button', { name: '停用' }).click();
  await expect(usersPage.card(user.username).getByText('已停用', { exact: true })).toBeVisible();
  expect(await loginStatus('second-password-2026')).toBe(401);
  await usersPage.card(user.username).getByRole('button', { name: '启用' }).click();
  await expect(usersPage.card(user.username).getByText('已停用', { exact: true })).toHaveCount(0);

  const dialog = await usersPage.delete(user.username);
  await expect(dialog).toBeHidden();
  await expect(usersPage.card(user.username)).toHaveCount(0);
  await page.reload();
  await expect(usersPage.card(ADMIN.username)).toBeVisible();
  await expect(usersPage.card(user.username)).toHaveCount(0);
});

test('the last admin can be neither deleted nor demoted: the page says why', async ({ usersPage }) => {
  await usersPage.open();
  const dialog = await usersPage.delete(ADMIN.username);
  await expect(dialog.getByRole('alert')).toHaveText(/这是最后一个能登录的管理员/);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  await usersPage.setRole(ADMIN.username, 'editor');
  await expect(usersPage.card(ADMIN.username).getByRole('alert')).toHaveText(/这是最后一个能登录的管理员/);
  await expect(usersPage.roleSelect(ADMIN.username)).toHaveValue('admin');
});
