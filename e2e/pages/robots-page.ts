import { expect, type Locator, type Page } from '@playwright/test';

export interface NewRobot {
  name: string;
  webhook: string;
  secret?: string;
  keywords?: string[];
}

/** /robots: the robots dingpost can send with, and the dialog that adds one from DingTalk's webhook URL. */
export class RobotsPage {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('region', { name: '机器人列表' });
  }

  async open(): Promise<void> {
    await this.page.goto('/robots');
    await expect(this.page.getByRole('heading', { level: 1, name: '机器人' })).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  async add(robot: NewRobot): Promise<void> {
    const { dialog } = await this.submitNew(robot);
    await expect(dialog).toBeHidden();
  }

  /** Fills the add dialog and presses Add; the dialog stays open when the server refuses. */
  async submitNew(robot: NewRobot): Promise<{ dialog: Locator; webhook: Locator }> {
    await this.page.getByRole('button', { name: '添加机器人' }).click();
    const dialog = this.page.getByRole('dialog', { name: '添加机器人' });
    const webhook = dialog.getByRole('textbox', { name: 'Webhook 地址' });
    await dialog.getByRole('textbox', { name: '名称' }).fill(robot.name);
    await webhook.fill(robot.webhook);
    if (robot.secret) await dialog.getByRole('textbox', { name: '加签密钥' }).fill(robot.secret);
    for (const keyword of robot.keywords ?? []) {
      const input = dialog.getByRole('combobox', { name: '关键词' });
      await input.fill(keyword);
      await input.press('Enter');
    }
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    return { dialog, webhook };
  }

  /** What a card shows of its token: the hint chip. */
  tokenChip(name: string): Locator {
    return this.card(name).getByText(/^令牌 …/);
  }
}
