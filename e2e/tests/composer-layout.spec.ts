import { expect, test } from '../fixtures/index.ts';
import { KIND_LABELS } from '../pages/composer-page.ts';

test.use({ viewport: { width: 1440, height: 900 } });

test('a very long message scrolls inside the preview, and Send says it is too long', async ({ page, composer }) => {
  await composer.open();
  await composer.chooseKind(KIND_LABELS.text);
  // ~63 KB: three times DingTalk's limit.
  await composer.field('内容').fill(`通知：${'这是一段很长的文字，'.repeat(2100)}`);
  await expect(composer.preview).toContainText('这是一段很长的文字');

  // The checks stay beside the editor instead of 24,000 px down the page.
  await expect(composer.insights).toBeInViewport();
  await expect(composer.insights.getByText(/消息大小 63,\d{3} \/ 20,000 字节/)).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3 * 900);

  await composer.pressSend();
  await expect(composer.blockedAlert).toHaveText(
    /消息太长，不能发送：63,\d{3} \/ 20,000 字节，超出 43,\d{3} 字节。请删减内容后再发送。/,
  );
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the floating label stays clear of the text when a long content field scrolls', async ({ composer }) => {
  await composer.open();
  for (const kind of [KIND_LABELS.markdown, KIND_LABELS.text]) {
    await composer.chooseKind(kind);
    const content = composer.field('内容');
    await content.fill(Array.from({ length: 80 }, (_, i) => `第 ${i + 1} 行`).join('\n\n'));
    await content.evaluate((element) => (element.scrollTop = 300));
    const label = composer.form.locator('label', { hasText: /^内容$/ });
    // MUI moves the label up with a transition once it shrinks: measure where it comes to rest.
    await expect(label).toHaveAttribute('data-shrink', 'true');
    // Scrolled text shows anywhere inside the textarea's box: the box must start below the label.
    await expect
      .poll(async () => {
        const [labelBox, textBox] = await Promise.all([label.boundingBox(), content.boundingBox()]);
        return textBox!.y - (labelBox!.y + labelBox!.height);
      })
      .toBeGreaterThanOrEqual(-0.5);
  }
});

test.describe('at 900 px, where the app bar’s links wrap to a second line', () => {
  test.use({ viewport: { width: 900, height: 800 } });

  test('the preview column stays below the app bar, not under it', async ({ page, composer }) => {
    await composer.open();
    await composer.chooseKind(KIND_LABELS.text);
    await composer.field('内容').fill('很长的一行文字。\n\n'.repeat(200));
    const bar = page.getByRole('banner');
    // The case this guards: the bar really is taller than one line here.
    expect((await bar.boundingBox())!.height).toBeGreaterThan(64);
    const previewCard = page.locator('.MuiPaper-root').filter({ has: composer.preview });
    // Scrolled to the end the column rises with the end of the page: as far as its height leaves room for.
    for (const y of [400, 100_000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await expect
        .poll(async () => {
          const [barBox, cardBox] = await Promise.all([bar.boundingBox(), previewCard.boundingBox()]);
          return cardBox!.y - (barBox!.y + barBox!.height);
        })
        .toBeGreaterThanOrEqual(0);
    }
  });
});
