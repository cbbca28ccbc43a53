import { seriousViolations, type AxeFinding } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/index.ts';

// axe-core over the pages people use most, with content on them: no serious or critical violations.
// The composer and its confirmation in light and dark; templates and history (same theme) in light.

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the composer and the send confirmation pass axe-core (${colorScheme})`, async ({
    page,
    composer,
    sendDialog,
  }) => {
    await page.emulateMedia({ colorScheme });
    const found: Record<string, AxeFinding[]> = {};
    await composer.open();
    await composer.composeMarkdown({ markdown: { title: '通知', text: '## 通知\n\n**dingpost** 上线了' } });
    await expect(composer.preview.getByRole('heading', { name: '通知' })).toBeVisible();
    found.composer = await seriousViolations(page);
    await composer.startSend();
    await expect(sendDialog.preview).toBeVisible();
    found.sendDialog = await seriousViolations(page);
    expect(found).toEqual({ composer: [], sendDialog: [] });
  });
}

test('the templates and history pages pass axe-core', async ({ page, templatesPage, historyPage, api }) => {
  await api.sendToSandbox({ msgtype: 'text', text: { content: 'dingpost 通知：a11y' } });
  await api.createTemplate({
    name: 'a11y 模板',
    description: '无障碍检查用',
    message: { msgtype: 'text', text: { content: 'dingpost 通知：{{who}}' } },
    variables: [{ name: 'who', label: '谁', default: '', sample: '张三' }],
  });
  const found: Record<string, AxeFinding[]> = {};

  await templatesPage.open();
  await expect(templatesPage.cards.first()).toBeVisible();
  found.templates = await seriousViolations(page);

  await historyPage.open();
  await expect(historyPage.rows.first()).toBeVisible();
  await historyPage.rows.first().getByRole('button', { name: '查看消息' }).click();
  found.history = await seriousViolations(page);

  expect(found).toEqual({ templates: [], history: [] });
});
