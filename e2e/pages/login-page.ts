import { expect, type Locator, type Page } from '@playwright/test';

/** /login: username, password, and why a login failed. */
export class LoginPage {
  readonly heading: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '登录 dingpost' });
    this.error = page.getByRole('alert');
  }

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/login(\?|$)/);
    await expect(this.heading).toBeVisible();
  }

  async logIn(username: string, password: string): Promise<void> {
    await this.page.getByRole('textbox', { name: '用户名' }).fill(username);
    await this.page.getByLabel(/^密码/).fill(password);
    await this.page.getByRole('button', { name: '登录', exact: true }).click();
  }

  /** The account button in the app bar, named after who is logged in. */
  userMenuButton(username: string): Locator {
    return this.page.getByRole('button', { name: `账号：${username}` });
  }

  async logOut(username: string): Promise<void> {
    await this.userMenuButton(username).click();
    await this.page.getByRole('menuitem', { name: '退出登录' }).click();
    await this.expectOpen();
  }
}
