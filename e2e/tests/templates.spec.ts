import { expect, test } from '../fixtures/index.ts';

test('a template with variables is saved, reopened and sent with the values asked for', async ({
  page,
  composer,
  templatesPage,
  api,
}) => {
  const name = `e2e 发布通知 ${Date.now()}`;
  await composer.open();
  await composer.composeMarkdown({
    markdown: {
      title: 'dingpost 通知：{{service}} 发布',
      text: '## {{service}} 已发布 {{version}}\n\n负责人：**{{负责人}}**',
    },
  });
  await composer.saveAsTemplate(name, '每次发布后发到群里', {
    service: { label: '服务', sample: 'api' },
    version: { label: '版本', default: 'v1.0', sample: 'v1.0' },
    // Named as an HR user would write it.
    负责人: { label: '负责人', sample: '张三' },
  });

  // A blank composer, so what comes back below can only come from the template.
  await page.getByRole('button', { name: '新建消息' }).click();
  await expect(composer.field('标题')).toHaveValue('');

  await templatesPage.open();
  await templatesPage.search('e2e 发布通知');
  const card = templatesPage.card(name);
  await expect(card).toContainText('每次发布后发到群里');
  // Variables by the labels their author gave them.
  await expect(card).toContainText('变量：服务、版本、负责人');

  // Reopened in the composer: the placeholders are back in the form.
  await templatesPage.openInComposer(name);
  await expect(page.getByText('已载入模板中的消息。')).toBeVisible();
  await expect(composer.page.getByRole('radio', { name: 'Markdown', exact: true })).toBeChecked();
  await expect(composer.field('标题')).toHaveValue('dingpost 通知：{{service}} 发布');
  await expect(composer.field('内容')).toHaveValue('## {{service}} 已发布 {{version}}\n\n负责人：**{{负责人}}**');

  // Sent from the templates page: the small form asks for each value, the default prefilled.
  await templatesPage.open();
  await templatesPage.search(name);
  const dialog = await templatesPage.startSend(name);
  await expect(dialog.value('版本')).toHaveValue('v1.0');
  // What is missing is named by its label, and each field hints with its sample.
  await expect(dialog.root).toContainText('请填写：服务、负责人');
  await expect(dialog.value('服务')).toHaveAttribute('placeholder', '例如：api');
  await dialog.fill({ 服务: 'checkout', 负责人: '李四' });
  await expect(dialog.preview.getByRole('heading', { name: 'checkout 已发布 v1.0' })).toBeVisible();
  await expect(dialog.preview.locator('strong', { hasText: '李四' })).toBeVisible();
  await dialog.send();
  await expect(dialog.outcome).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await expect(dialog.outcome).toContainText('已发送到群里。');

  await api.expectNewestSandboxMessage({
    msgtype: 'markdown',
    markdown: { title: 'dingpost 通知：checkout 发布', text: '## checkout 已发布 v1.0\n\n负责人：**李四**' },
  });
});

test('a template value left empty without a default is asked for, not sent blank', async ({
  composer,
  templatesPage,
  api,
}) => {
  const name = `e2e 值班 ${Date.now()}`;
  await composer.open();
  await composer.composeText({ msgtype: 'text', text: { content: 'dingpost 通知：今天值班 {{who}}' } });
  await composer.saveAsTemplate(name, '', { who: { label: '值班人', sample: '王五' } });

  await templatesPage.open();
  await templatesPage.search(name);
  const before = await api.newestSandboxMessage();
  const dialog = await templatesPage.startSend(name);
  await dialog.send();
  await expect(dialog.value('值班人')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.value('值班人')).toBeFocused();
  await expect(dialog.outcome).toHaveCount(0);
  expect((await api.newestSandboxMessage())?.id).toBe(before?.id);

  await dialog.fill({ 值班人: '赵六' });
  await dialog.send();
  await expect(dialog.outcome).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await api.expectNewestSandboxMessage({ msgtype: 'text', text: { content: 'dingpost 通知：今天值班 赵六' } });
});

test('with templates listed, "New template" opens a blank composer and keeps the draft one Undo away', async ({
  page,
  composer,
  templatesPage,
  api,
}) => {
  await api.createTemplate({
    name: `e2e 已有模板 ${Date.now()}`,
    message: { msgtype: 'text', text: { content: '通知：本周值班' } },
  });
  const draft = { title: 'dingpost 通知：没写完的草稿', text: '草稿正文' };
  await composer.open();
  await composer.composeMarkdown({ markdown: draft });

  await templatesPage.open();
  await expect(templatesPage.cards.first()).toBeVisible();
  await templatesPage.startNewTemplate();

  await expect(page.getByRole('heading', { level: 1, name: '撰写' })).toBeVisible();
  await expect(page.getByText(/已新建空白消息.*存为模板/)).toBeVisible();
  await expect(composer.field('标题')).toHaveValue('');
  await expect(composer.field('内容')).toHaveValue('');
  await expect(page).toHaveURL(/\/$/);

  // Nothing was lost: the draft comes back with Undo.
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(composer.field('标题')).toHaveValue(draft.title);
  await expect(composer.field('内容')).toHaveValue(draft.text);

  // The request was consumed: a reload restores the draft instead of clearing it again.
  await page.reload();
  await expect(page.getByText('已恢复上次未发送的草稿。')).toBeVisible();
  await expect(composer.field('标题')).toHaveValue(draft.title);
});
