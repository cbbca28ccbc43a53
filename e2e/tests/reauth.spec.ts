import type { DingtalkMessage } from '@dingpost/shared';
import { ADMIN } from '../fixtures/accounts.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/index.ts';
import { ReauthDialog } from '../pages/reauth-dialog.ts';

// Each spec logs in on its own: clearing the cookies must not end the session the other specs share.
test.use({ storageState: { cookies: [], origins: [] } });

test.beforeEach(async ({ page, loginPage }) => {
  await page.goto('/login');
  await loginPage.logIn(ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: '撰写' })).toBeVisible();
});

// A made-up token on DingTalk's real host: the robot is saved but never sent to.
const TOKEN = 'e2e0ba5e1234567890abcdef1234567890abcdef1234567890abcdef5a7c';

test('a robot’s edit saved after the session ended: log in again in a dialog, the edit is kept and saved', async ({
  page,
  context,
  robotsPage,
  api,
}) => {
  const name = `e2e 续登 ${Date.now()}`;
  const renamed = `${name} 改名`;
  await robotsPage.open();
  await robotsPage.add({ name, webhook: `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}` });
  await robotsPage.card(name).getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑机器人' });
  await edit.getByRole('textbox', { name: '名称' }).fill(renamed);

  // The session ends (expired, revoked elsewhere): the save meets a 401.
  await context.clearCookies();
  await edit.getByRole('button', { name: '保存', exact: true }).click();

  const reauth = new ReauthDialog(page);
  await expect(reauth.root).toBeVisible();
  await expect(page).toHaveURL(/\/robots$/);
  await expect(reauth.username).toHaveValue(ADMIN.username);
  await expect(reauth.username).toHaveAttribute('readonly', '');
  await expect(reauth.password).toBeFocused();
  await expect(reauth.root).toHaveAccessibleDescription(/你在此页面上填写的内容都还在/);
  expect(await seriousViolations(page)).toEqual([]);

  // A wrong password is said in the dialog, which stays.
  await reauth.logIn('not-the-password');
  await expect(reauth.error).toHaveText('用户名或密码不正确。');
  await expect(reauth.password).toBeFocused();

  await reauth.logIn(ADMIN.password);
  await expect(reauth.root).toBeHidden();
  // The save that met the ended session went through once logged in again; nothing was typed twice.
  await expect(edit).toBeHidden();
  await expect(robotsPage.card(renamed)).toBeVisible();
  expect((await api.robots()).map((robot) => robot.name)).toContain(renamed);
  await expect(page).toHaveURL(/\/robots$/);
});

test('a long announcement sent after the session ended is still there, and goes out after logging in again', async ({
  page,
  context,
  composer,
  api,
}) => {
  const text = `## 关于年会安排的通知\n\n${'各位同事：今年的年会定于 12 月 20 日举行，请提前安排好工作。\n\n'.repeat(12)}行政部 ${Date.now()}`;
  const message: DingtalkMessage = { msgtype: 'markdown', markdown: { title: 'dingpost 通知：年会安排', text } };
  await composer.compose(message);
  await expect(composer.robotPicker()).toBeEnabled();

  await context.clearCookies();
  const confirmation = await composer.startSend();
  await confirmation.root.getByRole('button', { name: '确认发送' }).click();

  const reauth = new ReauthDialog(page);
  await expect(reauth.root).toBeVisible();
  await reauth.logIn(ADMIN.password);
  await expect(reauth.root).toBeHidden();

  await expect(composer.outcome).toContainText('已发送到「');
  await api.expectNewestSandboxMessage(message);
  await expect(composer.field('标题')).toHaveValue(message.markdown.title);
  await expect(composer.field('内容')).toHaveValue(text);
});

test('logging out from that dialog goes to the login page; a page opened afresh without a session does too', async ({
  page,
  context,
  shell,
  loginPage,
}) => {
  await context.clearCookies();
  await shell.goTo('模板');
  const reauth = new ReauthDialog(page);
  await expect(reauth.root).toBeVisible();
  await expect(page).toHaveURL(/\/templates$/);
  await reauth.logOut();
  await loginPage.expectOpen();

  await page.goto('/history');
  await loginPage.expectOpen();
  await expect(page).toHaveURL(/\/login\?next=%2Fhistory$/);
  await expect(reauth.root).toBeHidden();
});
