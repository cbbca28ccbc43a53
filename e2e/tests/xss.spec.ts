import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/index.ts';

/** Each would set window.__xss if the preview let it run. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '[x](javascript:window.__xss=1)',
  '<script>window.__xss=1</script>',
  '<a href="javascript:window.__xss=1">click me</a>',
  '![y](javascript:window.__xss=1)',
  '<svg onload="window.__xss=1"></svg>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '[z](JaVaScRiPt:window.__xss=1)',
  '<font color="red" onmouseover="window.__xss=1">hover</font>',
];

async function expectInert(page: Page, preview: Locator): Promise<void> {
  await expect(preview).toBeVisible();
  // Click every link and hover every element the preview made of the payloads.
  for (const link of await preview.locator('a').all()) await link.click({ noWaitAfter: true, force: true });
  for (const element of await preview.locator('.dp-md *').all()) await element.hover({ force: true });
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(preview.locator('script, iframe, svg[onload], [onerror], [onload], [onmouseover]')).toHaveCount(0);
  await expect(preview.locator('[href^="javascript" i], [src^="javascript" i]')).toHaveCount(0);
  // The payloads are shown as text (escaped), not dropped silently.
  await expect(preview).toContainText('window.__xss=1');
}

test('an XSS payload typed into markdown stays inert in the preview, the confirmation and the inbox', async ({
  page,
  composer,
  sendDialog,
  sandboxInbox,
  api,
}) => {
  await composer.open();
  await composer.composeMarkdown({
    markdown: { title: 'dingpost 通知', text: `### 安全测试\n\n${PAYLOADS.join('\n\n')}` },
  });
  await expect(composer.preview.getByRole('heading', { name: '安全测试' })).toBeVisible();
  await expectInert(page, composer.preview);
  await expect(page).toHaveURL(/\/$/);

  await composer.startSend();
  await expectInert(page, sendDialog.preview);
  await sendDialog.confirm();
  await expect(composer.outcome).toContainText('已发送到「');

  const received = await api.newestSandboxMessage();
  expect(received?.message.msgtype === 'markdown' && received.message.markdown.text).toContain(PAYLOADS[0]);
  await sandboxInbox.open();
  await expectInert(page, sandboxInbox.newestPreview());
});
