import { expect, type Locator, type Page } from '@playwright/test';

/** /history: deliveries newest first, with status, robot and, on failure, the explanation and fix. */
export class HistoryPage {
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByRole('region', { name: '发送记录列表' }).getByRole('article');
  }

  async open(): Promise<void> {
    await this.page.goto('/history');
    await expect(this.page.getByRole('heading', { level: 1, name: '发送记录' })).toBeVisible();
  }

  /** The row whose heading (the message's summary) is `title`. */
  row(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async openInComposer(title: string | RegExp): Promise<void> {
    await this.row(title).first().getByRole('link', { name: '在撰写页打开' }).click();
  }
}
