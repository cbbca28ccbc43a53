import type { Locator, Page } from '@playwright/test';

export type NavTarget = '撰写' | '模板' | '发送记录' | '沙箱收件箱' | '机器人';

/** The frame around every page: main navigation and the language switch. Labels are the Chinese default's. */
export class AppShell {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation');
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  /** On a phone the pages are behind the nav button: open it, then use `navLink` as on a desktop. */
  async openPhoneNav(): Promise<void> {
    await this.page.getByRole('button', { name: '打开导航' }).click();
  }

  async goTo(target: NavTarget): Promise<void> {
    await this.navLink(target).click();
  }

  /** The switch is named after the language it switches to, written in that language. */
  async switchToEnglish(): Promise<void> {
    await this.page.getByRole('button', { name: 'English', exact: true }).click();
  }

  async switchToChinese(): Promise<void> {
    await this.page.getByRole('button', { name: '中文', exact: true }).click();
  }

  /** The page's own heading (each page has one h1). */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}
