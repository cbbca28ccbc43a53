import { SANDBOX_KEYWORDS } from '@dingpost/shared';
import { expect, test } from '../fixtures/index.ts';

// Ideographs and full-width forms; the ideographic comma is left to the keyword lists (user data).
const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

const NAV = {
  zh: ['撰写', '模板', '发送记录', '沙箱收件箱', '机器人'],
  en: ['Composer', 'Templates', 'History', 'Sandbox inbox', 'Robots'],
};
const KINDS = {
  zh: ['文本', '链接', 'Markdown', '卡片（整体跳转）', '卡片（独立跳转）', '信息流卡片'],
  en: ['Text', 'Link', 'Markdown', 'ActionCard (one button)', 'ActionCard (several buttons)', 'FeedCard'],
};
const FIELDS = { zh: ['标题', '内容'], en: ['Title', 'Content'] };
const BUTTONS = { zh: ['发送', '存为模板', '新建消息'], en: ['Send', 'Save as template', 'New message'] };
const SECTIONS = { zh: ['预览', '检查'], en: ['Preview', 'Checks'] };

test('every nav and composer label switches between Chinese and English', async ({ page, shell, composer }) => {
  await composer.open();
  await composer.chooseKind('Markdown');

  const expectLabels = async (lang: 'zh' | 'en') => {
    for (const name of NAV[lang]) await expect(shell.navLink(name)).toBeVisible();
    for (const name of KINDS[lang]) await expect(page.getByRole('radio', { name, exact: true })).toBeVisible();
    for (const name of FIELDS[lang])
      await expect(page.getByRole('tabpanel').getByRole('textbox', { name, exact: true })).toBeVisible();
    for (const name of BUTTONS[lang])
      await expect(page.getByRole('button', { name, exact: true }).first()).toBeVisible();
    for (const name of SECTIONS[lang]) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: lang === 'zh' ? '机器人' : 'Robot', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
  };

  await expectLabels('zh');
  await shell.switchToEnglish();
  await expectLabels('en');

  // No Chinese left on the page but user data (the robot's name, its keywords) and the switch back.
  let visible = (await page.locator('body').innerText()).replaceAll('Sandbox / 沙箱机器人', '').replaceAll('中文', '');
  for (const keyword of SANDBOX_KEYWORDS) visible = visible.replaceAll(keyword, '');
  expect(visible.split('\n').filter((line) => CJK.test(line))).toEqual([]);

  // Validation messages follow the language, including one already on screen.
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(' ');
  // In the field (the checks list the same problem by field name).
  await expect(composer.form.getByText('The title cannot be empty')).toBeVisible();
  await shell.switchToChinese();
  await expectLabels('zh');
  await expect(composer.form.getByText('标题不能为空')).toBeVisible();

  // The choice is remembered across a reload.
  await shell.switchToEnglish();
  await page.reload();
  await expectLabels('en');
});
