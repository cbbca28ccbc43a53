import { expect, test } from '../fixtures/index.ts';

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
