import { expect, type Locator, type Page } from '@playwright/test';

/** /sandbox: what the built-in DingTalk emulator received, newest first, in the shared preview. */
export class SandboxInboxPage {
  readonly messages: Locator;

  constructor(readonly page: Page) {
    this.messages = page.getByRole('region', { name: '收到的消息' }).getByRole('article');
  }

  async open(): Promise<void> {
    await this.page.goto('/sandbox');
    await expect(this.page.getByRole('heading', { level: 1, name: '沙箱收件箱' })).toBeVisible();
  }

  newest(): Locator {
    return this.messages.first();
  }

  newestPreview(): Locator {
    return this.newest().getByTestId('message-preview');
  }

  /** Opens the newest message's JSON and parses it as shown. */
  async newestJson(): Promise<unknown> {
    const newest = this.newest();
    await newest.getByRole('button', { name: '查看 JSON' }).click();
    const text = await newest.getByLabel('消息 JSON').textContent();
    return JSON.parse(text ?? 'null');
  }
}
