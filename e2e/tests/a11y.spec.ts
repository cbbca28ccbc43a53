import { seriousViolations, type AxeFinding } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/index.ts';

// axe-core over the pages people use most, with content on them, in light and dark:
// no serious or critical violations.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`composer, send confirmation, templates and history pass axe-core (${colorScheme})`, async ({
    page,
    composer,
    sendDialog,
    templatesPage,
    historyPage,
    api,
  }) => {
    await page.emulateMedia({ colorScheme });
    await api.sendToSandbox({ msgtype: 'text', text: { content: 'dingpost 通知：a11y' } });
    await api.createTemplate({
      name: `a11y 模板 ${colorScheme}`,
      description: '无障碍检查用',
      message: { msgtype: 'text', text: { content: 'dingpost 通知：{{who}}' } },
      variables: [{ name: 'who', label: '谁', default: '', sample: '张三' }],
    });
    const found: Record<string, AxeFinding[]> = {};

    await composer.open();
    await composer.composeMarkdown({ markdown: { title: '通知', text: '## 通知\n\n**dingpost** 上线了' } });
    await expect(composer.preview.getByRole('heading', { name: '通知' })).toBeVisible();
    found.composer = await seriousViolations(page);
    await composer.startSend();
    await expect(sendDialog.preview).toBeVisible();
    found.sendDialog = await seriousViolations(page);

    await templatesPage.open();
    await expect(templatesPage.cards.first()).toBeVisible();
    found.templates = await seriousViolations(page);

    await historyPage.open();
    await expect(historyPage.rows.first()).toBeVisible();
    await historyPage.rows.first().getByRole('button', { name: '查看消息' }).click();
    found.history = await seriousViolations(page);

    expect(found).toEqual({ composer: [], sendDialog: [], templates: [], history: [] });
  });
}
