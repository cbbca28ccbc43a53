import type { DingtalkMessage } from '@dingpost/shared';
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/index.ts';
import { IMAGE_HOST } from '../fixtures/images.ts';

interface Case {
  name: string;
  /** What the form is filled with; for text, the content typed before the mention chips add `@…`. */
  message: DingtalkMessage;
  typedContent?: string;
  /** The exact wire object the Sandbox robot must receive (msgUuid aside). */
  expected: DingtalkMessage;
  /** What the group sees: checked in the composer's preview and again in the sandbox inbox. */
  seen: (preview: Locator) => Promise<void>;
  /** Confirm with Ctrl/⌘+Enter instead of the button. */
  viaShortcut?: boolean;
}

const text: DingtalkMessage = {
  msgtype: 'text',
  text: { content: 'dingpost 通知：今晚 22:00 发布 v2.3 @13800000000' },
  at: { atMobiles: ['13800000000'] },
};

const link: DingtalkMessage = {
  msgtype: 'link',
  link: {
    title: 'dingpost 通知：v2.3 发布说明',
    text: '更快的预览、模板变量和沙箱收件箱',
    messageUrl: 'https://example.com/releases/2.3',
    picUrl: `${IMAGE_HOST}/cover.png`,
  },
};

const markdown: DingtalkMessage = {
  msgtype: 'markdown',
  markdown: {
    title: 'dingpost 通知',
    text: '## 发布通知\n\n**v2.3** 已上线，详见 [发布说明](https://example.com/notes)\n\n- 更快的预览\n- 模板变量\n\n> 感谢大家',
  },
};

const actionCardWhole: DingtalkMessage = {
  msgtype: 'actionCard',
  actionCard: {
    title: 'dingpost 周报',
    text: '### 本周周报\n\n可用性 **99.95%**，通知如下',
    singleTitle: '阅读全文',
    singleURL: 'https://example.com/weekly/42',
  },
};

const actionCardIndependent: DingtalkMessage = {
  msgtype: 'actionCard',
  actionCard: {
    title: 'dingpost 审批通知',
    text: '### 请审批\n\n**张三** 的报销单：¥ 1,280',
    btnOrientation: '1',
    btns: [
      { title: '同意', actionURL: 'https://example.com/approve/7' },
      { title: '拒绝', actionURL: 'https://example.com/reject/7' },
      { title: '查看详情', actionURL: 'https://example.com/expenses/7' },
    ],
  },
};

const feedCard: DingtalkMessage = {
  msgtype: 'feedCard',
  feedCard: {
    links: [
      { title: 'dingpost 通知：发布 v2.3', messageURL: 'https://example.com/news/1', picURL: `${IMAGE_HOST}/1.png` },
      { title: '预览速度提升三倍', messageURL: 'https://example.com/news/2', picURL: `${IMAGE_HOST}/2.png` },
      { title: '模板支持变量', messageURL: 'https://example.com/news/3', picURL: `${IMAGE_HOST}/3.png` },
    ],
  },
};

const cases: Case[] = [
  {
    name: 'text with an @mobile mention',
    message: text,
    typedContent: 'dingpost 通知：今晚 22:00 发布 v2.3',
    expected: text,
    seen: async (preview) => {
      await expect(preview).toContainText('dingpost 通知：今晚 22:00 发布 v2.3');
      await expect(preview.getByText('@13800000000', { exact: true })).toBeVisible();
    },
  },
  {
    name: 'link card, confirmed with Ctrl/⌘+Enter',
    viaShortcut: true,
    message: link,
    expected: link,
    seen: async (preview) => {
      await expect(preview.getByText('dingpost 通知：v2.3 发布说明', { exact: true })).toBeVisible();
      await expect(preview.getByText('更快的预览、模板变量和沙箱收件箱', { exact: true })).toBeVisible();
      await expect(preview.locator(`img[src="${IMAGE_HOST}/cover.png"]`)).toBeVisible();
    },
  },
  {
    name: 'markdown',
    message: markdown,
    expected: markdown,
    seen: async (preview) => {
      await expect(preview.getByRole('heading', { name: '发布通知' })).toBeVisible();
      await expect(preview.locator('strong', { hasText: 'v2.3' })).toBeVisible();
      await expect(preview.getByRole('link', { name: '发布说明' })).toHaveAttribute(
        'href',
        'https://example.com/notes',
      );
      await expect(preview.getByRole('listitem')).toHaveText(['更快的预览', '模板变量']);
      await expect(preview.locator('blockquote', { hasText: '感谢大家' })).toBeVisible();
    },
  },
  {
    name: 'ActionCard, whole jump',
    message: actionCardWhole,
    expected: actionCardWhole,
    seen: async (preview) => {
      await expect(preview.getByRole('heading', { name: '本周周报' })).toBeVisible();
      await expect(preview.locator('strong', { hasText: '99.95%' })).toBeVisible();
      await expect(preview.getByText('阅读全文', { exact: true })).toBeVisible();
    },
  },
  {
    name: 'ActionCard, independent jump, buttons side by side',
    message: actionCardIndependent,
    expected: actionCardIndependent,
    seen: async (preview) => {
      await expect(preview.getByRole('heading', { name: '请审批' })).toBeVisible();
      for (const title of ['同意', '拒绝', '查看详情'])
        await expect(preview.getByText(title, { exact: true })).toBeVisible();
      // Side by side: the three buttons share one row.
      const tops = await Promise.all(
        ['同意', '拒绝', '查看详情'].map(
          async (title) => (await preview.getByText(title, { exact: true }).boundingBox())!.y,
        ),
      );
      expect(new Set(tops.map(Math.round)).size).toBe(1);
    },
  },
  {
    name: 'FeedCard with three items',
    message: feedCard,
    expected: feedCard,
    seen: async (preview) => {
      const titles = ['dingpost 通知：发布 v2.3', '预览速度提升三倍', '模板支持变量'];
      for (const title of titles) await expect(preview.getByText(title, { exact: true })).toBeVisible();
      // The first item is the large one, above the rows.
      const boxes = await Promise.all(titles.map(async (title) => (await preview.getByText(title).boundingBox())!));
      expect(boxes[0]!.y).toBeLessThan(boxes[1]!.y);
      expect(boxes[1]!.y).toBeLessThan(boxes[2]!.y);
      await expect(preview.locator('img')).toHaveCount(3);
    },
  },
];

for (const c of cases) {
  test(`${c.name}: composed in the form, previewed, sent to the Sandbox robot, received exactly`, async ({
    composer,
    sendDialog,
    sandboxInbox,
    api,
  }) => {
    await composer.open();
    if (c.message.msgtype === 'text') await composer.composeText(c.message, c.typedContent);
    else await composer.compose(c.message);
    await c.seen(composer.preview);

    await composer.startSend();
    await c.seen(sendDialog.preview);
    await expect(sendDialog.keywordCheck()).toHaveText(/^包含关键词：/);
    const mentioned = (c.expected.at?.atMobiles ?? []).map((id) => `@${id}`).join('、');
    await expect(sendDialog.mentions()).toHaveText(mentioned || '不 @ 任何人');
    if (c.viaShortcut) await sendDialog.confirmWithShortcut();
    else await sendDialog.confirm();
    await expect(composer.outcome).toContainText('已发送到「Sandbox / 沙箱机器人」');

    await api.expectNewestSandboxMessage(c.expected);
    await sandboxInbox.open();
    await c.seen(sandboxInbox.newestPreview());
    const { msgUuid: _ignored, ...shown } = (await sandboxInbox.newestJson()) as DingtalkMessage;
    expect(shown).toEqual(c.expected);
  });
}
