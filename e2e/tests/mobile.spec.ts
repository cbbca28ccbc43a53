import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/index.ts';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

/** Page-level horizontal overflow, in CSS pixels (0 when nothing scrolls sideways). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('the composer is usable at 375 px: editor and preview stacked, no sideways scrolling', async ({
  page,
  composer,
  sendDialog,
  api,
}) => {
  await composer.open();
  expect(await horizontalOverflow(page)).toBe(0);

  const message = {
    msgtype: 'markdown' as const,
    markdown: {
      title: 'dingpost 通知',
      text: '## 手机上也能写\n\n**加粗** 与一个很长的链接 https://example.com/a/very/long/path/that/does/not/break/anywhere/at/all/0123456789abcdef\n\n- 第一\n- 第二',
    },
  };
  await composer.compose(message);
  await expect(composer.preview.getByRole('heading', { name: '手机上也能写' })).toBeVisible();

  // Stacked: the preview starts below the editor, and both fit the screen's width.
  const editor = (await composer.field('内容').boundingBox())!;
  const preview = (await composer.preview.boundingBox())!;
  expect(preview.y).toBeGreaterThanOrEqual(editor.y + editor.height);
  for (const box of [editor, preview]) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
  expect(await horizontalOverflow(page)).toBe(0);

  await composer.startSend();
  await expect(sendDialog.preview.getByRole('heading', { name: '手机上也能写' })).toBeVisible();
  const dialog = (await sendDialog.root.boundingBox())!;
  expect(dialog.width).toBeLessThanOrEqual(375);
  await sendDialog.confirm();
  await expect(composer.outcome).toContainText('已发送到「');
  expect(await horizontalOverflow(page)).toBe(0);
  await api.expectNewestSandboxMessage(message);
});
