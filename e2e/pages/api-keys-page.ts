import { expect, type Locator, type Page } from '@playwright/test';

export interface CreatedKey {
  token: string;
  /** The curl example exactly as the dialog shows it. */
  curl: string;
}

/** /api-keys (admins only): keys for scripts, the one-time token dialog, revoking. */
export class ApiKeysPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/api-keys');
    await expect(this.page.getByRole('heading', { level: 1, name: 'API 密钥' })).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** Creates a key and reads its token and curl example from the dialog, which then is closed. */
  async create(name: string): Promise<CreatedKey> {
    await this.page.getByRole('button', { name: '创建 API 密钥' }).click();
    const form = this.page.getByRole('dialog', { name: '创建 API 密钥' });
    await form.getByRole('textbox', { name: '名称' }).fill(name);
    await form.getByRole('button', { name: '创建', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `已创建“${name}”` });
    await expect(dialog.getByText('请现在复制密钥')).toBeVisible();
    const token = (await dialog.getByRole('textbox', { name: 'API 密钥' }).textContent()) ?? '';
    const curlBox = dialog.getByRole('textbox', { name: 'curl 示例' });
    // The example names a robot once the robots have loaded.
    await expect(curlBox).not.toContainText('<robot id>');
    const curl = (await curlBox.textContent()) ?? '';
    await dialog.getByRole('button', { name: '我已复制，关闭' }).click();
    await expect(dialog).toBeHidden();
    return { token, curl };
  }

  async revoke(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: '吊销' }).click();
    const dialog = this.page.getByRole('dialog', { name: `吊销“${name}”？` });
    await dialog.getByRole('button', { name: '吊销', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.card(name).getByText('已吊销', { exact: true })).toBeVisible();
  }
}
