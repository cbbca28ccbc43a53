import type {
  ActionCardMessage,
  DingtalkMessage,
  FeedCardMessage,
  LinkMessage,
  MarkdownMessage,
  TextMessage,
} from '@dingpost/shared';
import { expect, type Locator, type Page } from '@playwright/test';
import { SendDialog } from './send-dialog.ts';

/** The six kinds as the picker names them (zh-CN). */
export const KIND_LABELS = {
  text: '文本',
  link: '链接',
  markdown: 'Markdown',
  actionCardWhole: '卡片（整体跳转）',
  actionCardIndependent: '卡片（独立跳转）',
  feedCard: '信息流卡片',
} as const;
export type KindLabel = (typeof KIND_LABELS)[keyof typeof KIND_LABELS];

/** The composer at /: kind picker, the kind's form, robot picker, send, live preview and checks. */
export class ComposerPage {
  readonly form: Locator;
  readonly preview: Locator;
  readonly insights: Locator;
  readonly outcome: Locator;
  /** The alert under Send saying why the message cannot go out yet (incomplete, JSON broken, too long). */
  readonly blockedAlert: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('tabpanel');
    this.preview = page.getByRole('region', { name: '预览', exact: true }).getByTestId('message-preview');
    this.insights = page.getByRole('region', { name: '检查', exact: true });
    // The send outcome: "sent"/"queued" are a status, a failure is an alert.
    this.outcome = page
      .getByRole('status')
      .or(page.getByRole('alert'))
      .filter({ hasText: /已发送到「|」失败|发送请求失败|发送队列/ });
    this.blockedAlert = page.getByRole('alert').filter({ hasText: /消息还不完整|不能发送/ });
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1, name: '撰写' })).toBeVisible();
    await expect(this.robotPicker()).toBeEnabled();
  }

  async chooseKind(label: KindLabel): Promise<void> {
    const radio = this.page.getByRole('radio', { name: label, exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  }

  field(name: string): Locator {
    return this.form.getByRole('textbox', { name, exact: true });
  }

  robotPicker(): Locator {
    return this.page.getByRole('combobox', { name: '机器人', exact: true });
  }

  /** Composes `message` through the form of its kind (never the JSON tab). */
  async compose(message: DingtalkMessage): Promise<void> {
    switch (message.msgtype) {
      case 'text':
        return this.composeText(message);
      case 'link':
        return this.composeLink(message);
      case 'markdown':
        return this.composeMarkdown(message);
      case 'actionCard':
        return this.composeActionCard(message);
      case 'feedCard':
        return this.composeFeedCard(message);
    }
  }

  /** Types the content, then adds each mention with the mention chips (which append `@id` to the content). */
  async composeText(message: TextMessage, typedContent = message.text.content): Promise<void> {
    await this.chooseKind(KIND_LABELS.text);
    await this.field('内容').fill(typedContent);
    for (const mobile of message.at?.atMobiles ?? []) await this.addMention('手机号', mobile);
    for (const userId of message.at?.atUserIds ?? []) await this.addMention('用户 ID', userId);
    if (message.at?.isAtAll) await this.form.getByRole('switch', { name: '@所有人' }).check();
  }

  async addMention(list: '手机号' | '用户 ID', id: string): Promise<void> {
    await this.field(list).fill(id);
    await this.form.getByRole('button', { name: list === '手机号' ? '添加手机号' : '添加用户' }).click();
    await expect(this.form.getByRole('button', { name: `移除 @${id}` })).toBeVisible();
  }

  async composeLink({ link }: LinkMessage): Promise<void> {
    await this.chooseKind(KIND_LABELS.link);
    await this.field('标题').fill(link.title);
    await this.field('内容').fill(link.text);
    await this.field('链接地址').fill(link.messageUrl);
    if (link.picUrl) await this.field('图片地址').fill(link.picUrl);
  }

  async composeMarkdown({ markdown }: MarkdownMessage | { markdown: MarkdownMessage['markdown'] }): Promise<void> {
    await this.chooseKind(KIND_LABELS.markdown);
    await this.fillMarkdown(markdown);
  }

  async fillMarkdown(markdown: { title: string; text: string }): Promise<void> {
    await this.field('标题').fill(markdown.title);
    await this.field('内容').fill(markdown.text);
  }

  async composeActionCard({ actionCard: card }: ActionCardMessage): Promise<void> {
    const whole = card.singleTitle !== undefined || card.singleURL !== undefined;
    await this.chooseKind(whole ? KIND_LABELS.actionCardWhole : KIND_LABELS.actionCardIndependent);
    await this.field('标题').fill(card.title);
    await this.field('内容').fill(card.text);
    if (whole) {
      await this.field('按钮文字').fill(card.singleTitle ?? '');
      await this.field('按钮链接').fill(card.singleURL ?? '');
      return;
    }
    const orientation = card.btnOrientation === '1' ? '横排' : '竖排';
    await this.form.getByRole('radiogroup', { name: '按钮排列' }).getByRole('radio', { name: orientation }).check();
    const buttons = card.btns ?? [];
    await this.setRowCount(buttons.length, '按钮', '添加按钮', (n) => `删除按钮 ${n}`);
    for (const [index, button] of buttons.entries()) {
      await this.field(`按钮 ${index + 1} 文字`).fill(button.title);
      await this.field(`按钮 ${index + 1} 链接`).fill(button.actionURL);
    }
  }

  async composeFeedCard({ feedCard }: FeedCardMessage): Promise<void> {
    await this.chooseKind(KIND_LABELS.feedCard);
    await this.setRowCount(feedCard.links.length, '条目', '添加条目', (n) => `删除条目 ${n}`);
    for (const [index, link] of feedCard.links.entries()) {
      await this.field(`条目 ${index + 1} 标题`).fill(link.title);
      await this.field(`条目 ${index + 1} 链接`).fill(link.messageURL);
      await this.field(`条目 ${index + 1} 图片地址`).fill(link.picURL);
    }
  }

  /** Adds or removes rows of a dynamic list (buttons, feed items) until it has `count`. */
  private async setRowCount(count: number, row: string, add: string, remove: (n: number) => string): Promise<void> {
    const titles = this.form.getByRole('textbox', { name: new RegExp(`^${row} \\d+ (文字|标题)$`) });
    while ((await titles.count()) < count) {
      const before = await titles.count();
      await this.form.getByRole('button', { name: add }).click();
      await expect(titles).toHaveCount(before + 1);
    }
    while ((await titles.count()) > count) {
      const before = await titles.count();
      await this.form.getByRole('button', { name: remove(before) }).click();
      await expect(titles).toHaveCount(before - 1);
    }
  }

  /** Presses 发送 and nothing more: either the confirmation opens or `blockedAlert` says why not. */
  async pressSend(): Promise<void> {
    await this.page.getByRole('button', { name: '发送', exact: true }).click();
  }

  /** Presses 发送: the message is checked, then the confirmation with the exact preview opens. */
  async startSend(): Promise<SendDialog> {
    await this.pressSend();
    const dialog = new SendDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Composes nothing more: sends what is in the form through the confirmation and waits for the outcome. */
  async sendAndConfirm(): Promise<void> {
    const dialog = await this.startSend();
    await dialog.confirm();
  }

  async saveAsTemplate(
    name: string,
    description: string,
    variables: Record<string, { label?: string; default?: string; sample?: string }>,
  ): Promise<void> {
    await this.page.getByRole('button', { name: '存为模板' }).click();
    const dialog = this.page.getByRole('dialog', { name: '存为模板' });
    await dialog.getByRole('textbox', { name: '模板名称' }).fill(name);
    await dialog.getByRole('textbox', { name: '说明' }).fill(description);
    for (const [variable, settings] of Object.entries(variables)) {
      if (settings.label !== undefined)
        await dialog.getByRole('textbox', { name: `${variable} 的标签` }).fill(settings.label);
      if (settings.default !== undefined)
        await dialog.getByRole('textbox', { name: `${variable} 的默认值` }).fill(settings.default);
      if (settings.sample !== undefined)
        await dialog.getByRole('textbox', { name: `${variable} 的示例值` }).fill(settings.sample);
    }
    await dialog.getByRole('button', { name: '保存模板' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('status').filter({ hasText: `已保存模板「${name}」` })).toBeVisible();
  }
}
