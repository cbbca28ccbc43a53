import { expect, type Locator, type Page } from '@playwright/test';

export interface VariableSettings {
  label?: string;
  default?: string;
  sample?: string;
}

/** /templates: saved messages with {{variables}}; search, open, edit variables, send with values. */
export class TemplatesPage {
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.cards = page.getByRole('region', { name: '模板列表' }).getByRole('article');
  }

  async open(): Promise<void> {
    await this.page.goto('/templates');
    await expect(this.page.getByRole('heading', { level: 1, name: '模板' })).toBeVisible();
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: '搜索模板' }).fill(query);
  }

  /** Opens the composer on a blank message (the current draft one Undo away) to write a new template. */
  async startNewTemplate(): Promise<void> {
    await this.page.getByRole('link', { name: '新建模板' }).click();
  }

  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  async openInComposer(name: string): Promise<void> {
    await this.card(name).getByRole('link', { name: '在撰写页打开' }).click();
  }

  /** Sets each variable's label, default and sample in the variables dialog and saves. */
  async editVariables(name: string, variables: Record<string, VariableSettings>): Promise<void> {
    await this.card(name).getByRole('button', { name: '编辑变量' }).click();
    const dialog = this.page.getByRole('dialog', { name: `“${name}”的变量` });
    for (const [variable, settings] of Object.entries(variables)) {
      const group = dialog.getByRole('group', { name: `变量 ${variable}` });
      if (settings.label !== undefined) await group.getByRole('textbox', { name: '标签' }).fill(settings.label);
      if (settings.default !== undefined) await group.getByRole('textbox', { name: '默认值' }).fill(settings.default);
      if (settings.sample !== undefined) await group.getByRole('textbox', { name: '示例值' }).fill(settings.sample);
    }
    await dialog.getByRole('button', { name: '保存变量' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the send dialog of a template: the small form that asks for the variables' values. */
  async startSend(name: string): Promise<TemplateSendDialog> {
    await this.card(name).getByRole('button', { name: '发送', exact: true }).click();
    const dialog = new TemplateSendDialog(this.page.getByRole('dialog', { name: `用“${name}”发送` }));
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}

export class TemplateSendDialog {
  readonly preview: Locator;
  readonly outcome: Locator;

  constructor(readonly root: Locator) {
    this.preview = root.getByTestId('message-preview');
    this.outcome = root.getByTestId('delivery-outcome');
  }

  /** A variable's field, named by its label (or its name when it has no label). */
  value(label: string): Locator {
    return this.root.getByRole('group', { name: '变量值' }).getByRole('textbox', { name: label });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.value(label).fill(value);
  }

  async send(): Promise<void> {
    await this.root.getByRole('button', { name: '发送', exact: true }).click();
  }
}
