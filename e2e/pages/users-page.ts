import { expect, type Locator, type Page } from '@playwright/test';

export interface NewUser {
  username: string;
  password: string;
  role: 'admin' | 'editor';
}

const ROLE_LABELS = { admin: '管理员', editor: '编辑' } as const;

/** /users (admins only): one card per user with role, password reset, disable and delete. */
export class UsersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/users');
    await expect(this.page.getByRole('heading', { level: 1, name: '用户' })).toBeVisible();
  }

  card(username: string): Locator {
    return this.page.getByRole('article', { name: username, exact: true });
  }

  roleSelect(username: string): Locator {
    return this.card(username).getByRole('combobox', { name: '角色' });
  }

  async create(user: NewUser): Promise<void> {
    await this.page.getByRole('button', { name: '添加用户' }).click();
    const dialog = this.page.getByRole('dialog', { name: '添加用户' });
    await dialog.getByRole('textbox', { name: '用户名' }).fill(user.username);
    await dialog.getByLabel(/^初始密码/).fill(user.password);
    await dialog.getByRole('combobox', { name: '角色' }).selectOption({ label: ROLE_LABELS[user.role] });
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.card(user.username)).toBeVisible();
  }

  async setRole(username: string, role: NewUser['role']): Promise<void> {
    await this.roleSelect(username).selectOption({ label: ROLE_LABELS[role] });
  }

  async resetPassword(username: string, password: string): Promise<void> {
    await this.card(username).getByRole('button', { name: '重置密码' }).click();
    const dialog = this.page.getByRole('dialog', { name: `重置“${username}”的密码` });
    await dialog.getByLabel(/^新密码/).fill(password);
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the delete confirmation and confirms; returns the dialog (still open when the server refused). */
  async delete(username: string): Promise<Locator> {
    await this.card(username).getByRole('button', { name: '删除' }).click();
    const dialog = this.page.getByRole('dialog', { name: `删除用户“${username}”？` });
    await dialog.getByRole('button', { name: '删除' }).click();
    return dialog;
  }
}
