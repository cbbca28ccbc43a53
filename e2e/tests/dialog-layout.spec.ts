import { expect, test } from '../fixtures/index.ts';

test('a send dialog with a long preview scrolls its content, keeping its title and Send button in sight', async ({
  templatesPage,
  api,
}) => {
  const name = `e2e 长预览 ${Date.now()}`;
  await api.createTemplate({
    name,
    description: '',
    message: { msgtype: 'markdown', markdown: { title: 'dingpost 通知', text: '### 通知\n\n{{body}}' } },
    variables: [{ name: 'body', label: '正文', default: '', sample: '' }],
  });
  await templatesPage.open();
  await templatesPage.search(name);
  const dialog = await templatesPage.startSend(name);
  // Well under DingTalk's size limit, yet a preview several screens tall.
  await dialog.fill({ 正文: '很长的一段说明文字。'.repeat(300) });
  await expect(dialog.preview).toContainText('很长的一段说明文字。');

  await expect(dialog.root.getByRole('heading', { name: `用“${name}”发送` })).toBeInViewport();
  await expect(dialog.root.getByRole('button', { name: '发送', exact: true })).toBeInViewport();
  await expect(dialog.root.getByRole('button', { name: '取消' })).toBeInViewport();

  // What became of the send shows under the preview: it is brought into sight.
  await dialog.send();
  await expect(dialog.outcome).toBeInViewport();
});
