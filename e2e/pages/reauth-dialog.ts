import { expect, type Locator, type Page } from '@playwright/test';

/** The dialog that asks to log in again, over the page, when the session ends mid-work. */
export class ReauthDialog {
  readonly root: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: '登录已过期，请重新登录' });
    this.username = this.root.getByRole('textbox', { name: '用户名' });
    this.password = this.root.getByLabel(/^密码/);
    this.error = this.root.getByRole('alert');
  }

  /** Types the password and presses Enter, as someone at the keyboard would (the field has the focus). */
  async logIn(password: string): Promise<void> {
    await expect(this.password).toBeFocused();
    await this.password.fill(password);
    await this.password.press('Enter');
  }

  async logOut(): Promise<void> {
    await this.root.getByRole('button', { name: '退出登录' }).click();
  }
}
