import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/index.ts';

// A made-up token on DingTalk's real host: the robot is saved but never sent to (no internet here).
const TOKEN = 'e2e0c0ffee1234567890abcdef1234567890abcdef1234567890abcdef5a7c';

test('a robot added from its webhook URL is saved and its token is never shown again', async ({
  page,
  robotsPage,
  api,
}) => {
  await robotsPage.open();
  await expect(robotsPage.card('Sandbox / 沙箱机器人')).toBeVisible();

  await robotsPage.add({
    name: 'e2e 运维群',
    webhook: `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`,
    keywords: ['告警'],
  });

  const card = robotsPage.card('e2e 运维群');
  await expect(card).toBeVisible();
  await expect(robotsPage.tokenChip('e2e 运维群')).toHaveText(new RegExp(`^令牌 …${TOKEN.slice(-4)}$`));
  await expect(card.getByText('告警', { exact: true })).toBeVisible();
  await expect(card.getByText('未加签')).toBeVisible();

  // Neither the page nor the API gives the token back, after saving or after a reload.
  await page.reload();
  await expect(card).toBeVisible();
  expect(await page.content()).not.toContain(TOKEN);
  expect(await api.text('/api/robots')).not.toContain(TOKEN);
  // Editing offers to replace the token, never to show it.
  await card.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑机器人' });
  await expect(edit.getByRole('textbox', { name: '新的 Webhook 地址' })).toHaveValue('');
  await expect(edit).toContainText(`留空则保留当前令牌（…${TOKEN.slice(-4)}）`);
  expect(await page.content()).not.toContain(TOKEN);
  await edit.getByRole('button', { name: '取消' }).click();

  const saved = (await api.robots()).find((robot) => robot.name === 'e2e 运维群');
  expect(saved).toMatchObject({ sandbox: false, hasSecret: false, keywords: ['告警'] });
  expect(TOKEN.endsWith(saved!.tokenHint)).toBe(true);
});

/** The server's refusal on the webhook field, in the UI's language, with the focus there to fix it. */
async function expectWebhookRefused(webhook: Locator, description: RegExp): Promise<void> {
  await expect(webhook).toHaveAttribute('aria-invalid', 'true');
  await expect(webhook).toHaveAccessibleDescription(description);
  await expect(webhook).toBeFocused();
}

test('a webhook URL on another host is refused on its field', async ({ robotsPage, api }) => {
  await robotsPage.open();
  const { dialog, webhook } = await robotsPage.submitNew({
    name: 'e2e 外站',
    webhook: `https://example.com/robot/send?access_token=${TOKEN}`,
  });
  await expectWebhookRefused(webhook, /^只接受钉钉机器人的 Webhook 地址/);
  await expect(dialog).toBeVisible();
  expect((await api.robots()).map((robot) => robot.name)).not.toContain('e2e 外站');
});

test('a webhook another robot already has is refused on its field, naming that robot', async ({ robotsPage, api }) => {
  const token = TOKEN.replace('e2e', 'd0b');
  await api.createRobot({
    name: 'e2e 已有的群',
    webhook: `https://oapi.dingtalk.com/robot/send?access_token=${token}`,
  });
  await robotsPage.open();
  const { webhook } = await robotsPage.submitNew({ name: 'e2e 重复的群', webhook: token });
  await expectWebhookRefused(webhook, /^这个 Webhook 已添加为机器人“e2e 已有的群”/);
  expect((await api.robots()).map((robot) => robot.name)).not.toContain('e2e 重复的群');
});

test('a robot with messages still waiting is deleted only when asked again, and the focus lands on the heading', async ({
  page,
  robotsPage,
  api,
}) => {
  await robotsPage.open();
  await robotsPage.add({
    name: 'e2e 待删除群',
    webhook: `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN.replace('e2e', 'de1')}`,
    keywords: ['告警'],
  });
  // DingTalk's real host is out of reach here: the message stays waiting to be sent.
  const robot = (await api.robots()).find((candidate) => candidate.name === 'e2e 待删除群');
  await api.queue(robot!.id, { msgtype: 'text', text: { content: '告警：e2e' } });

  // Keyboard only: Delete, then Tab from Cancel to the dialog's Delete, and Enter.
  await robotsPage.card('e2e 待删除群').getByRole('button', { name: '删除' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: '删除机器人“e2e 待删除群”？' });
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Said in Chinese, with what deleting now would do, not the API's "?force=1".
  await expect(dialog.getByRole('alert')).toHaveText(
    '它还有消息在排队等待发送。可以等它们发完再删除；现在删除，这些消息会被标为发送失败。',
  );
  await dialog.getByRole('button', { name: '仍然删除' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(robotsPage.card('e2e 待删除群')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: '机器人' })).toBeFocused();
});
