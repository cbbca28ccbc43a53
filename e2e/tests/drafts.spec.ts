import { ADMIN } from '../fixtures/accounts.ts';
import { expect, test } from '../fixtures/index.ts';
import { ComposerPage } from '../pages/composer-page.ts';
import { LoginPage } from '../pages/login-page.ts';

const title = 'dingpost 通知：草稿';
const text = '## 还没写完\n\n- 第一点\n- 第二点';

test('a draft survives a reload', async ({ page, composer }) => {
  await composer.open();
  await composer.composeMarkdown({ markdown: { title, text } });
  await expect(composer.preview.getByRole('heading', { name: '还没写完' })).toBeVisible();

  await page.reload();
  await expect(page.getByText('已恢复上次未发送的草稿。')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Markdown', exact: true })).toBeChecked();
  await expect(composer.field('标题')).toHaveValue(title);
  await expect(composer.field('内容')).toHaveValue(text);
  await expect(composer.preview.getByRole('listitem')).toHaveText(['第一点', '第二点']);
});

test('a draft survives closing the tab, and "new message" starts afresh', async ({ context, page, composer }) => {
  await composer.open();
  await composer.composeActionCard({
    msgtype: 'actionCard',
    actionCard: { title, text: '卡片草稿', singleTitle: '打开', singleURL: 'https://example.com/draft' },
  });
  await page.close();

  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('radio', { name: '卡片（整体跳转）', exact: true })).toBeChecked();
  await expect(again.getByRole('textbox', { name: '按钮链接', exact: true })).toHaveValue('https://example.com/draft');

  await again.getByRole('button', { name: '新建消息' }).first().click();
  await expect(again.getByRole('textbox', { name: '标题', exact: true })).toHaveValue('');
});

test('on a shared browser each user gets their own draft back, and nobody sees another’s', async ({ browser, api }) => {
  const editor = { username: `e2e-drafts-${Date.now()}`, password: 'editor-password-2026', role: 'editor' as const };
  await api.createUser(editor);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  const composer = new ComposerPage(page);

  await page.goto('/');
  await login.logIn(ADMIN.username, ADMIN.password);
  await composer.composeMarkdown({ markdown: { title, text } });
  await expect(composer.preview.getByRole('heading', { name: '还没写完' })).toBeVisible();
  await login.logOut(ADMIN.username);

  await login.logIn(editor.username, editor.password);
  await expect(composer.field('标题')).toHaveValue('');
  await expect(page.getByText('已恢复上次未发送的草稿。')).toHaveCount(0);
  await composer.composeMarkdown({ markdown: { title: 'dingpost 通知：编辑的草稿', text: '编辑写的' } });
  await expect(composer.preview.getByText('编辑写的')).toBeVisible();
  await login.logOut(editor.username);

  await login.logIn(ADMIN.username, ADMIN.password);
  await expect(page.getByText('已恢复上次未发送的草稿。')).toBeVisible();
  await expect(composer.field('标题')).toHaveValue(title);
  await expect(composer.field('内容')).toHaveValue(text);
  await context.close();
});
