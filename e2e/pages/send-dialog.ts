import { expect, type Locator, type Page } from '@playwright/test';

/** Preview-before-send: the exact message, the robot, who is @-mentioned, the keyword check, warnings. */
export class SendDialog {
  readonly root: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: /^确认发送到「/ });
    this.preview = this.root.getByRole('region', { name: '将要发送的消息' }).getByTestId('message-preview');
  }

  /** The keyword check for the chosen robot, as an alert (found, missing, or none set). */
  keywordCheck(): Locator {
    return this.root.getByText(/包含关键词：|没有包含机器人「|未设置关键词/);
  }

  mentions(): Locator {
    return this.root.getByRole('heading', { name: '将 @ 的人' }).locator('xpath=following-sibling::*[1]');
  }

  async confirm(): Promise<void> {
    await this.root.getByRole('button', { name: '确认发送' }).click();
    await expect(this.root).toBeHidden({ timeout: 15_000 });
  }

  async confirmWithShortcut(): Promise<void> {
    await this.root.press('ControlOrMeta+Enter');
    await expect(this.root).toBeHidden({ timeout: 15_000 });
  }
}
