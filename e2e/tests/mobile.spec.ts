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
  await expect(sendDialog.root.getByText(/Ctrl\+Enter|⌘\+Enter/)).toBeHidden();
  await sendDialog.confirm();
  await expect(composer.outcome).toContainText('已发送到「');
  expect(await horizontalOverflow(page)).toBe(0);
  await api.expectNewestSandboxMessage(message);

  // A short message leaves the full-screen dialog room to spare: its sections keep their own height.
  await composer.composeText({ msgtype: 'text', text: { content: '通知：短' } });
  await composer.startSend();
  expect((await sendDialog.keywordCheck().boundingBox())!.height).toBeLessThan(80);
});

test('on a phone every page is one tap away, and the audit log scrolls inside its table, names unbroken', async ({
  page,
  shell,
}) => {
  await page.goto('/');
  await expect(shell.heading()).toHaveText('撰写');
  expect(await horizontalOverflow(page)).toBe(0);

  await shell.openPhoneNav();
  for (const name of ['撰写', '模板', '发送记录', '沙箱收件箱', '机器人', '用户', 'API 密钥', '审计日志']) {
    const link = shell.navLink(name);
    await expect(link).toBeInViewport();
  }
  await shell.navLink('审计日志').click();
  await expect(shell.heading()).toHaveText('审计日志');
  await expect(shell.nav).toBeHidden();

  const table = page.getByRole('region', { name: '审计记录' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  // The table is wider than the phone and scrolls sideways in its own box, to its last column.
  const box = (await table.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await table.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(table.getByRole('columnheader', { name: '详情' })).toBeInViewport();
  // Each actor's name sits on one line: no "e2e-ad/min".
  const names = table.locator('tbody tr td:nth-child(2) > div:first-child');
  const lines = await names.evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  );
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.every((count) => count === 1)).toBe(true);
});
